using System.Text;
using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>
/// Spelling, scored the same way for every checker on two sets: LanguageTool's error examples whose marked error is one
/// word that is not a word, corrected by one word (with the TYPOS sentences marked correct), and the BEA-2019
/// W&amp;I+LOCNESS spelling edits of non-words. Only each checker's
/// spelling diagnostics count.
/// </summary>
public static class SpellingSection
{
    /// <summary>Whether a rule is a spelling rule of its checker.</summary>
    public static bool IsSpellingRule(string checker, string rule) => checker switch
    {
        "TextRepair" => rule is "TR4001" or "TR4002",
        "harper" => rule.Contains("Spell", StringComparison.OrdinalIgnoreCase),
        "retext" => rule.Contains("spell", StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    public static string Run(IReadOnlyList<LanguageToolExample> examples, IReadOnlyList<EditedParagraph> bea, IReadOnlyList<Checker> checkers)
    {
        var languageTool = examples.Where(example => example.Marker is not null && (example.Incorrect ? IsNonWordCorrection(example) : example.Category == "TYPOS")).ToList();
        Corpus languageToolCorpus = LanguageToolSection.ToCorpus(examples);
        Corpus beaCorpus = BeaSection.ToCorpus(bea);
        var report = new StringBuilder();
        report.Append("Recall: gold spelling errors with a spelling diagnostic on them. Precision: spelling diagnostics on a gold error ");
        report.Append("(for LanguageTool, on the marked span of an error sentence; any spelling diagnostic on a sentence marked correct is false). ");
        report.Append("Top-1: detected errors whose first suggestion is the gold correction.\n\n");
        var rows = new List<IReadOnlyList<string>>();
        foreach (Checker checker in checkers)
        {
            IReadOnlyList<List<Finding>>? languageToolFindings = checker.Check(languageToolCorpus);
            IReadOnlyList<List<Finding>>? beaFindings = checker.Check(beaCorpus);
            if (languageToolFindings is null || beaFindings is null)
            {
                continue;
            }

            var ltGold = languageTool.Where(example => example.Incorrect)
                .Select(example => (Index: IndexOf(examples, example), Span: example.Marker!.Value, Correction: example.Corrections[0])).ToList();
            var ltFalse = languageTool.Where(example => !example.Incorrect).Select(example => IndexOf(examples, example)).ToList();
            rows.Add([checker.Name, "LanguageTool non-word errors", .. Score(checker.Name, languageToolFindings, ltGold, ltFalse, allGold: null)]);

            var beaGold = bea.SelectMany((paragraph, index) => paragraph.Edits
                .Where(edit => IsNonWordEdit(paragraph.Text, edit))
                .Select(edit => (Index: index, edit.Span, Correction: edit.Replacement.Trim()))).ToList();
            var allEdits = bea.Select(paragraph => paragraph.Edits.Select(edit => edit.Span).ToList()).ToList();
            rows.Add([checker.Name, "BEA-2019 non-word spelling edits", .. Score(checker.Name, beaFindings, beaGold, [], allEdits)]);
        }

        report.Append(Report.Table(["checker", "data", "recall", "precision", "top-1"], rows));
        return report.ToString();
    }

    private static int IndexOf(IReadOnlyList<LanguageToolExample> examples, LanguageToolExample example)
    {
        for (int index = 0; index < examples.Count; index++)
        {
            if (ReferenceEquals(examples[index], example))
            {
                return index;
            }
        }

        return -1;
    }

    private static string[] Score(string checker, IReadOnlyList<List<Finding>> findings, List<(int Index, TextSpan Span, string Correction)> gold, List<int> correctItems, List<List<TextSpan>>? allGold)
    {
        int detected = 0;
        int topOne = 0;
        foreach ((int index, TextSpan span, string correction) in gold)
        {
            Finding? hit = findings[index].Where(finding => IsSpellingRule(checker, finding.Rule) && finding.Hits(span)).Cast<Finding?>().FirstOrDefault();
            if (hit is { } found)
            {
                detected++;
                topOne += string.Equals(found.Replacement?.Trim(), correction, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }
        }

        int diagnostics = 0;
        int onGold = 0;
        var goldItems = gold.GroupBy(entry => entry.Index).ToDictionary(group => group.Key, group => group.Select(entry => entry.Span).ToList());
        IEnumerable<int> scored = allGold is null ? goldItems.Keys.Concat(correctItems) : Enumerable.Range(0, findings.Count);
        foreach (int index in scored)
        {
            foreach (Finding finding in findings[index].Where(finding => IsSpellingRule(checker, finding.Rule)))
            {
                diagnostics++;
                List<TextSpan> targets = allGold?[index] ?? goldItems.GetValueOrDefault(index) ?? [];
                onGold += targets.Any(finding.Hits) ? 1 : 0;
            }
        }

        return [$"{Report.Percent(detected, gold.Count)} ({detected}/{gold.Count})", $"{Report.Percent(onGold, diagnostics)} ({onGold}/{diagnostics})", $"{Report.Percent(topOne, detected)} ({topOne}/{detected})"];
    }

    /// <summary>A BEA spelling edit of a word that is not a word (real-word confusions, "then" for "than", are grammar).</summary>
    public static bool IsNonWordEdit(string text, Edit edit) =>
        BeaSection.Classify(text, edit) == "spelling" && !TextRepair.Lexicon.EnglishLexicon.Default.Contains(text.AsSpan(edit.Span.Start, edit.Span.Length).Trim());

    /// <summary>A misspelling proper: one word that is not a word, corrected by one word (real-word confusions such as "tow the line" are grammar).</summary>
    private static bool IsNonWordCorrection(LanguageToolExample example)
    {
        if (example.Corrections.Count == 0 || example.Marker is not { Length: > 0 } marker || example.Corrections[0].Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        string word = example.Sentence.Substring(marker.Start, marker.Length);
        return word.All(char.IsLetter) && !TextRepair.Lexicon.EnglishLexicon.Default.Contains(word);
    }
}
