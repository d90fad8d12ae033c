using System.Collections.Immutable;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>The diagnostics of one text, sorted by position, then rule id.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(SourceText text, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Diagnostics = diagnostics;
    }

    /// <summary>The text that was analysed.</summary>
    public SourceText Text { get; }

    /// <summary>The diagnostics, sorted by span, then rule id.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
