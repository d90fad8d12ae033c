using System.Text;

namespace TextRepair.Evaluation;

/// <summary>
/// Does the cl100k subword view help spelling? The same TR4001/TR4002 diagnostics, with and without dropping the words
/// the tokenizer holds as one piece, scored on clean news (alarms), BEA-2019 spelling edits and synthetic typos.
/// </summary>
public static class SubwordAblationSection
{
    public static string Run(Corpus cleanNews, IReadOnlyList<EditedParagraph> bea, IReadOnlyList<InjectedDefect> synthetic, TextRepairEngine engine)
    {
        Func<Finding, string, bool> keep = (_, _) => true;
        Corpus beaCorpus = BeaSection.ToCorpus(bea);
        Corpus syntheticCorpus = SyntheticNoiseSection.ToCorpus(synthetic);
        var rows = new List<IReadOnlyList<string>>();
        foreach ((string name, bool subword) in new[] { ("lexicon only", false), ("lexicon + cl100k whole-piece signal (default)", true) })
        {
            var checker = new TextRepairChecker(engine.WithOptions(engine.Options with { UseSubwordSignal = subword }));
            IReadOnlyList<List<Finding>> news = checker.Check(cleanNews);
            IReadOnlyList<List<Finding>> beaFindings = checker.Check(beaCorpus);
            IReadOnlyList<List<Finding>> syntheticFindings = checker.Check(syntheticCorpus);
            int alarms = Count(news, cleanNews.Items, keep, (_, _) => true);
            var beaGold = bea.Select(paragraph => paragraph.Edits.Where(edit => SpellingSection.IsNonWordEdit(paragraph.Text, edit)).Select(edit => edit.Span).ToList()).ToList();
            int beaFound = beaGold.Select((spans, index) => spans.Count(span => beaFindings[index].Any(finding => IsSpelling(finding) && keep(finding, bea[index].Text) && finding.Hits(span)))).Sum();
            int beaDiagnostics = Count(beaFindings, beaCorpus.Items, keep, (_, _) => true);
            int beaOnGold = Count(beaFindings, beaCorpus.Items, keep, (finding, index) => bea[index].Edits.Any(edit => finding.Hits(edit.Span)));
            var typos = synthetic.Select((defect, index) => (defect, index)).Where(pair => pair.defect.Type == DefectType.Typo).ToList();
            int typosFound = typos.Count(pair => syntheticFindings[pair.index].Any(finding => IsSpelling(finding) && keep(finding, syntheticCorpus.Items[pair.index]) && finding.Hits(pair.defect.Span)));
            rows.Add([
                name,
                alarms.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{Report.Percent(beaFound, beaGold.Sum(spans => spans.Count))} ({beaFound}/{beaGold.Sum(spans => spans.Count)})",
                $"{Report.Percent(beaOnGold, beaDiagnostics)} ({beaOnGold}/{beaDiagnostics})",
                $"{Report.Percent(typosFound, typos.Count)} ({typosFound}/{typos.Count})",
            ]);
        }

        var report = new StringBuilder();
        report.Append("Spelling diagnostics (TR4001, TR4002) with and without trusting the unknown words that cl100k holds as a single piece (`TextRepairOptions.UseSubwordSignal`). BEA gold: the spelling edits of non-words. ");
        report.Append("Clean-news alarms are every spelling diagnostic on the Wikinews paragraphs (some are real typos of that text).\n\n");
        report.Append(Report.Table(["variant", "clean-news alarms", "BEA spelling recall", "BEA precision", "synthetic typo recall"], rows));
        return report.ToString();
    }

    private static bool IsSpelling(Finding finding) => finding.Rule is "TR4001" or "TR4002";

    private static int Count(IReadOnlyList<List<Finding>> findings, IReadOnlyList<string> items, Func<Finding, string, bool> keep, Func<Finding, int, bool> counts) =>
        findings.Select((list, index) => list.Count(finding => IsSpelling(finding) && keep(finding, items[index]) && counts(finding, index))).Sum();
}
