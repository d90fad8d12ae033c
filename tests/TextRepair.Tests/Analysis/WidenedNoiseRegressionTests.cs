using TextRepair.Analysis;
using TextRepair.Evaluation;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Analysis;

/// <summary>
/// Guards the widened noise set's recall and <c>Repair</c>'s restores (docs/quality.md, "Widened noise"): every defect
/// class in many shapes, on the Wikinews dev articles kept with the tests, scored by the evaluation's own code. Measured
/// on these articles at stop 31:
/// at least 96.8% per class on the tuning part and 95.0% on the held-out part (NonWordTypo both: 687 of 710, 249 of
/// 262); the bound is 92% for every class on both, some eight defects of a held-out class below the lowest.
/// </summary>
public class WidenedNoiseRegressionTests
{
    private static readonly Lazy<(IReadOnlyList<WidenedDefect> Defects, bool[] Found, bool[] Restored)> Scored = new(() =>
    {
        IReadOnlyList<WidenedDefect> defects = WidenedNoiseSection.Build(TestData.WikinewsArticles.Select(article => article.Paragraphs).ToList());
        var normalizing = new TextRepairChecker(TextRepairEngine.CreateDefault(TextRepairOptions.Default.WithRuleSeverity("TR3004", SeveritySetting.Info)));
        (bool[] found, bool[] restored) = WidenedNoiseSection.Score(defects, new TextRepairChecker(Engines.Default), normalizing);
        return (defects, found, restored);
    });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_class_keeps_at_least_92_percent_recall(bool heldOut)
    {
        (IReadOnlyList<WidenedDefect> defects, bool[] found, _) = Scored.Value;
        foreach (NoiseClass type in Enum.GetValues<NoiseClass>())
        {
            int[] copies = Enumerable.Range(0, defects.Count).Where(index => defects[index].Class == type && defects[index].IsHeldOut == heldOut).ToArray();
            int hits = copies.Count(index => found[index]);
            Assert.True(copies.Length >= 20, $"{type}: only {copies.Length} copies.");
            Assert.True(hits >= copies.Length * 0.92, $"{type} ({(heldOut ? "held out" : "tuning")}): recall {hits}/{copies.Length}.");
        }
    }

    /// <summary>
    /// <c>Repair</c> gives back the original paragraph of most held-out copies (measured on these articles at stop 31:
    /// 2,414 of 2,989, 80.8%; bound 75%), each repaired as it is checked, after a title line: a missing final stop is
    /// restored (193 of 199; bound 90%), which it is not where a paragraph stands alone, in the headline's place.
    /// </summary>
    [Fact]
    public void Repair_restores_most_held_out_copies_as_they_are_checked()
    {
        (IReadOnlyList<WidenedDefect> defects, _, bool[] restored) = Scored.Value;
        int[] heldOut = Enumerable.Range(0, defects.Count).Where(index => defects[index].IsHeldOut).ToArray();
        int[] stops = heldOut.Where(index => defects[index].Class == NoiseClass.MissingFinalStop).ToArray();
        int restoredCopies = heldOut.Count(index => restored[index]);
        int restoredStops = stops.Count(index => restored[index]);
        Assert.True(restoredCopies >= heldOut.Length * 0.75, $"Restored {restoredCopies}/{heldOut.Length}.");
        Assert.True(restoredStops >= stops.Length * 0.90, $"Missing final stops restored {restoredStops}/{stops.Length}.");
    }
}
