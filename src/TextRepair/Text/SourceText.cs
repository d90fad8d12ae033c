using System.Collections.Immutable;

namespace TextRepair.Text;

/// <summary>
/// An immutable text with its line map. Every offset is in UTF-16 code units (a C# string index).
/// </summary>
/// <remarks>
/// The line map is built once, on first use, and is safe to read from many threads. Paragraphs and sentences are the
/// segmenter's (<c>TokenizedText</c>, a layer above): a text only knows its characters and lines.
/// A long text made by <see cref="WithChanges"/> is held in chunks of a few thousand characters, each ending after a
/// line break where it can, which the versions of a document share: an edit copies the chunks it touched, not the
/// text, and a line lies in one chunk, so reading it copies nothing. The whole text is put together only when asked
/// for (<see cref="AsSpan()"/>, <see cref="ToString()"/>, <see cref="Lines"/>).
/// </remarks>
public sealed class SourceText
{
    /// <summary>A chunk's length, about: an edit copies one or two.</summary>
    private const int ChunkLength = 8192;

    private readonly string[] chunks;
    private readonly int[] chunkStarts;

    // The kinds of line break in each chunk, one bit each (CR LF, LF, CR); -1 until counted.
    private readonly int[] chunkBreakKinds;
    private string? text;
    private ImmutableArray<TextLine> lines;

    private SourceText(string text)
    {
        this.text = text;
        chunks = [text];
        chunkStarts = [0, text.Length];
        chunkBreakKinds = [-1];
    }

    private SourceText(string[] chunks, int[] chunkBreakKinds)
    {
        this.chunks = chunks;
        this.chunkBreakKinds = chunkBreakKinds;
        chunkStarts = new int[chunks.Length + 1];
        for (int index = 0; index < chunks.Length; index++)
        {
            chunkStarts[index + 1] = chunkStarts[index] + chunks[index].Length;
        }

        if (chunks.Length == 1)
        {
            text = chunks[0];
        }
    }

    /// <summary>Wraps <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    public static SourceText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text);
    }

    /// <summary>A text with a copy of <paramref name="characters"/> (a slice of a larger buffer, a pooled array).</summary>
    public static SourceText From(ReadOnlySpan<char> characters) => new(characters.ToString());

    /// <summary>Reads <paramref name="reader"/> to its end.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="reader"/> is null.</exception>
    public static SourceText From(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new SourceText(reader.ReadToEnd());
    }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end as UTF-8 (a byte-order mark is skipped). Invalid UTF-8 is refused
    /// rather than replaced, so that no text is silently changed before it is even checked.
    /// </summary>
    /// <exception cref="InvalidDataException">When the bytes are not valid UTF-8; the message gives the offset.</exception>
    public static SourceText FromUtf8(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        ReadOnlySpan<byte> bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        int skipped = bytes.StartsWith(System.Text.Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return new SourceText(new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[skipped..]));
        }
        catch (System.Text.DecoderFallbackException exception)
        {
            throw new InvalidDataException($"The stream is not valid UTF-8 (first bad byte at offset {exception.Index + skipped}).", exception);
        }
    }

    /// <summary>The number of UTF-16 code units.</summary>
    public int Length => chunkStarts[^1];

    /// <summary>The code unit at <paramref name="position"/>.</summary>
    public char this[int position]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)position, (uint)Length, nameof(position));
            int chunk = ChunkAt(position);
            return chunks[chunk][position - chunkStarts[chunk]];
        }
    }

    /// <summary>The characters of the text (put together once, on the first call, when the text is in chunks).</summary>
    public ReadOnlySpan<char> AsSpan() => Whole();

    /// <summary>The characters of <paramref name="span"/>, without a copy unless the span crosses chunks.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the span lies outside the text.</exception>
    public ReadOnlySpan<char> AsSpan(TextSpan span)
    {
        CheckSpan(span);
        if (text is not null)
        {
            return text.AsSpan(span.Start, span.Length);
        }

        int chunk = ChunkAt(span.Start);
        if (span.End <= chunkStarts[chunk + 1])
        {
            return chunks[chunk].AsSpan(span.Start - chunkStarts[chunk], span.Length);
        }

        return Copy(span);
    }

    /// <summary>The characters of <paramref name="span"/> as memory to keep: a slice of a chunk, or a copy when the span crosses chunks.</summary>
    internal ReadOnlyMemory<char> GetMemory(TextSpan span)
    {
        CheckSpan(span);
        if (text is not null)
        {
            return text.AsMemory(span.Start, span.Length);
        }

        int chunk = ChunkAt(span.Start);
        return span.End <= chunkStarts[chunk + 1] ? chunks[chunk].AsMemory(span.Start - chunkStarts[chunk], span.Length) : Copy(span).AsMemory();
    }

    /// <summary>The whole text.</summary>
    public override string ToString() => Whole();

    /// <summary>The text of <paramref name="span"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the span lies outside the text.</exception>
    public string ToString(TextSpan span) => AsSpan(span).ToString();

    /// <summary>Whether the text ends its lines in more than one way (CR LF, LF, CR), read from counts kept per chunk.</summary>
    internal bool HasMixedLineBreaks
    {
        get
        {
            int kinds = 0;
            for (int chunk = 0; chunk < chunks.Length; chunk++)
            {
                if (chunkBreakKinds[chunk] < 0)
                {
                    chunkBreakKinds[chunk] = BreakKinds(chunks[chunk]);
                }

                kinds |= chunkBreakKinds[chunk];
            }

            return (kinds & (kinds - 1)) != 0;
        }
    }

    /// <summary>The lines of the text; a text always has at least one (possibly empty) line.</summary>
    public ImmutableArray<TextLine> Lines
    {
        get
        {
            if (lines.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref lines, BuildLines(Whole()));
            }

            return lines;
        }
    }

    /// <summary>The line that holds <paramref name="position"/> (the end of the text belongs to the last line).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="position"/> is outside [0, Length].</exception>
    public TextLine GetLineFromPosition(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, Length);
        ImmutableArray<TextLine> all = Lines;
        int low = 0;
        int high = all.Length - 1;
        while (low < high)
        {
            int middle = (low + high + 1) >> 1;
            if (all[middle].Start <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return all[low];
    }

    /// <summary>The line and column of <paramref name="position"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="position"/> is outside [0, Length].</exception>
    public LinePosition GetLinePosition(int position)
    {
        TextLine line = GetLineFromPosition(position);
        return new LinePosition(line.LineNumber, position - line.Start);
    }

    /// <summary>The offset of a line and column.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the line does not exist or the column lies past its line break.</exception>
    public int GetPosition(LinePosition position)
    {
        ImmutableArray<TextLine> all = Lines;
        ArgumentOutOfRangeException.ThrowIfNegative(position.Line);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position.Line, all.Length);
        TextLine line = all[position.Line];
        ArgumentOutOfRangeException.ThrowIfNegative(position.Column);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position.Column, line.EndIncludingLineBreak - line.Start);
        return line.Start + position.Column;
    }

    /// <summary>
    /// Applies <paramref name="changes"/> to this text. The changes may come in any order: they are sorted by position
    /// (insertions at one position keep their given order). Their spans refer to this text.
    /// </summary>
    /// <exception cref="ArgumentNullException">When <paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">When a change lies outside the text or two changes overlap.</exception>
    public TextEditResult WithChanges(IEnumerable<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        TextChange[] given = changes.ToArray();
        // A stable sort keeps several insertions at one position in the caller's order.
        TextChange[] ordered = given.Index().OrderBy(static pair => pair.Item.Span.Start).ThenBy(static pair => pair.Item.Span.Length).ThenBy(static pair => pair.Index).Select(static pair => pair.Item).ToArray();
        int length = Length;
        for (int index = 0; index < ordered.Length; index++)
        {
            TextSpan span = ordered[index].Span;
            if (span.End > length)
            {
                throw new ArgumentException($"The change {ordered[index]} lies outside the text of length {length}.", nameof(changes));
            }

            if (index > 0 && ordered[index - 1].Span.End > span.Start)
            {
                throw new ArgumentException($"The changes {ordered[index - 1]} and {ordered[index]} overlap.", nameof(changes));
            }
        }

        if (ordered.Length == 0)
        {
            return new TextEditResult(this, this, []);
        }

        // The chunks the changes touch, with the chunk on each side of their edges (so that no chunk boundary ends up
        // between a CR and its LF), are written again with the changes; every other chunk is shared.
        int firstChunk = length == 0 ? 0 : ChunkAt(Math.Max(0, ordered[0].Span.Start - 1));
        int lastChunk = length == 0 ? 0 : ChunkAt(Math.Min(length - 1, ordered[^1].Span.End));
        int regionStart = chunkStarts[firstChunk];
        var region = new System.Text.StringBuilder();
        int read = regionStart;
        foreach (TextChange change in ordered)
        {
            AppendRange(region, read, change.Span.Start);
            region.Append(change.NewText);
            read = change.Span.End;
        }

        AppendRange(region, read, chunkStarts[lastChunk + 1]);
        var newChunks = new List<string>(chunks.Length + 4);
        newChunks.AddRange(chunks.AsSpan(0, firstChunk));
        Split(region.ToString(), newChunks);
        int written = newChunks.Count - firstChunk;
        newChunks.AddRange(chunks.AsSpan(lastChunk + 1));
        int newLength = length - (chunkStarts[lastChunk + 1] - regionStart) + region.Length;

        // A short text stays in one piece: chunks pay off only where copying the text costs more than finding a chunk.
        if (newLength <= 2 * ChunkLength)
        {
            return new TextEditResult(this, new SourceText(string.Concat(newChunks)), ImmutableArray.Create(ordered));
        }

        int[] kinds = new int[newChunks.Count];
        chunkBreakKinds.AsSpan(0, firstChunk).CopyTo(kinds);
        kinds.AsSpan(firstChunk, written).Fill(-1);
        chunkBreakKinds.AsSpan(lastChunk + 1).CopyTo(kinds.AsSpan(firstChunk + written));
        return new TextEditResult(this, new SourceText([.. newChunks], kinds), ImmutableArray.Create(ordered));
    }

    /// <summary>Cuts <paramref name="text"/> into chunks of about <see cref="ChunkLength"/>, each ending after a line break where one is near.</summary>
    private static void Split(string text, List<string> into)
    {
        if (text.Length <= 2 * ChunkLength)
        {
            if (text.Length > 0)
            {
                into.Add(text);
            }

            return;
        }

        int start = 0;
        while (text.Length - start > 2 * ChunkLength)
        {
            int from = start + ChunkLength;
            int newline = text.AsSpan(from, ChunkLength).IndexOf('\n');
            int cut = newline >= 0 ? from + newline + 1 : from + ChunkLength;
            if (newline < 0 && (text[cut - 1] == '\r' || char.IsHighSurrogate(text[cut - 1])))
            {
                cut++;
            }

            into.Add(text[start..cut]);
            start = cut;
        }

        into.Add(text[start..]);
    }

    /// <summary>The kinds of line break <paramref name="text"/> has: 1 for CR LF, 2 for LF, 4 for CR.</summary>
    private static int BreakKinds(string text)
    {
        int kinds = 0;
        for (int position = text.AsSpan().IndexOfAny('\r', '\n'); position >= 0;)
        {
            int length = LineBreaks.LengthAt(text, position);
            kinds |= length == 2 ? 1 : text[position] == '\n' ? 2 : 4;
            int next = text.AsSpan(position + length).IndexOfAny('\r', '\n');
            position = next < 0 ? -1 : position + length + next;
        }

        return kinds;
    }

    private void AppendRange(System.Text.StringBuilder builder, int start, int end)
    {
        while (start < end)
        {
            int chunk = ChunkAt(start);
            int take = Math.Min(end, chunkStarts[chunk + 1]) - start;
            builder.Append(chunks[chunk], start - chunkStarts[chunk], take);
            start += take;
        }
    }

    /// <summary>The chunk that holds <paramref name="position"/> (the last one for the end of the text).</summary>
    private int ChunkAt(int position)
    {
        if (chunks.Length == 1)
        {
            return 0;
        }

        int found = Array.BinarySearch(chunkStarts, 0, chunks.Length, position);
        return found >= 0 ? found : ~found - 1;
    }

    private string Whole()
    {
        if (text is null)
        {
            Interlocked.CompareExchange(ref text, string.Concat(chunks), null);
        }

        return text;
    }

    private string Copy(TextSpan span)
    {
        var builder = new System.Text.StringBuilder(span.Length);
        AppendRange(builder, span.Start, span.End);
        return builder.ToString();
    }

    private void CheckSpan(TextSpan span)
    {
        if (span.End > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"The span {span} lies outside the text of length {Length}.");
        }
    }

    private static ImmutableArray<TextLine> BuildLines(string text)
    {
        var builder = ImmutableArray.CreateBuilder<TextLine>();
        int start = 0;
        int position = 0;
        while (position < text.Length)
        {
            int breakLength = LineBreaks.LengthAt(text, position);
            if (breakLength == 0)
            {
                position++;
                continue;
            }

            builder.Add(new TextLine(builder.Count, start, position, position + breakLength));
            position += breakLength;
            start = position;
        }

        builder.Add(new TextLine(builder.Count, start, text.Length, text.Length));
        return builder.ToImmutable();
    }
}
