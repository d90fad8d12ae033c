using System.Text;

namespace TextRepair.Evaluation;

/// <summary>WMT23 zh→en news with expert MQM spans: span precision, and recall by Fluency category.</summary>
public static class MqmSection
{
    public static Corpus ToCorpus(IReadOnlyList<AnnotatedSegment> segments) => new("mqm", segments.Select(segment => segment.Text).ToList());

    public static string Run(IReadOnlyList<AnnotatedSegment> segments, IReadOnlyList<Checker> checkers)
    {
        Corpus corpus = ToCorpus(segments);
        var results = checkers.Select(checker => (checker.Name, Findings: checker.Check(corpus))).Where(pair => pair.Findings is not null).ToList();
        var report = new StringBuilder();
        report.Append($"{segments.Count:N0} machine-translated news segments (dev split, all raters merged). Recall: annotated spans overlapped by a diagnostic. ");
        report.Append("Precision: diagnostics that overlap any annotated span (of any category).\n\n");
        var categories = segments.SelectMany(segment => segment.Spans).Select(span => span.Category)
            .Where(category => category.StartsWith("Fluency/", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (string category in categories)
        {
            var row = new List<string> { category };
            foreach ((string _, IReadOnlyList<List<Finding>>? findings) in results)
            {
                int total = 0;
                int found = 0;
                for (int index = 0; index < segments.Count; index++)
                {
                    foreach (MqmSpan span in segments[index].Spans.Where(span => span.Category == category))
                    {
                        total++;
                        found += findings![index].Any(finding => finding.Hits(span.Span)) ? 1 : 0;
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
            int hit = findings!.Select((item, index) => item.Count(finding => segments[index].Spans.Any(span => finding.Hits(span.Span)))).Sum();
            precision.Add($"**{Report.Percent(hit, all)}** ({hit}/{all})");
        }

        rows.Add(precision);
        report.Append(Report.Table(["MQM category (recall)", .. results.Select(result => result.Name)], rows));
        return report.ToString();
    }
}
