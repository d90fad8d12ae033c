using System.Collections.Immutable;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>The diagnostics of one text, sorted by position, then rule id, and the garble score of each sentence.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(SourceText text, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<SentenceResult> sentences)
    {
        Text = text;
        Diagnostics = diagnostics;
        Sentences = sentences;
    }

    /// <summary>The text that was analysed.</summary>
    public SourceText Text { get; }

    /// <summary>The diagnostics, sorted by span, then rule id.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Every sentence in text order, with how garbled it reads (a second output channel beside the diagnostics).</summary>
    public ImmutableArray<SentenceResult> Sentences { get; }

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
