using System.Text.Json;
using TextRepair.Analysis;
using TextRepair.Text;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Analysis;

/// <summary>
/// Guards the garble score against expert MQM judgements (docs/quality.md, "Fluency and the garble score"): Kendall
/// tau-b between each machine-translated segment's summed sentence scores and its MQM points (Minor 1, Major 5,
/// Non-translation 25, averaged over raters), on the WMT23 zh-en news dev split read where it lies
/// (../shared/data/wmt_mqm, evaluation-only data: never copied here), computed as benchmarks/mqm/garble_tau.py does.
/// Measured: 0.164 averaged within source segments (the WMT way), 0.294 over all rows (stop 28); the bounds leave 0.02. Span
/// precision and Fluency + Style recall of the diagnostics are guarded too: 0.761 and 6.7% with the defaults, 0.894 and
/// 23.3% with the post-editing house style (TR3009 on, benchmarks/mqm/post-edit.textrepair.json).
/// </summary>
public class GarbleScoreRegressionTests
{
    [Fact]
    public void The_garble_score_ranks_translations_as_experts_do()
    {
        string file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Cli.Tool.DllPath)!, "..", "..", "..", "..", "..", "..", "shared", "data", "wmt_mqm", "mqm_wmt23_zhen_news.dev.tsv"));
        if (!File.Exists(file))
        {
            return;
        }

        TextRepairEngine postEditing = Engines.Default.WithOptions(TextRepairOptions.Default.WithRuleSeverity("TR3009", SeveritySetting.Info));
        var rows = new List<(string Source, double Garble, double Points)>();
        var defaults = new SpanScore();
        var postEdited = new SpanScore();
        foreach (string line in File.ReadLines(file).Skip(1))
        {
            string[] fields = line.Split('\t');
            int raters = fields[3].Split(',').Length;
            double points = 0;
            var spans = new List<(TextSpan Span, bool Fluency)>();
            using (JsonDocument annotations = JsonDocument.Parse(fields[5]))
            {
                foreach (JsonElement span in annotations.RootElement.EnumerateArray())
                {
                    string severity = span.GetProperty("severity").GetString()!;
                    string category = span.GetProperty("category").GetString()!;
                    points += category.Contains("Non-translation", StringComparison.Ordinal) ? 25
                        : severity == "Major" ? 5 : severity == "Minor" ? 1 : 0;
                    int start = span.GetProperty("start").GetInt32();
                    if (start >= 0)
                    {
                        // An empty span (a missing mark) counts as the character it stands before, as the script does.
                        int end = Math.Max(span.GetProperty("end").GetInt32(), start + 1);
                        spans.Add((TextSpan.FromBounds(start, end), category.StartsWith("Fluency", StringComparison.Ordinal) || category.StartsWith("Style", StringComparison.Ordinal)));
                    }
                }
            }

            AnalysisResult result = Engines.Default.Analyze(fields[4]);
            rows.Add((fields[0] + "\t" + fields[1], result.Sentences.Sum(sentence => sentence.Score), points / raters));
            defaults.Add(result.Diagnostics, spans);
            postEdited.Add(postEditing.Analyze(fields[4]).Diagnostics, spans);
        }

        double grouped = rows.GroupBy(row => row.Source)
            .Where(group => group.Count() >= 2)
            .Select(group => TauB([.. group.Select(row => row.Garble)], [.. group.Select(row => row.Points)]))
            .Where(tau => tau is not null)
            .Average(tau => tau!.Value);
        double flat = TauB([.. rows.Select(row => row.Garble)], [.. rows.Select(row => row.Points)])!.Value;
        Assert.True(rows.Count > 1_000, $"only {rows.Count} rows read");
        Assert.True(grouped >= 0.144, $"grouped tau {grouped:F3}");
        Assert.True(flat >= 0.274, $"flat tau {flat:F3}");
        Assert.True(defaults.Precision >= 0.72 && defaults.Recall >= 0.060, $"defaults: precision {defaults.Precision:F3}, recall {defaults.Recall:F3}");
        Assert.True(postEdited.Precision >= 0.85 && postEdited.Recall >= 0.21, $"post-editing style: precision {postEdited.Precision:F3}, recall {postEdited.Recall:F3}");
    }

    /// <summary>Diagnostics that overlap an annotated span (any category), and Fluency and Style spans some diagnostic overlaps.</summary>
    private sealed class SpanScore
    {
        private int diagnostics;
        private int onSpans;
        private int fluencySpans;
        private int fluencyFound;

        public double Precision => (double)onSpans / Math.Max(1, diagnostics);

        public double Recall => (double)fluencyFound / Math.Max(1, fluencySpans);

        public void Add(IReadOnlyList<Diagnostic> found, List<(TextSpan Span, bool Fluency)> spans)
        {
            foreach (Diagnostic diagnostic in found)
            {
                diagnostics++;
                onSpans += spans.Exists(span => Overlaps(diagnostic.Span, span.Span)) ? 1 : 0;
            }

            foreach ((TextSpan span, bool fluency) in spans)
            {
                if (fluency)
                {
                    fluencySpans++;
                    fluencyFound += found.Any(diagnostic => Overlaps(diagnostic.Span, span)) ? 1 : 0;
                }
            }
        }

        private static bool Overlaps(TextSpan diagnostic, TextSpan span) =>
            span.Start < diagnostic.Start + Math.Max(diagnostic.Length, 1) && diagnostic.Start < span.End;
    }

    /// <summary>Kendall's tau-b; pairs tied on both sides are left out, as the evaluation script does; null when undefined.</summary>
    private static double? TauB(double[] x, double[] y)
    {
        long concordant = 0;
        long discordant = 0;
        long tiedX = 0;
        long tiedY = 0;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = i + 1; j < x.Length; j++)
            {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                if (dx == 0 && dy == 0)
                {
                    continue;
                }

                if (dx == 0)
                {
                    tiedX++;
                }
                else if (dy == 0)
                {
                    tiedY++;
                }
                else if (dx * dy > 0)
                {
                    concordant++;
                }
                else
                {
                    discordant++;
                }
            }
        }

        double denominator = Math.Sqrt((double)(concordant + discordant + tiedX) * (concordant + discordant + tiedY));
        return denominator == 0 ? null : (concordant - discordant) / denominator;
    }
}
