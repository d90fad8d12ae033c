using System.Text;

namespace TextRepair.Evaluation;

/// <summary>LanguageTool's English rule examples: recall on the error sentences, false alarms on the correct ones, by category.</summary>
public static class LanguageToolSection
{
    public static Corpus ToCorpus(IReadOnlyList<LanguageToolExample> examples) => new("languagetool", examples.Select(example => example.Sentence).ToList());

    public static string Run(IReadOnlyList<LanguageToolExample> examples, IReadOnlyList<Checker> checkers)
    {
        Corpus corpus = ToCorpus(examples);
        var results = checkers.Select(checker => (checker.Name, Findings: checker.Check(corpus))).Where(pair => pair.Findings is not null).ToList();
        var report = new StringBuilder();
        report.Append($"{examples.Count:N0} examples of the dev split ({examples.Count(example => example.Incorrect):N0} with an error). ");
        report.Append("Recall: error sentences with a diagnostic on the marked span. False alarms: correct sentences with any diagnostic. ");
        report.Append("TextRepair's scope is the surface defects of machine translation (TYPOS of spacing and repeats, PUNCTUATION, CASING, a/an in GRAMMAR); most LanguageTool categories are grammar and style it does not try to cover.\n\n");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var category in examples.Select((example, index) => (example, index)).GroupBy(pair => pair.example.Category).OrderByDescending(group => group.Count()))
        {
            var row = new List<string> { category.Key };
            foreach ((string _, IReadOnlyList<List<Finding>>? findings) in results)
            {
                int errors = category.Count(pair => pair.example.Incorrect && pair.example.Marker is not null);
                int found = category.Count(pair => pair.example.Incorrect && pair.example.Marker is { } marker && findings![pair.index].Any(finding => finding.Hits(marker)));
                int correct = category.Count(pair => !pair.example.Incorrect);
                int alarms = category.Count(pair => !pair.example.Incorrect && findings![pair.index].Count > 0);
                row.Add($"{found}/{errors}");
                row.Add($"{alarms}/{correct}");
            }

            rows.Add(row);
        }

        report.Append(Report.Table(["category", .. results.SelectMany(result => new[] { $"{result.Name} found", $"{result.Name} false alarms" })], rows));
        return report.ToString();
    }
}
