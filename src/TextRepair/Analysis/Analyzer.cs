using System.Collections.Immutable;

namespace TextRepair.Analysis;

/// <summary>
/// A rule (or a small family of rules) that reports diagnostics. It declares what it reports and registers what it looks at
/// (tokens of some kinds, sentences, paragraphs); the driver calls it in one pass over one token table.
/// </summary>
/// <remarks>
/// Analyzers must be stateless and thread-safe: one instance serves every analysis, on any thread. Everything an action
/// needs comes through its context, which sees one paragraph and its two neighbours, so that incremental analysis can
/// reuse the results of paragraphs an edit did not touch.
/// </remarks>
public abstract class Analyzer
{
    /// <summary>The descriptors of every diagnostic this analyzer may report.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers the actions of this analyzer.</summary>
    public abstract void Initialize(AnalysisRegistration registration);
}
