using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What one paragraph's analysis produced, with what it depended on: the window of text from the start of the paragraph
/// before it to the end of the paragraph after it (the most a paragraph action may read), and whether those neighbours
/// exist. A later version whose paragraph has the same window, unchanged, reuses it instead of analysing again.
/// </summary>
internal sealed class ParagraphResult
{
    public ParagraphResult(TextSpan window, int paragraphStart, bool hasPrevious, bool hasNext, int sentenceCount, Diagnostic[] diagnostics, double[] sentenceScores, object?[] summaries)
    {
        SentenceCount = sentenceCount;
        Window = window;
        ParagraphStart = paragraphStart;
        HasPrevious = hasPrevious;
        HasNext = hasNext;
        Diagnostics = diagnostics;
        SentenceScores = sentenceScores;
        Summaries = summaries;
    }

    /// <summary>The window the paragraph's actions may read, in the text of its version.</summary>
    public TextSpan Window { get; }

    /// <summary>Where the paragraph starts, in the text of its version.</summary>
    public int ParagraphStart { get; }

    public bool HasPrevious { get; }

    public bool HasNext { get; }

    /// <summary>The paragraph's diagnostics, with spans in the text of its version.</summary>
    public Diagnostic[] Diagnostics { get; }

    /// <summary>How many sentences the paragraph has.</summary>
    public int SentenceCount { get; }

    /// <summary>
    /// What sentence actions added to each of the paragraph's sentences; empty when they added nothing (most paragraphs:
    /// one shared empty array, so taking a result over reads no array of its own for it).
    /// </summary>
    public double[] SentenceScores { get; }

    /// <summary>The paragraph's summary for each summarized document action (offsets relative to the paragraph).</summary>
    public object?[] Summaries { get; }

    /// <summary>Whether a paragraph of another version with this window, at this offset in it, and these neighbours, reads exactly the same input.</summary>
    public bool Matches(int windowLength, int offset, bool hasPrevious, bool hasNext, int sentenceCount) =>
        Window.Length == windowLength && ParagraphStart - Window.Start == offset && HasPrevious == hasPrevious && HasNext == hasNext
        && SentenceCount == sentenceCount;
}
