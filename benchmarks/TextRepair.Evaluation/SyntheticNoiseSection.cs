using System.Text;

namespace TextRepair.Evaluation;

/// <summary>Recall by defect type, precision, exact-restore rate and clean paragraphs changed, on seeded synthetic damage.</summary>
public static class SyntheticNoiseSection
{
    public const int Seed = 20261130;

    public static IReadOnlyList<InjectedDefect> Build(IReadOnlyList<string> paragraphs)
    {
        var generator = new NoiseGenerator(Seed);
        return paragraphs.Select(generator.Damage).ToList();
    }

    public static Corpus ToCorpus(IReadOnlyList<InjectedDefect> defects) => new("synthetic", defects.Select(defect => defect.Noisy).ToList());

    public static SyntheticScore Score(IReadOnlyList<InjectedDefect> defects, IReadOnlyList<List<Finding>> findings)
    {
        var found = new Dictionary<DefectType, (int Found, int Total)>();
        int hits = 0;
        int total = 0;
        for (int index = 0; index < defects.Count; index++)
        {
            InjectedDefect defect = defects[index];
            total += findings[index].Count;
            if (defect.Type is not { } type)
            {
                continue;
            }

            bool hit = findings[index].Any(finding => finding.Hits(defect.Span));
            hits += findings[index].Count(finding => finding.Hits(defect.Span));
            (int f, int t) = found.GetValueOrDefault(type);
            found[type] = (f + (hit ? 1 : 0), t + 1);
        }

        return new SyntheticScore(found, hits, total);
    }

    public static string Run(IReadOnlyList<InjectedDefect> defects, IReadOnlyList<Checker> checkers, TextRepairEngine engine)
    {
        Corpus corpus = ToCorpus(defects);
        var scores = checkers.Select(checker => (checker.Name, Findings: checker.Check(corpus)))
            .Where(pair => pair.Findings is not null)
            .Select(pair => (pair.Name, Score: Score(defects, pair.Findings!)))
            .ToList();
        var report = new StringBuilder();
        int noisy = defects.Count(defect => !defect.IsClean);
        report.Append($"{defects.Count:N0} Wikinews paragraphs, seed {Seed}: {noisy:N0} damaged with one defect each, {defects.Count - noisy:N0} left clean. ");
        report.Append("A defect is found when a diagnostic overlaps (or, for a deletion, touches) the damaged span.\n\n");
        var rows = Enum.GetValues<DefectType>().Select(type => (IReadOnlyList<string>)[type.ToString(), .. scores.Select(score =>
        {
            (int f, int t) = score.Score.Found.GetValueOrDefault(type);
            return $"{Report.Percent(f, t)} ({f}/{t})";
        })]).ToList();
        rows.Add(["**all defects**", .. scores.Select(score => $"**{Report.Percent(score.Score.FoundCount, score.Score.DefectCount)}**")]);
        rows.Add(["precision (diagnostics on the damage)", .. scores.Select(score => $"{Report.Percent(score.Score.Hits, score.Score.Diagnostics)} ({score.Score.Hits}/{score.Score.Diagnostics})")]);
        report.Append(Report.Table(["defect", .. scores.Select(score => score.Name)], rows));

        IReadOnlyList<string>? repaired = Corpus.SplitRepaired(engine.Repair(corpus.Text), defects.Count);
        if (repaired is not null)
        {
            int restored = defects.Where((defect, index) => !defect.IsClean && repaired[index] == defect.Original).Count();
            int cleanChanged = defects.Where((defect, index) => defect.IsClean && repaired[index] != defect.Original).Count();
            var restoredByType = defects.Select((defect, index) => (defect, index)).Where(pair => !pair.defect.IsClean)
                .GroupBy(pair => pair.defect.Type!.Value)
                .Select(group => $"{group.Key} {group.Count(pair => repaired[pair.index] == pair.defect.Original)}/{group.Count()}");
            report.Append($"\n`Repair` restored **{Report.Percent(restored, noisy)}** ({restored}/{noisy}) of the damaged paragraphs exactly, ");
            report.Append($"and changed **{cleanChanged}** of the {defects.Count - noisy} clean ones. Exact restores by defect: {string.Join(", ", restoredByType)}.\n");
        }

        return report.ToString();
    }
}
