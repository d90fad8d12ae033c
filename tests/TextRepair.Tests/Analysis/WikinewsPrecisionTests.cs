using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Analysis;

/// <summary>
/// Precision on clean professional news: the Wikinews dev articles (CC BY 2.5, Wikinews contributors), as documents of
/// a title and paragraphs. The default rules other than spelling and name consistency may raise at most one diagnostic
/// per 5,000 words, and each one must be a defect of the text that a human has reviewed (listed below); <c>Repair</c>
/// may change only those.
/// </summary>
public class WikinewsPrecisionTests
{
    /// <summary>Real defects of the "clean" data, reviewed one by one: the rules are right to report them.</summary>
    private static readonly (string Id, string Context)[] ReviewedDefects =
    [
        ("TR2002", "arrived at at about"),
        ("TR2002", "were good good couple"),
        ("TR2002", "is to to divide"),
        ("TR2004", "in a another block"),
        ("TR2004", "is a intelligence base"),
        ("TR3005", "Oberster Gerichtshof"),
        ("TR3007", "the position of chairman"),

        // A heading run into its paragraph ("... in any geographical constituency In the New Territories West ..."): the
        // sentence boundary is lost; reported with a suggested fix only, so Repair leaves it.
        ("TR2003", "constituency In the New"),

        // A zero-width joiner between a space and a Latin letter, left by a language template: it joins nothing.
        ("TR1002", "Spanish language:"),

        // A zero-width joiner between an apostrophe and "s" ("the Post'\u200Ds report"), wiki markup's escape: it joins nothing.
        ("TR1002", "the Post'\u200Ds"),
    ];

    [Fact]
    public void Default_rules_stay_nearly_silent_and_only_report_reviewed_defects()
    {
        int words = 0;
        var diagnostics = new List<string>();
        foreach (WikinewsArticle article in TestData.WikinewsArticles)
        {
            string document = article.ToDocument();
            words += document.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            foreach (Diagnostic diagnostic in Engines.Default.Analyze(document).Diagnostics.Where(diagnostic => !IsSpellingOrName(diagnostic) && !IsFluency(diagnostic)))
            {
                string context = document.Substring(Math.Max(0, diagnostic.Span.Start - 30), Math.Min(70, document.Length - Math.Max(0, diagnostic.Span.Start - 30)));
                bool reviewed = ReviewedDefects.Any(defect => defect.Id == diagnostic.Id && context.Contains(defect.Context, StringComparison.Ordinal));
                Assert.True(reviewed, $"False alarm in {article.Url}: {diagnostic} near '{context}'");
                diagnostics.Add(diagnostic.Id);
            }
        }

        Assert.True(words > 50_000, $"Only {words} words read.");
        Assert.True(diagnostics.Count * 5_000 <= words, $"{diagnostics.Count} diagnostics on {words} words.");
    }

    /// <summary>
    /// Spelling and name consistency: at most one diagnostic per 2,000 words. Names are the hard part; what keeps them
    /// quiet is that capitalized words are never spell-checked, and a word the document uses twice is trusted.
    /// </summary>
    [Fact]
    public void Spelling_and_name_rules_raise_at_most_one_diagnostic_per_2000_words()
    {
        int words = 0;
        int diagnostics = 0;
        foreach (WikinewsArticle article in TestData.WikinewsArticles)
        {
            string document = article.ToDocument();
            words += document.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            diagnostics += Engines.Default.Analyze(document).Diagnostics.Count(IsSpellingOrName);
        }

        Assert.True(diagnostics * 2_000 <= words, $"{diagnostics} spelling and name diagnostics on {words} words.");
    }

    /// <summary>
    /// The fluency rules (TR6xxx) judge phrasing by a statistical model, so a few findings on clean text are expected:
    /// at most 0.5 per 1,000 words (about 0.2 measured), and none may be automatic. The fragment rule must stay silent.
    /// </summary>
    [Fact]
    public void Fluency_rules_add_at_most_half_a_diagnostic_per_1000_words()
    {
        int words = 0;
        var found = new List<Diagnostic>();
        foreach (WikinewsArticle article in TestData.WikinewsArticles)
        {
            string document = article.ToDocument();
            words += document.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            found.AddRange(Engines.Default.Analyze(document).Diagnostics.Where(IsFluency));
        }

        Assert.True(found.Count * 2_000 <= words, $"{found.Count} fluency diagnostics on {words} words.");
        Assert.All(found, diagnostic => Assert.All(diagnostic.Fixes, fix => Assert.Equal(FixApplicability.Suggested, fix.Applicability)));
        Assert.DoesNotContain(found, diagnostic => diagnostic.Id == "TR6002");
    }

    /// <summary>
    /// The same articles filled to 72 columns, as mail and wire copy are: read a line at a time, every line lacked its
    /// stop (2,642 full stops inserted into 330 KB of them, one after "and that the"). Filled, they may raise no more
    /// missing stops than as a paragraph a line, and hardly more of anything else (a quotation across a line that ends a
    /// sentence is read as two paragraphs: measured, 8 more on 63,000 words).
    /// </summary>
    [Fact]
    public void Articles_filled_to_72_columns_raise_what_they_raise_a_paragraph_a_line()
    {
        int words = 0;
        int asLines = 0;
        int filled = 0;
        int stopsAsLines = 0;
        int stopsFilled = 0;
        foreach (WikinewsArticle article in TestData.WikinewsArticles)
        {
            string document = article.ToDocument();
            string filledDocument = article.Title + "\n\n" + string.Join("\n\n", article.Paragraphs.Select(paragraph => Fill(paragraph, 72))) + "\n";
            words += document.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Diagnostic[] lineDiagnostics = [.. Engines.Default.Analyze(document).Diagnostics.Where(diagnostic => !IsSpellingOrName(diagnostic))];
            Diagnostic[] filledDiagnostics = [.. Engines.Default.Analyze(filledDocument).Diagnostics.Where(diagnostic => !IsSpellingOrName(diagnostic))];
            asLines += lineDiagnostics.Length;
            filled += filledDiagnostics.Length;
            stopsAsLines += lineDiagnostics.Count(diagnostic => diagnostic.Id == "TR3007");
            stopsFilled += filledDiagnostics.Count(diagnostic => diagnostic.Id == "TR3007");
        }

        Assert.True(stopsFilled <= stopsAsLines, $"{stopsFilled} missing stops filled, {stopsAsLines} a paragraph a line.");
        Assert.True((filled - asLines) * 5_000 <= words, $"{filled} diagnostics filled, {asLines} a paragraph a line, on {words} words.");
    }

    /// <summary>Fills <paramref name="paragraph"/> to <paramref name="width"/> columns as a mail program does: as many words a line as fit.</summary>
    private static string Fill(string paragraph, int width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (string word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return string.Join("\n", lines);
    }

    private static bool IsFluency(Diagnostic diagnostic) => diagnostic.Descriptor.Category == DiagnosticCategory.Fluency;

    private static bool IsSpellingOrName(Diagnostic diagnostic) =>
        diagnostic.Descriptor.Category == DiagnosticCategory.Spelling || diagnostic.Id == "TR5002";

    [Fact]
    public void Repair_changes_no_paragraph_but_those_with_reviewed_defects()
    {
        foreach (string paragraph in TestData.WikinewsParagraphs)
        {
            string repaired = Engines.Default.Repair("Title\n\n" + paragraph)["Title\n\n".Length..];
            if (repaired != paragraph)
            {
                Assert.True(ReviewedDefects.Any(defect => paragraph.Contains(defect.Context, StringComparison.Ordinal)), $"Repair changed '{paragraph}' into '{repaired}'.");
            }
        }
    }
}
