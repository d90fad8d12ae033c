using System.Text.Json;
using TextRepair.Analysis;
using TextRepair.Tests.Support;
using TextRepair.Text;

namespace TextRepair.Tests.Analysis;

/// <summary>The seed article and its catalogued defects (Data/seed-defects.json, from ../shared/tools/peers).</summary>
public class SeedArticleTests
{
    private static readonly string[] DefectsInScope = ["D3", "D5", "D6", "D8", "D9", "D10", "D12", "D15"];

    [Fact]
    public void Finds_every_defect_in_scope_and_nothing_in_sentences_without_defects()
    {
        string text = TestData.SeedArticle;
        Dictionary<string, List<TextSpan>> defects = LoadDefects(text);
        AnalysisResult result = Engines.Default.Analyze(text);

        foreach (string id in DefectsInScope)
        {
            Assert.True(
                result.Diagnostics.Any(diagnostic => defects[id].Any(span => Hits(diagnostic.Span, span))),
                $"{id} was not found.");
        }

        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            Assert.True(
                defects.Values.SelectMany(spans => spans).Any(span => Hits(diagnostic.Span, span)),
                $"{diagnostic} ('{text.Substring(diagnostic.Span.Start, diagnostic.Span.Length)}') lies where the article has no defect.");
        }
    }

    [Fact]
    public void Repair_fixes_the_safe_defects_and_changes_nothing_else()
    {
        string repaired = Engines.Default.Repair(TestData.SeedArticle);
        Assert.Contains("in the capital Belarus. On Sunday, at least 100,000", repaired, StringComparison.Ordinal);
        Assert.Contains("anti-Kremlin rallies.\n", repaired, StringComparison.Ordinal);
        Assert.Contains("internal problems.”\n", repaired, StringComparison.Ordinal);
        Assert.Contains("towards people. They were beaten", repaired, StringComparison.Ordinal);
        Assert.Contains("This time it doesn’t work.”\n", repaired, StringComparison.Ordinal);
        Assert.Contains("That number were hoping", repaired, StringComparison.Ordinal);
        Assert.Contains("come at a price.”\n", repaired, StringComparison.Ordinal);
        // A suggestion only: "European Since" may be a name.
        Assert.Contains("Eastern European Since 1994", repaired, StringComparison.Ordinal);
        Assert.Equal(Engines.Default.Repair(repaired), repaired);
    }

    /// <summary>A diagnostic hits a defect when it overlaps it, or, when empty, lies inside it or at an edge.</summary>
    private static bool Hits(TextSpan diagnostic, TextSpan defect) =>
        diagnostic.IsEmpty ? defect.IntersectsWith(diagnostic.Start) : diagnostic.OverlapsWith(defect);

    private static Dictionary<string, List<TextSpan>> LoadDefects(string text)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.DataDirectory, "seed-defects.json")));
        var defects = new Dictionary<string, List<TextSpan>>();
        foreach (JsonElement defect in document.RootElement.GetProperty("defects").EnumerateArray())
        {
            var spans = new List<TextSpan>();
            foreach (JsonElement located in defect.GetProperty("spans").EnumerateArray())
            {
                string needle = located.GetProperty("needle").GetString()!;
                int start = text.IndexOf(needle, StringComparison.Ordinal);
                Assert.True(start >= 0, needle);
                int length = needle.Length;
                if (located.TryGetProperty("focus", out JsonElement focus))
                {
                    start += needle.IndexOf(focus.GetString()!, StringComparison.Ordinal);
                    length = focus.GetString()!.Length;
                }

                if (located.TryGetProperty("extendEnd", out JsonElement extend))
                {
                    length += extend.GetInt32();
                }

                spans.Add(new TextSpan(start, Math.Min(length, text.Length - start)));
            }

            defects[defect.GetProperty("id").GetString()!] = spans;
        }

        // The catalogue misses one more defect of D9's kind: "at a price. ”" has the same space before its closing mark.
        int price = text.IndexOf("at a price. ”", StringComparison.Ordinal);
        defects["D9b"] = [new TextSpan(price + "at a price.".Length, 2)];

        return defects;
    }
}
