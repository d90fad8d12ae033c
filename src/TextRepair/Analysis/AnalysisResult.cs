using System.Collections.Immutable;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>The diagnostics of one text, sorted by position, then rule id, and the garble score of each sentence.</summary>
public sealed class AnalysisResult
{
    private readonly AnalysisSnapshot snapshot;

    internal AnalysisResult(AnalysisSnapshot snapshot)
    {
        this.snapshot = snapshot;
        Text = snapshot.Text;
    }

    /// <summary>The text that was analysed.</summary>
    public SourceText Text { get; }

    /// <summary>The diagnostics, sorted by span, then rule id (put together on first request: a document's version that is never read costs no list).</summary>
    public ImmutableArray<Diagnostic> Diagnostics => snapshot.Diagnostics;

    /// <summary>Every sentence in text order, with how garbled it reads (a second output channel beside the diagnostics).</summary>
    public ImmutableArray<SentenceResult> Sentences => snapshot.Sentences;

    /// <summary>The sum of the sentences' garble scores: how garbled the whole text reads.</summary>
    public double GarbleScore
    {
        get
        {
            double sum = 0;
            foreach (SentenceResult sentence in Sentences)
            {
                sum += sentence.Score;
            }

            return sum;
        }
    }
}
