using TextRepair.Evaluation;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Analysis;

/// <summary>
/// Guards on the numbers of docs/quality.md that matter, with fixed margins below the measured values, so that a change
/// that makes quality worse fails CI. They run on the Wikinews dev paragraphs kept with the tests (the same ones the
/// evaluation reads from ../shared/data) and the evaluation's own noise generator and scoring.
/// </summary>
public class QualityRegressionTests
{
    /// <summary>The defects the rules of this release are for; the others (mojibake, homoglyphs, typos...) come later.</summary>
    private static readonly DefectType[] InScope =
    [
        DefectType.GluedLetter, DefectType.WordsRunTogether, DefectType.RepeatedWord, DefectType.RepeatAcrossStop,
        DefectType.StrayQuote, DefectType.SpaceBeforeQuote, DefectType.WrongCapital, DefectType.MissingFinalStop,
        DefectType.SpaceBeforeComma, DefectType.MissingSpaceAfterStop, DefectType.WrongArticle,
    ];

    private static readonly Lazy<(IReadOnlyList<InjectedDefect> Defects, SyntheticScore Score, IReadOnlyList<string> Repaired)> Synthetic = new(() =>
    {
        IReadOnlyList<InjectedDefect> defects = SyntheticNoiseSection.Build(TestData.WikinewsParagraphs.ToList());
        Corpus corpus = SyntheticNoiseSection.ToCorpus(defects);
        SyntheticScore score = SyntheticNoiseSection.Score(defects, new TextRepairChecker(Engines.Default).Check(corpus));
        IReadOnlyList<string> repaired = Corpus.SplitRepaired(Engines.Default.Repair(corpus.Text), defects.Count)
            ?? throw new InvalidOperationException("Repair crossed a paragraph boundary.");
        return (defects, score, repaired);
    });

    [Fact]
    public void Synthetic_recall_of_the_defects_in_scope_stays_above_90_percent()
    {
        SyntheticScore score = Synthetic.Value.Score;
        int found = InScope.Sum(type => score.Found.GetValueOrDefault(type).Found);
        int total = InScope.Sum(type => score.Found.GetValueOrDefault(type).Total);
        Assert.True(total > 300, $"Only {total} defects in scope were injected.");
        Assert.True(found >= total * 0.90, $"Recall {found}/{total}.");
    }

    [Fact]
    public void Synthetic_precision_stays_above_90_percent()
    {
        SyntheticScore score = Synthetic.Value.Score;
        Assert.True(score.Hits >= score.Diagnostics * 0.90, $"Precision {score.Hits}/{score.Diagnostics}.");
    }

    [Fact]
    public void Repair_restores_three_quarters_of_the_damage_in_scope_exactly_and_leaves_clean_paragraphs_alone()
    {
        (IReadOnlyList<InjectedDefect> defects, _, IReadOnlyList<string> repaired) = Synthetic.Value;
        var inScope = defects.Select((defect, index) => (defect, index)).Where(pair => pair.defect.Type is { } type && InScope.Contains(type)).ToList();
        int restored = inScope.Count(pair => repaired[pair.index] == pair.defect.Original);
        Assert.True(restored >= inScope.Count * 0.75, $"Exact restores {restored}/{inScope.Count}.");

        int cleanChanged = defects.Where((defect, index) => defect.IsClean && repaired[index] != defect.Original).Count();
        Assert.True(cleanChanged <= 2, $"{cleanChanged} clean paragraphs changed.");
    }
}
