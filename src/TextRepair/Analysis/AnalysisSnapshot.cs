using System.Collections.Immutable;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// One analysis of one version of a text, kept paragraph by paragraph, so that the next version is analysed by reusing
/// every paragraph whose window an edit did not touch (see <see cref="AnalyzerDriver.Analyze"/>).
/// </summary>
internal sealed class AnalysisSnapshot
{
    public AnalysisSnapshot(ParagraphResult[] paragraphs, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<SentenceResult> sentences, int reused)
    {
        Paragraphs = paragraphs;
        Diagnostics = diagnostics;
        Sentences = sentences;
        ReusedParagraphs = reused;
    }

    public ParagraphResult[] Paragraphs { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public ImmutableArray<SentenceResult> Sentences { get; }

    /// <summary>The token tables of the version, kept when a later version will be tokenized from them; null otherwise.</summary>
    public TokenizedText? Tokens { get; set; }

    /// <summary>How many paragraphs were reused from the version before (for tests and benchmarks).</summary>
    public int ReusedParagraphs { get; }

    /// <summary>The paragraph that started at <paramref name="paragraphStart"/> in this version, if any; <paramref name="likelyIndex"/> is looked at first.</summary>
    public ParagraphResult? FindByStart(int paragraphStart, int likelyIndex)
    {
        if ((uint)likelyIndex < (uint)Paragraphs.Length && Paragraphs[likelyIndex].ParagraphStart == paragraphStart)
        {
            return Paragraphs[likelyIndex];
        }

        // Paragraph starts are distinct and increasing: a binary search needs no index.
        int low = 0;
        int high = Paragraphs.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int start = Paragraphs[middle].ParagraphStart;
            if (start == paragraphStart)
            {
                return Paragraphs[middle];
            }

            if (start < paragraphStart)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// One change range covering all of <paramref name="ranges"/> (sorted, not overlapping): the edit as the reuse
    /// sees it, from the first changed position to the last.
    /// </summary>
    public static TextChangeRange Collapse(ImmutableArray<TextChangeRange> ranges)
    {
        if (ranges.IsDefaultOrEmpty)
        {
            return new TextChangeRange(new TextSpan(0, 0), 0);
        }

        int start = ranges[0].Span.Start;
        int oldEnd = ranges[^1].Span.End;
        int delta = 0;
        foreach (TextChangeRange range in ranges)
        {
            delta += range.NewLength - range.Span.Length;
        }

        return new TextChangeRange(TextSpan.FromBounds(start, oldEnd), oldEnd - start + delta);
    }
}
