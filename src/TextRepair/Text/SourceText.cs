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

    private static readonly System.Buffers.SearchValues<char> BreakStarts = System.Buffers.SearchValues.Create("\r\n\u0085\u2028\u2029");

    private readonly string[] chunks;
    private readonly int[] chunkStarts;

    // Each chunk's line breaks, found on first need and shared by the versions that share the chunk.
    private readonly ChunkBreaks?[] chunkBreaks;
    private int[]? linesBeforeChunk;
    private string? text;
    private ImmutableArray<TextLine> lines;

    private SourceText(string text)
    {
        this.text = text;
        chunks = [text];
        chunkStarts = [0, text.Length];
        chunkBreaks = [null];
    }

    private SourceText(string[] chunks, ChunkBreaks?[] chunkBreaks)
    {
        this.chunks = chunks;
        this.chunkBreaks = chunkBreaks;
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
    public ReadOnlySpan<char> AsSpan(TextSpan span) => GetMemory(span).Span;

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
                kinds |= BreaksOf(chunk).Kinds;
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
        if (lines.IsDefault && chunks.Length > 1)
        {
            return GetLineFromChunks(position);
        }

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
        ArgumentOutOfRangeException.ThrowIfNegative(position.Line);
        TextLine line;
        if (lines.IsDefault && chunks.Length > 1)
        {
            int[] before = LinesBeforeChunk();
            ArgumentOutOfRangeException.ThrowIfGreaterThan(position.Line, before[^1]);
            line = GetLineFromChunks(LineStart(position.Line, before));
        }
        else
        {
            ImmutableArray<TextLine> all = Lines;
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position.Line, all.Length);
            line = all[position.Line];
        }

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

        int newLength = length;
        foreach (TextChange change in ordered)
        {
            newLength += change.LengthDelta;
        }

        if (newLength <= 2 * ChunkLength)
        {
            // A short text stays in one piece: chunks pay off only where copying the text costs more than finding a chunk.
            string whole = string.Create(newLength, (Text: this, Changes: ordered), static (destination, state) => state.Text.WriteChanged(0, state.Text.Length, state.Changes, destination));
            return new TextEditResult(this, new SourceText(whole), ImmutableArray.Create(ordered));
        }

        // The chunks each group of changes touches, with the chunk on each side of their edges (so that no chunk boundary
        // ends up between a CR and its LF), are written again with the changes; every other chunk is shared, also the
        // chunks between changes far apart (a replace-all copies what it touches, not the text between).
        var groups = new List<(int FirstChunk, int LastChunk, int FirstPiece)>(1);
        var pieces = new List<string>(2);
        for (int first = 0; first < ordered.Length;)
        {
            int firstChunk = ChunkBefore(ordered[first]);
            int lastChunk = ChunkAfter(ordered[first]);
            int end = first + 1;
            while (end < ordered.Length && ChunkBefore(ordered[end]) <= lastChunk)
            {
                lastChunk = Math.Max(lastChunk, ChunkAfter(ordered[end]));
                end++;
            }

            int regionStart = chunkStarts[firstChunk];
            int regionEnd = chunkStarts[lastChunk + 1];
            int regionLength = regionEnd - regionStart;
            foreach (TextChange change in ordered.AsSpan(first, end - first))
            {
                regionLength += change.LengthDelta;
            }

            string region = string.Create(regionLength, (Text: this, Changes: ordered[first..end], Start: regionStart, End: regionEnd), static (destination, state) =>
                state.Text.WriteChanged(state.Start, state.End, state.Changes, destination));
            groups.Add((firstChunk, lastChunk, pieces.Count));
            Split(region, pieces);
            first = end;
        }

        // The new chunk table: the shared chunks (and their line breaks, found once) around each group's new pieces.
        int count = chunks.Length + pieces.Count;
        foreach ((int firstChunk, int lastChunk, _) in groups)
        {
            count -= lastChunk + 1 - firstChunk;
        }

        string[] newChunks = new string[count];
        var breaks = new ChunkBreaks?[count];
        int shared = 0;
        int written = 0;
        for (int group = 0; group < groups.Count; group++)
        {
            (int firstChunk, int lastChunk, int firstPiece) = groups[group];
            int endPiece = group + 1 < groups.Count ? groups[group + 1].FirstPiece : pieces.Count;
            chunks.AsSpan(shared, firstChunk - shared).CopyTo(newChunks.AsSpan(written));
            chunkBreaks.AsSpan(shared, firstChunk - shared).CopyTo(breaks.AsSpan(written));
            written += firstChunk - shared;
            pieces.CopyTo(firstPiece, newChunks, written, endPiece - firstPiece);
            written += endPiece - firstPiece;
            shared = lastChunk + 1;
        }

        chunks.AsSpan(shared).CopyTo(newChunks.AsSpan(written));
        chunkBreaks.AsSpan(shared).CopyTo(breaks.AsSpan(written));
        return new TextEditResult(this, new SourceText(newChunks, breaks), ImmutableArray.Create(ordered));
    }

    /// <summary>The chunk of the character before <paramref name="change"/> (its own first chunk at the text's start).</summary>
    private int ChunkBefore(TextChange change) => Length == 0 ? 0 : ChunkAt(Math.Max(0, change.Span.Start - 1));

    /// <summary>The chunk of the character after <paramref name="change"/> (its own last chunk at the text's end).</summary>
    private int ChunkAfter(TextChange change) => Length == 0 ? 0 : ChunkAt(Math.Min(Length - 1, change.Span.End));

    /// <summary>Writes the text from <paramref name="start"/> to <paramref name="end"/> with <paramref name="changes"/> (which lie in it) applied.</summary>
    private void WriteChanged(int start, int end, ReadOnlySpan<TextChange> changes, Span<char> destination)
    {
        int read = start;
        int written = 0;
        foreach (TextChange change in changes)
        {
            written += CopyRange(read, change.Span.Start, destination[written..]);
            change.NewText.AsSpan().CopyTo(destination[written..]);
            written += change.NewText.Length;
            read = change.Span.End;
        }

        CopyRange(read, end, destination[written..]);
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

    private ChunkBreaks BreaksOf(int chunk) => chunkBreaks[chunk] ??= new ChunkBreaks(chunks[chunk]);

    /// <summary>How many line breaks come before each chunk (one more entry: all of them), counted once per version from the chunks' own counts.</summary>
    private int[] LinesBeforeChunk()
    {
        if (linesBeforeChunk is { } done)
        {
            return done;
        }

        int[] before = new int[chunks.Length + 1];
        for (int chunk = 0; chunk < chunks.Length; chunk++)
        {
            before[chunk + 1] = before[chunk] + BreaksOf(chunk).Ends.Length;
        }

        return linesBeforeChunk = before;
    }

    /// <summary>Where line <paramref name="line"/> (at most the number of breaks) starts: after the break before it.</summary>
    private int LineStart(int line, int[] before)
    {
        if (line == 0)
        {
            return 0;
        }

        // The chunk that holds the line's preceding break: the last whose breaks before it are fewer than the line.
        int found = Array.BinarySearch(before, 0, chunks.Length, line - 1);
        int chunk = found >= 0 ? found : ~found - 1;
        while (before[chunk + 1] < line)
        {
            chunk++;
        }

        return chunkStarts[chunk] + BreaksOf(chunk).Ends[line - 1 - before[chunk]];
    }

    /// <summary>The line that holds <paramref name="position"/>, read from the breaks of the chunks around it.</summary>
    private TextLine GetLineFromChunks(int position)
    {
        int[] before = LinesBeforeChunk();
        int chunk = ChunkAt(position);
        int[] ends = BreaksOf(chunk).Ends;

        // The breaks of the chunk that end at or before the position: the line is the one after them.
        int index = Array.BinarySearch(ends, position - chunkStarts[chunk] + 1);
        int passed = index >= 0 ? index : ~index;
        while (passed < ends.Length && chunkStarts[chunk] + ends[passed] <= position)
        {
            passed++;
        }

        int lineNumber = before[chunk] + passed;
        int start = LineStart(lineNumber, before);

        // The line's break: the next in this chunk, or the first of a later chunk, or none (the last line).
        for (int at = chunk, next = passed; at < chunks.Length; at++, next = 0)
        {
            int[] later = BreaksOf(at).Ends;
            if (next < later.Length)
            {
                int end = chunkStarts[at] + later[next];
                return new TextLine(lineNumber, start, end - ChunkBreaks.LengthOfBreakEndingAt(chunks[at], later[next]), end);
            }
        }

        return new TextLine(lineNumber, start, Length, Length);
    }

    /// <summary>The line breaks of one chunk: where each ends (offsets in the chunk), and which kinds occur (1 CR LF, 2 LF, 4 CR).</summary>
    private sealed class ChunkBreaks
    {
        public ChunkBreaks(string chunk)
        {
            var ends = new List<int>();
            ReadOnlySpan<char> characters = chunk;
            for (int position = characters.IndexOfAny(BreakStarts); position >= 0;)
            {
                int length = LineBreaks.LengthAt(characters, position);
                Kinds |= length == 2 ? 1 : characters[position] == '\n' ? 2 : characters[position] == '\r' ? 4 : 0;
                ends.Add(position + length);
                int next = characters[(position + length)..].IndexOfAny(BreakStarts);
                position = next < 0 ? -1 : position + length + next;
            }

            Ends = [.. ends];
        }

        public int[] Ends { get; }

        public int Kinds { get; }

        /// <summary>The length of the line break of <paramref name="text"/> that ends at <paramref name="end"/>: 2 for CR LF, else 1.</summary>
        public static int LengthOfBreakEndingAt(string text, int end) => end >= 2 && text[end - 1] == '\n' && text[end - 2] == '\r' ? 2 : 1;
    }

    /// <summary>Copies the characters from <paramref name="start"/> to <paramref name="end"/> to <paramref name="destination"/>; returns how many.</summary>
    private int CopyRange(int start, int end, Span<char> destination)
    {
        int written = 0;
        while (start < end)
        {
            int chunk = ChunkAt(start);
            int take = Math.Min(end, chunkStarts[chunk + 1]) - start;
            chunks[chunk].AsSpan(start - chunkStarts[chunk], take).CopyTo(destination[written..]);
            written += take;
            start += take;
        }

        return written;
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

    private string Copy(TextSpan span) =>
        string.Create(span.Length, (Text: this, Span: span), static (destination, state) => state.Text.CopyRange(state.Span.Start, state.Span.End, destination));

    private void CheckSpan(TextSpan span)
    {
        if (span.End > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"The span {span} lies outside the text of length {Length}.");
        }
    }

    /// <summary>Every line of <paramref name="text"/>, from the same search for breaks the chunks' line lookups use.</summary>
    private static ImmutableArray<TextLine> BuildLines(string text)
    {
        int[] ends = new ChunkBreaks(text).Ends;
        var builder = ImmutableArray.CreateBuilder<TextLine>(ends.Length + 1);
        int start = 0;
        foreach (int end in ends)
        {
            builder.Add(new TextLine(builder.Count, start, end - ChunkBreaks.LengthOfBreakEndingAt(text, end), end));
            start = end;
        }

        builder.Add(new TextLine(builder.Count, start, text.Length, text.Length));
        return builder.MoveToImmutable();
    }
}
