using System.Text;
using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>BEA-2019 W&amp;I+LOCNESS dev: detection precision and recall against the gold edits, for the edit kinds in scope.</summary>
public static class BeaSection
{
    public static Corpus ToCorpus(IReadOnlyList<EditedParagraph> paragraphs) => new("bea2019", paragraphs.Select(paragraph => paragraph.Text).ToList());

    public static string Classify(string text, Edit edit)
    {
        string source = text.Substring(edit.Span.Start, edit.Span.Length);
        string target = edit.Replacement;
        if (string.Concat(source.Where(character => !char.IsWhiteSpace(character))) == string.Concat(target.Where(character => !char.IsWhiteSpace(character))))
        {
            return "spacing";
        }

        if (string.Equals(source, target, StringComparison.OrdinalIgnoreCase))
        {
            return "capitalization";
        }

        if (string.Concat(source.Where(char.IsLetterOrDigit)) == string.Concat(target.Where(char.IsLetterOrDigit)))
        {
            return "punctuation";
        }

        string[] articles = ["a", "an", "the", ""];
        if (articles.Contains(source.Trim().ToLowerInvariant()) && articles.Contains(target.Trim().ToLowerInvariant()))
        {
            return "article";
        }

        string a = source.Trim();
        string b = target.Trim();
        if (a.Length > 0 && b.Length > 0 && a.All(char.IsLetter) && b.All(char.IsLetter) && Distance(a.ToLowerInvariant(), b.ToLowerInvariant()) <= 2)
        {
            return "spelling";
        }

        return "other";
    }

    public static string Run(IReadOnlyList<EditedParagraph> paragraphs, IReadOnlyList<Checker> checkers)
    {
        Corpus corpus = ToCorpus(paragraphs);
        var report = new StringBuilder();
        int edits = paragraphs.Sum(paragraph => paragraph.Edits.Count);
        report.Append($"{paragraphs.Count:N0} learner paragraphs with {edits:N0} gold edits. A diagnostic detects an edit when it overlaps it (or touches an insertion). ");
        report.Append("Precision counts diagnostics that touch any gold edit. Learner English is not this library's target, so low recall here is expected; the number to watch is precision.\n\n");
        string[] kinds = ["spelling", "punctuation", "spacing", "capitalization", "article", "other"];
        var rows = new List<IReadOnlyList<string>>();
        var results = checkers.Select(checker => (checker.Name, Findings: checker.Check(corpus))).Where(pair => pair.Findings is not null).ToList();
        foreach (string kind in kinds)
        {
            var row = new List<string> { kind };
            foreach ((string _, IReadOnlyList<List<Finding>>? findings) in results)
            {
                int total = 0;
                int found = 0;
                for (int index = 0; index < paragraphs.Count; index++)
                {
                    foreach (Edit edit in paragraphs[index].Edits.Where(edit => Classify(paragraphs[index].Text, edit) == kind))
                    {
                        total++;
                        found += findings![index].Any(finding => finding.Hits(edit.Span)) ? 1 : 0;
                    }
                }

                row.Add($"{Report.Percent(found, total)} ({found}/{total})");
            }

            rows.Add(row);
        }

        var precision = new List<string> { "**precision**" };
        foreach ((string _, IReadOnlyList<List<Finding>>? findings) in results)
        {
            int all = findings!.Sum(item => item.Count);
            int hit = findings!.Select((item, index) => item.Count(finding => paragraphs[index].Edits.Any(edit => finding.Hits(edit.Span)))).Sum();
            precision.Add($"**{Report.Percent(hit, all)}** ({hit}/{all})");
        }

        rows.Add(precision);
        report.Append(Report.Table(["edit kind (recall)", .. results.Select(result => result.Name)], rows));
        return report.ToString();
    }

    private static int Distance(string a, string b)
    {
        int[] previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int[] current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
