using System.Collections.Immutable;

namespace TextRepair.Text;

/// <summary>
/// An immutable text with its line map. Every offset is in UTF-16 code units (a C# string index).
/// </summary>
/// <remarks>
/// The line map is built once, on first use, and is safe to read from many threads. Paragraphs and sentences are the
/// segmenter's (<c>TokenizedText</c>, a layer above): a text only knows its characters and lines.
/// </remarks>
public sealed class SourceText
{
    private readonly string text;
    private ImmutableArray<TextLine> lines;

    private SourceText(string text) => this.text = text;

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
    public int Length => text.Length;

    /// <summary>The code unit at <paramref name="position"/>.</summary>
    public char this[int position] => text[position];

    /// <summary>The characters of the text, without a copy.</summary>
    public ReadOnlySpan<char> AsSpan() => text.AsSpan();

    /// <summary>The characters of <paramref name="span"/>, without a copy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the span lies outside the text.</exception>
    public ReadOnlySpan<char> AsSpan(TextSpan span)
    {
        CheckSpan(span);
        return text.AsSpan(span.Start, span.Length);
    }

    /// <summary>The whole text.</summary>
    public override string ToString() => text;

    /// <summary>The text of <paramref name="span"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the span lies outside the text.</exception>
    public string ToString(TextSpan span)
    {
        CheckSpan(span);
        return text.Substring(span.Start, span.Length);
    }

    /// <summary>The lines of the text; a text always has at least one (possibly empty) line.</summary>
    public ImmutableArray<TextLine> Lines
    {
        get
        {
            if (lines.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref lines, BuildLines(text));
            }

            return lines;
        }
    }

    /// <summary>The line that holds <paramref name="position"/> (the end of the text belongs to the last line).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="position"/> is outside [0, Length].</exception>
    public TextLine GetLineFromPosition(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, text.Length);
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
        int newLength = text.Length;
        for (int index = 0; index < ordered.Length; index++)
        {
            TextSpan span = ordered[index].Span;
            if (span.End > text.Length)
            {
                throw new ArgumentException($"The change {ordered[index]} lies outside the text of length {text.Length}.", nameof(changes));
            }

            if (index > 0 && ordered[index - 1].Span.End > span.Start)
            {
                throw new ArgumentException($"The changes {ordered[index - 1]} and {ordered[index]} overlap.", nameof(changes));
            }

            newLength += ordered[index].NewText.Length - span.Length;
        }

        if (ordered.Length == 0)
        {
            return new TextEditResult(this, this, []);
        }

        string newText = string.Create(newLength, (text, ordered), static (destination, state) =>
        {
            int read = 0;
            int written = 0;
            foreach (TextChange change in state.ordered)
            {
                ReadOnlySpan<char> kept = state.text.AsSpan(read, change.Span.Start - read);
                kept.CopyTo(destination[written..]);
                written += kept.Length;
                change.NewText.AsSpan().CopyTo(destination[written..]);
                written += change.NewText.Length;
                read = change.Span.End;
            }

            state.text.AsSpan(read).CopyTo(destination[written..]);
        });
        return new TextEditResult(this, new SourceText(newText), ImmutableArray.Create(ordered));
    }

    private void CheckSpan(TextSpan span)
    {
        if (span.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"The span {span} lies outside the text of length {text.Length}.");
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
