namespace TextRepair.Text;

/// <summary>One line of a <see cref="SourceText"/>: its content and the line break that ends it.</summary>
public readonly record struct TextLine
{
    internal TextLine(int lineNumber, int start, int end, int endIncludingLineBreak)
    {
        LineNumber = lineNumber;
        Start = start;
        End = end;
        EndIncludingLineBreak = endIncludingLineBreak;
    }

    /// <summary>The zero-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>The offset of the first code unit of the line.</summary>
    public int Start { get; }

    /// <summary>The offset just after the line's content, before its line break.</summary>
    public int End { get; }

    /// <summary>The offset just after the line break (equal to <see cref="End"/> on the last line when the text does not end with a break).</summary>
    public int EndIncludingLineBreak { get; }

    /// <summary>The content of the line, without its line break.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>The line with its line break.</summary>
    public TextSpan SpanIncludingLineBreak => TextSpan.FromBounds(Start, EndIncludingLineBreak);
}
