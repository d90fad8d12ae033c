using System.Text;

namespace TextRepair.Evaluation;

/// <summary>
/// Recall by class and by shape on the widened noise set, for the part rules are tuned on and the part held out (every
/// third article, never looked at while tuning), with the exact restores of <c>Repair</c>.
/// </summary>
public static class WidenedNoiseSection
{
    public const int Seed = 20261201;

    public static IReadOnlyList<WidenedDefect> Build(IReadOnlyList<IReadOnlyList<string>> articles)
    {
        var generator = new WidenedNoiseGenerator(Seed);
        return articles
            .SelectMany((article, index) => article.SelectMany(paragraph => generator.Damage(paragraph, heldOut: index % 3 == 2)))
            .ToList();
    }

    /// <summary>
    /// Which copies are found and which are restored. Double spaces are TR3004's, which is off by default (on clean news
    /// it would raise more diagnostics than the whole precision budget): that class is measured with
    /// <paramref name="normalizing"/>, the default rules plus TR3004, as a pipeline that normalises white space runs them.
    /// </summary>
    public static (bool[] Found, bool[] Restored) Score(IReadOnlyList<WidenedDefect> defects, TextRepairChecker checker, TextRepairChecker normalizing)
    {
        var corpus = new Corpus("widened-noise", defects.Select(defect => defect.Noisy).ToList());
        IReadOnlyList<List<Finding>> findings = checker.Check(corpus);
        IReadOnlyList<List<Finding>> normalized = normalizing.Check(corpus);
        var found = new bool[defects.Count];
        var restored = new bool[defects.Count];
        System.Threading.Tasks.Parallel.For(0, defects.Count, index =>
        {
            bool spacing = defects[index].Class == NoiseClass.DoubleSpace;
            found[index] = (spacing ? normalized : findings)[index].Any(finding => finding.Hits(defects[index].Span));
            restored[index] = (spacing ? normalizing : checker).RepairItem(defects[index].Noisy) == defects[index].Original;
        });
        return (found, restored);
    }

    /// <summary>The report: recall by class (tuning and held-out parts), restores, and held-out recall by shape.</summary>
    public static string Run(IReadOnlyList<WidenedDefect> defects, TextRepairChecker checker, TextRepairChecker normalizing)
    {
        (bool[] found, bool[] restored) = Score(defects, checker, normalizing);
        var report = new StringBuilder();
        int heldOut = defects.Count(defect => defect.IsHeldOut);
        report.Append($"{defects.Count:N0} damaged copies of the Wikinews dev paragraphs, seed {Seed}: one copy per defect class that fits a paragraph, ");
        report.Append($"one defect per copy. Every third article is held out ({heldOut:N0} copies) and was never looked at while tuning. ");
        report.Append("Each copy is a document of its own after a title line, so that it is not in the headline's place. ");
        report.Append("A defect is found when a diagnostic overlaps (or, for a deletion, touches) the damaged span; restored when `Repair` gives back the original paragraph. ");
        report.Append("Default rules, except for DoubleSpace: that is TR3004's class, off by default, and measured with TR3004 on.\n\n");
        var rows = Enum.GetValues<NoiseClass>().Select(type =>
        {
            string Cell(bool held, bool[] hits)
            {
                int total = 0;
                int hit = 0;
                for (int index = 0; index < defects.Count; index++)
                {
                    if (defects[index].Class == type && defects[index].IsHeldOut == held)
                    {
                        total++;
                        hit += hits[index] ? 1 : 0;
                    }
                }

                return $"{Report.Percent(hit, total)} ({hit}/{total})";
            }

            return (IReadOnlyList<string>)[type.ToString(), Cell(false, found), Cell(true, found), Cell(true, restored)];
        }).ToList();
        int heldFound = defects.Where((defect, index) => defect.IsHeldOut && found[index]).Count();
        int tuneFound = defects.Where((defect, index) => !defect.IsHeldOut && found[index]).Count();
        rows.Add(["**all classes**", $"**{Report.Percent(tuneFound, defects.Count - heldOut)}**", $"**{Report.Percent(heldFound, heldOut)}**",
            Report.Percent(defects.Where((defect, index) => defect.IsHeldOut && restored[index]).Count(), heldOut)]);
        report.Append(Report.Table(["class", "recall (tune)", "recall (held out)", "restored by `Repair` (held out)"], rows));

        report.Append("\nHeld-out recall by shape:\n\n");
        var shapes = defects.Select((defect, index) => (defect, index)).Where(pair => pair.defect.IsHeldOut)
            .GroupBy(pair => (pair.defect.Class, pair.defect.Shape))
            .OrderBy(group => group.Key.Class).ThenBy(group => group.Key.Shape, StringComparer.Ordinal)
            .Select(group => (IReadOnlyList<string>)[group.Key.Class.ToString(), group.Key.Shape,
                $"{Report.Percent(group.Count(pair => found[pair.index]), group.Count())} ({group.Count(pair => found[pair.index])}/{group.Count()})"]);
        report.Append(Report.Table(["class", "shape", "recall"], shapes));
        return report.ToString();
    }

    /// <summary>The held-out copies a checker misses, for reading (never for tuning): class, shape and the damaged text.</summary>
    public static IEnumerable<string> Misses(IReadOnlyList<WidenedDefect> defects, TextRepairChecker checker, bool heldOut)
    {
        var corpus = new Corpus("widened-noise", defects.Select(defect => defect.Noisy).ToList());
        IReadOnlyList<List<Finding>> findings = checker.Check(corpus);
        for (int index = 0; index < defects.Count; index++)
        {
            WidenedDefect defect = defects[index];
            if (defect.IsHeldOut == heldOut && !findings[index].Any(finding => finding.Hits(defect.Span)))
            {
                int start = Math.Max(0, defect.Span.Start - 40);
                int end = Math.Min(defect.Noisy.Length, defect.Span.End + 40);
                yield return $"{defect.Class}\t{defect.Shape}\t{defect.Noisy[start..end]}";
            }
        }
    }
}
