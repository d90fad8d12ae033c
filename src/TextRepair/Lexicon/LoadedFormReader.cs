using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace TextRepair.Lexicon;

/// <summary>
/// Reads back what <see cref="LoadedFormWriter"/> wrote, each array straight from the file into its own memory. Every
/// length is checked against what the file still holds, so a damaged file fails with <see cref="InvalidDataException"/>
/// rather than asking for any amount of memory.
/// </summary>
internal sealed class LoadedFormReader
{
    private readonly SafeFileHandle handle;
    private readonly long end;
    private LoadedFormHash hash = new();
    private long position;

    public LoadedFormReader(SafeFileHandle handle, long start, long end)
    {
        this.handle = handle;
        this.end = end;
        position = start;
    }

    /// <summary>Whether the whole payload has been read.</summary>
    public bool IsAtEnd => position == end;

    /// <summary>The hash of what has been read.</summary>
    public ulong PayloadHash => hash.GetCurrentHash();

    /// <summary>Reads one number.</summary>
    public long ReadInt64()
    {
        long value = 0;
        Fill(MemoryMarshal.AsBytes(new Span<long>(ref value)));
        return value;
    }

    /// <summary>Reads one number that must lie in [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public int ReadInt32(int minimum, int maximum)
    {
        long value = ReadInt64();
        return value >= minimum && value <= maximum ? (int)value : throw new InvalidDataException("A cached resource holds a number out of range.");
    }

    /// <summary>Reads an array of fixed-size values.</summary>
    public T[] ReadArray<T>()
        where T : unmanaged
    {
        long length = ReadInt64();
        int size = Unsafe.SizeOf<T>();
        long padded = length + ((8 - (length % 8)) % 8);
        if (length < 0 || length % size != 0 || padded > end - position || length / size > Array.MaxLength)
        {
            throw new InvalidDataException("A cached resource holds an array that does not fit its file.");
        }

        T[] values = GC.AllocateUninitializedArray<T>((int)(length / size));
        Fill(MemoryMarshal.AsBytes(values.AsSpan()));
        Span<byte> padding = stackalloc byte[8];
        Fill(padding[..(int)(padded - length)]);
        return values;
    }

    private void Fill(Span<byte> bytes)
    {
        if (bytes.Length > end - position)
        {
            throw new InvalidDataException("A cached resource ends early.");
        }

        int read = 0;
        while (read < bytes.Length)
        {
            int now = RandomAccess.Read(handle, bytes[read..], position + read);
            read += now > 0 ? now : throw new InvalidDataException("A cached resource ends early.");
        }

        position += bytes.Length;
        hash.Append(bytes);
    }
}
