using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Documents;

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
        return TextDocument.Create(engine, text).RepairWithDetails(cancellationToken).Result;
    }

    /// <summary>
    /// Repairs <paramref name="text"/> with the automatic fixes of the diagnostics <paramref name="analyze"/> reports
    /// on each version: the way to repair with a filter on top of an engine (suppressed rules, spans inside markup
    /// that must not change), through the same merge and pass loop.
    /// </summary>
    /// <param name="text">The text to repair.</param>
    /// <param name="analyze">The diagnostics of a version of the text, sorted by position.</param>
    /// <param name="maximumPasses">How many times at most the text is analysed again after a round of fixes.</param>
    /// <param name="cancellationToken">Cancels between passes.</param>
    public static FixAllResult Apply(SourceText text, Func<SourceText, IEnumerable<Diagnostic>> analyze, int maximumPasses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        return Apply(text, (_, current) => analyze(current), maximumPasses, cancellationToken);
    }

    /// <summary>
    /// The loop itself: <paramref name="analyze"/> also receives the edit that made each version (null for the first),
    /// so that a document can derive its next version from it and reuse what the edit did not touch.
    /// </summary>
    internal static FixAllResult Apply(SourceText text, Func<TextEditResult?, SourceText, IEnumerable<Diagnostic>> analyze, int maximumPasses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumPasses);
        SourceText current = text;
        TextEditResult? edit = null;
        var fixedDiagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        for (int pass = 0; ; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var merger = new TextChangeMerger(current);
            var taken = new List<Diagnostic>();
            foreach (Diagnostic diagnostic in analyze(edit, current))
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
            edit = current.WithChanges(changes);
            current = edit.NewText;
        }
    }
}
