using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Documents;

/// <summary>The outcome of applying every automatic fix: the repaired text and what was fixed.</summary>
public sealed class FixAllResult
{
    internal FixAllResult(SourceText originalText, SourceText text, ImmutableArray<Diagnostic> fixedDiagnostics, int passes, bool converged)
    {
        OriginalText = originalText;
        Text = text;
        FixedDiagnostics = fixedDiagnostics;
        Passes = passes;
        Converged = converged;
    }

    /// <summary>The text before any fix.</summary>
    public SourceText OriginalText { get; }

    /// <summary>The repaired text.</summary>
    public SourceText Text { get; }

    /// <summary>The diagnostics whose automatic fix was applied, pass by pass (spans refer to the text of their pass).</summary>
    public ImmutableArray<Diagnostic> FixedDiagnostics { get; }

    /// <summary>How many passes changed the text.</summary>
    public int Passes { get; }

    /// <summary>Whether the last analysis found no automatic fix left to apply, so fixing again changes nothing.</summary>
    public bool Converged { get; }

    /// <summary>Whether the text changed.</summary>
    public bool Changed => Passes > 0;
}
