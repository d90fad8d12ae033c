using System.Runtime.InteropServices;

namespace TextRepair.Lexicon;

/// <summary>Writes a resource's arrays for <see cref="LoadedFormCache"/>, in the order its reader takes them back.</summary>
internal sealed class LoadedFormWriter
{
    private static readonly byte[] Padding = new byte[8];
    private readonly Stream stream;
    private LoadedFormHash hash = new();

    public LoadedFormWriter(Stream stream) => this.stream = stream;

    /// <summary>The hash of what has been written.</summary>
    public ulong PayloadHash => hash.GetCurrentHash();

    /// <summary>Writes one number.</summary>
    public void Write(long value) => Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in value)));

    /// <summary>Writes an array of fixed-size values: its byte length, then its bytes.</summary>
    public void Write<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(values);
        Write(bytes.Length);
        Append(bytes);
        Append(Padding.AsSpan(0, (8 - (bytes.Length % 8)) % 8));
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        hash.Append(bytes);
    }
}
