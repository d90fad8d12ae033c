using System.Text;

namespace TextRepair.Evaluation;

/// <summary>Diagnostics per 1,000 words on clean Wikinews paragraphs, by rule, and paragraphs that Repair changed.</summary>
public static class CleanNewsSection
{
    public static string Run(Corpus corpus, IReadOnlyList<Checker> checkers, TextRepairEngine engine)
    {
        int words = corpus.Items.Sum(item => item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var report = new StringBuilder();
        report.Append($"Clean Wikinews dev paragraphs: {corpus.Items.Count:N0} paragraphs, {words:N0} words.\n\n");
        var rows = new List<IReadOnlyList<string>>();
        foreach (Checker checker in checkers)
        {
            IReadOnlyList<List<Finding>>? findings = checker.Check(corpus);
            if (findings is null)
            {
                continue;
            }

            int total = findings.Sum(item => item.Count);
            string byRule = string.Join(", ", findings.SelectMany(item => item).GroupBy(finding => finding.Rule)
                .OrderByDescending(group => group.Count()).Take(8).Select(group => $"{group.Key} {Report.Number(1000.0 * group.Count() / words)}"));
            rows.Add([checker.Name, total.ToString("N0"), Report.Number(1000.0 * total / words), byRule.Length == 0 ? "–" : byRule]);
        }

        report.Append(Report.Table(["checker", "diagnostics", "per 1,000 words", "top rules (per 1,000 words)"], rows));
        IReadOnlyList<string>? repaired = Corpus.SplitRepaired(engine.Repair(corpus.Text), corpus.Items.Count);
        int changed = repaired is null ? -1 : repaired.Where((item, index) => item != corpus.Items[index]).Count();
        report.Append($"\n`Repair` changed **{changed}** of {corpus.Items.Count:N0} paragraphs (each is a real defect of the text: see the regression test `WikinewsPrecisionTests`).\n");
        return report.ToString();
    }
}
