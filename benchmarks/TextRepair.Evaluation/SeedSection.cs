using System.Text;
using System.Text.Json;
using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>Which catalogued defects of the seed article each checker finds, and its diagnostics elsewhere.</summary>
public static class SeedSection
{
    public static Corpus ToCorpus(string article) =>
        new("seed", article.Split('\n').Where(line => line.Trim().Length > 0).ToList(), isOneDocument: true);

    public static string Run(string article, string defectsPath, IReadOnlyList<Checker> checkers)
    {
        Corpus corpus = ToCorpus(article);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(defectsPath));
        var defects = new List<(string Id, string Description, List<(int Item, TextSpan Span)> Spans)>();
        foreach (JsonElement defect in document.RootElement.GetProperty("defects").EnumerateArray())
        {
            var spans = new List<(int, TextSpan)>();
            foreach (JsonElement located in defect.GetProperty("spans").EnumerateArray())
            {
                string needle = located.GetProperty("needle").GetString()!;
                int item = corpus.Items.ToList().FindIndex(line => line.Contains(needle, StringComparison.Ordinal));
                int start = corpus.Items[item].IndexOf(needle, StringComparison.Ordinal);
                int length = needle.Length;
                if (located.TryGetProperty("focus", out JsonElement focus))
                {
                    start += needle.IndexOf(focus.GetString()!, StringComparison.Ordinal);
                    length = focus.GetString()!.Length;
                }

                length += located.TryGetProperty("extendEnd", out JsonElement extend) ? extend.GetInt32() : 0;
                spans.Add((item, new TextSpan(start, Math.Min(length, corpus.Items[item].Length - start))));
            }

            defects.Add((defect.GetProperty("id").GetString()!, defect.GetProperty("desc").GetString()!, spans));
        }

        var results = checkers.Select(checker => (checker.Name, Findings: checker.Check(corpus))).Where(pair => pair.Findings is not null).ToList();
        var rows = defects.Select(defect => (IReadOnlyList<string>)[$"{defect.Id} {defect.Description}", .. results.Select(result =>
            defect.Spans.Any(span => result.Findings![span.Item].Any(finding => finding.Hits(span.Span))) ? "found" : "·")]).ToList();
        rows.Add(["**found**", .. results.Select(result => $"**{defects.Count(defect => defect.Spans.Any(span => result.Findings![span.Item].Any(finding => finding.Hits(span.Span))))}/{defects.Count}**")]);
        rows.Add(["diagnostics on no catalogued defect", .. results.Select(result => result.Findings!
            .SelectMany((findings, item) => findings.Where(finding => !defects.Any(defect => defect.Spans.Any(span => span.Item == item && finding.Hits(span.Span))))).Count().ToString())]);
        var report = new StringBuilder();
        report.Append("The machine-translated seed article (`../shared/data/seed`) and its 19 catalogued defects (`../shared/tools/peers/defects-seed.json`). ");
        report.Append("Each paragraph is one item. TextRepair's diagnostics outside the catalogue: `at a price. ”` has the same defect as D9 but is not catalogued.\n\n");
        report.Append(Report.Table(["defect", .. results.Select(result => result.Name)], rows));
        return report.ToString();
    }
}
