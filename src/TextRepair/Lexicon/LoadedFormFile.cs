using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace TextRepair.Lexicon;

/// <summary>
/// The file format of <see cref="LoadedFormCache"/>: a header (a mark, the format version, the byte order, the payload's
/// length and hash), then the payload of <see cref="LoadedFormWriter"/>: arrays of fixed-size values, each its byte
/// length and its bytes in this machine's order, padded to eight bytes.
/// </summary>
internal static class LoadedFormFile
{
    /// <summary>The format's version: a file of another version is not read (it is in the file name too).</summary>
    public const int FormatVersion = 3;

    private const uint Mark = 0x464C5254; // "TRLF"
    private const uint ByteOrderMark = 0x01020304;
    private const int HeaderLength = 32;

    /// <summary>Reads the file at <paramref name="path"/> with <paramref name="read"/>; false when it is missing, cut short, damaged or of another format.</summary>
    public static bool TryRead<T>(string path, Func<LoadedFormReader, T> read, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
    {
        value = default;
        try
        {
            using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            long length = RandomAccess.GetLength(handle);
            Span<byte> header = stackalloc byte[HeaderLength];
            if (length < HeaderLength || RandomAccess.Read(handle, header, 0) != HeaderLength
                || BinaryPrimitives.ReadUInt32LittleEndian(header) != Mark
                || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != FormatVersion
                || BitConverter.ToUInt32(header[8..]) != ByteOrderMark
                || BinaryPrimitives.ReadInt64LittleEndian(header[16..]) != length - HeaderLength)
            {
                return false;
            }

            var reader = new LoadedFormReader(handle, HeaderLength, length);
            T result = read(reader);
            if (!reader.IsAtEnd || reader.PayloadHash != BinaryPrimitives.ReadUInt64LittleEndian(header[24..]))
            {
                return false;
            }

            value = result!;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or OutOfMemoryException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes a file at <paramref name="path"/> with <paramref name="write"/>: under a temporary name in the same
    /// directory, then renamed into place. Returns false, leaving nothing behind, when the directory cannot be made or written.
    /// </summary>
    public static bool TryWrite(string path, Action<LoadedFormWriter> write)
    {
        string temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                stream.Write(new byte[HeaderLength]);
                var writer = new LoadedFormWriter(stream);
                write(writer);
                Span<byte> header = stackalloc byte[HeaderLength];
                BinaryPrimitives.WriteUInt32LittleEndian(header, Mark);
                BinaryPrimitives.WriteInt32LittleEndian(header[4..], FormatVersion);
                BitConverter.TryWriteBytes(header[8..], ByteOrderMark);
                BinaryPrimitives.WriteInt64LittleEndian(header[16..], stream.Length - HeaderLength);
                BinaryPrimitives.WriteUInt64LittleEndian(header[24..], writer.PayloadHash);
                stream.Position = 0;
                stream.Write(header);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the cache is a shortcut, and a stray temporary file is never read.
            }

            return false;
        }
    }
}
