using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Fixes;

/// <summary>
/// Applies the automatic fixes of every diagnostic: merges them into one set of non-overlapping changes (first by
/// position, then by rule id; a fix that conflicts with one already taken waits), applies the set, analyses the new
/// text, and repeats until nothing is left to fix or the pass limit is reached.
/// </summary>
public static class FixAll
{
    /// <summary>Repairs <paramref name="text"/> with the automatic fixes of <paramref name="engine"/>'s rules.</summary>
    public static FixAllResult Apply(TextRepairEngine engine, SourceText text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(text);
        SourceText current = text;
        var fixedDiagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        int maximumPasses = engine.Options.MaximumFixPasses;
        for (int pass = 0; ; pass++)
        {
            AnalysisResult analysis = engine.Analyze(current, cancellationToken);
            var merger = new TextChangeMerger(current);
            var taken = new List<Diagnostic>();
            foreach (Diagnostic diagnostic in analysis.Diagnostics)
            {
                if (diagnostic.AutomaticFix is { } fix && merger.TryAdd(fix))
                {
                    taken.Add(diagnostic);
                }
            }

            ImmutableArray<TextChange> changes = merger.Changes;
            if (changes.IsEmpty || pass == maximumPasses)
            {
                return new FixAllResult(text, current, fixedDiagnostics.ToImmutable(), pass, converged: changes.IsEmpty);
            }

            fixedDiagnostics.AddRange(taken);
            current = current.WithChanges(changes).NewText;
        }
    }
}
