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

    /// <summary>Registers the actions of this analyzer; the driver calls it once per engine.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="registration"/> is null.</exception>
    public void Initialize(AnalysisRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        Register(registration);
    }

    /// <summary>Registers the actions of this analyzer (called by <see cref="Initialize"/> with a registration that is not null).</summary>
    protected abstract void Register(AnalysisRegistration registration);
}
