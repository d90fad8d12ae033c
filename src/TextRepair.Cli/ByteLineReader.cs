using System.Buffers;

namespace TextRepair.Cli;

/// <summary>
/// Reads a stream line by line as raw bytes (LF-separated; a CR before the LF stays with the line), so that a line
/// that is not valid UTF-8 can be reported and passed through untouched instead of being decoded wrongly. A line longer
/// than the buffer is gathered in a growing buffer, so its cost is linear in its length.
/// </summary>
internal sealed class ByteLineReader
{
    private readonly Stream stream;
    private readonly byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private bool finished;

    public ByteLineReader(Stream stream) => this.stream = stream;

    /// <summary>The next line without its LF, or null at the end of the stream.</summary>
    public byte[]? ReadLine()
    {
        ArrayBufferWriter<byte>? pending = null;
        while (true)
        {
            int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                byte[] line = Take(pending, newline);
                start++;
                return line;
            }

            if (finished)
            {
                return end > start || pending is { WrittenCount: > 0 } ? Take(pending, end - start) : null;
            }

            pending ??= new ArrayBufferWriter<byte>(buffer.Length * 2);
            pending.Write(buffer.AsSpan(start, end - start));
            start = 0;
            end = stream.Read(buffer, 0, buffer.Length);
            finished = end == 0;
        }
    }

    private byte[] Take(ArrayBufferWriter<byte>? pending, int length)
    {
        int already = pending?.WrittenCount ?? 0;
        byte[] line = new byte[already + length];
        pending?.WrittenSpan.CopyTo(line);
        buffer.AsSpan(start, length).CopyTo(line.AsSpan(already));
        start += length;
        return line;
    }
}
