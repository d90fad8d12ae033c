using System.Text.Json;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Analysis;

/// <summary>
/// The clean cases of other checkers' own test suites (ftfy, Harper, retext; `../shared/data/peer-suites`, read at
/// test time where the data is present, never copied here): repair must leave every in-scope clean case as it is,
/// but for the few listed below with why. A new change to a clean text fails here.
/// </summary>
public class PeerSuiteRegressionTests
{
    /// <summary>Clean cases repair still changes, each a known limit (see docs/quality.md, "Peer suites").</summary>
    private static readonly Dictionary<string, string> KnownChanges = new(StringComparer.Ordinal)
    {
        ["ftfy/negative/2"] = "DrÃ¥ber: mojibake of 'Dråber' (ftfy's own label says so), which ftfy keeps as it might be MacRoman",
    };

    private static string SuitesFolder => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Cli.Tool.DllPath)!, "..", "..", "..", "..", "..", "..", "shared", "data", "peer-suites"));

    /// <summary>
    /// Detection of the in-scope defective cases stays within two of what it was when measured: a case is detected when
    /// a diagnostic overlaps the one stretch of the input that the expected text changes (or touches it, for an
    /// insertion), or, without an expected text, when there is any diagnostic. That single stretch is narrower than the
    /// peer-suite script's diff ("so the the" → "so that the" changes only the first "the" here), so this test counts
    /// Harper 78 where docs/quality.md reports 85; ftfy 134 and retext 25 as there.
    /// </summary>
    [Theory]
    [InlineData("ftfy", 132)]
    [InlineData("harper", 76)]
    [InlineData("retext", 23)]
    public void Detection_of_the_in_scope_defects_does_not_drop(string suite, int minimum)
    {
        string file = Path.Combine(SuitesFolder, suite + ".jsonl");
        if (!File.Exists(file))
        {
            return;
        }

        int detected = 0;
        var missed = new List<string>();
        foreach (string line in File.ReadLines(file))
        {
            using JsonDocument row = JsonDocument.Parse(line);
            JsonElement root = row.RootElement;
            if (root.GetProperty("scope").GetString() != "in" || root.GetProperty("kind").GetString() == "clean")
            {
                continue;
            }

            string input = root.GetProperty("input").GetString()!;
            string? expected = root.TryGetProperty("expected", out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            IReadOnlyList<TextRepair.Analysis.Diagnostic> diagnostics = Engines.Default.Analyze(input).Diagnostics;
            if (expected is null)
            {
                detected += diagnostics.Count > 0 ? 1 : 0;
                if (diagnostics.Count == 0)
                {
                    missed.Add(root.GetProperty("id").GetString()!);
                }

                continue;
            }

            int prefix = 0;
            while (prefix < input.Length && prefix < expected.Length && input[prefix] == expected[prefix])
            {
                prefix++;
            }

            int suffix = 0;
            while (suffix < input.Length - prefix && suffix < expected.Length - prefix && input[^(suffix + 1)] == expected[^(suffix + 1)])
            {
                suffix++;
            }

            var changed = TextRepair.Text.TextSpan.FromBounds(prefix, input.Length - suffix);
            bool hit = diagnostics.Any(diagnostic => diagnostic.Span.OverlapsWith(changed) || ((changed.IsEmpty || diagnostic.Span.IsEmpty) && diagnostic.Span.IntersectsWith(changed)));
            detected += hit ? 1 : 0;
            if (!hit)
            {
                missed.Add(root.GetProperty("id").GetString()!);
            }
        }

        Assert.True(detected >= minimum, $"{suite}: {detected} in-scope defects detected, fewer than {minimum}; missed {string.Join(", ", missed)}.");
    }

    [Fact]
    public void Repair_leaves_the_clean_cases_of_other_checkers_alone()
    {
        string suites = SuitesFolder;
        if (!Directory.Exists(suites))
        {
            return;
        }

        var changed = new List<string>();
        int checkedCases = 0;
        foreach (string file in Directory.GetFiles(suites, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file))
            {
                using JsonDocument row = JsonDocument.Parse(line);
                JsonElement root = row.RootElement;
                if (root.GetProperty("scope").GetString() != "in" || root.GetProperty("kind").GetString() != "clean")
                {
                    continue;
                }

                string id = root.GetProperty("id").GetString()!;
                string input = root.GetProperty("input").GetString()!;
                checkedCases++;
                if (Engines.Default.Repair(input) != input && !KnownChanges.ContainsKey(id))
                {
                    changed.Add($"{id}: '{input}' → '{Engines.Default.Repair(input)}'");
                }
            }
        }

        Assert.True(checkedCases > 100, $"only {checkedCases} clean cases found in {suites}");
        Assert.True(changed.Count == 0, string.Join("\n", changed));
    }
}
