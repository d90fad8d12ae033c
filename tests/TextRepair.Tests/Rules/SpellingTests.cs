using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexicon;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class SpellingTests
{
    [Theory]
    [InlineData("The {|TR4001:goverment|} said so on Monday.")]
    [InlineData("It was {|TR4001:previusly|} reported by the agency.")]
    [InlineData("They fired two {|TR4001:missles|} at the port.")]
    [InlineData("He arrived in {|TR4002:thecapital|} on Monday.")]
    public void Reports_unknown_words_and_words_run_together(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR4001", "TR4002");

    [Theory]
    [InlineData("Lukashenko met Putin in Sochi, and Tsikhanouskaya spoke in Vilnius.")]
    [InlineData("The reopenings of unvaccinated podcasters came after the lockdown.")]
    [InlineData("The brines were salty. Scientists studied the brines.")]
    [InlineData("In his speech he said: a pesar de contar con el mandato del pueblo que me eligió, hoy siento que continuar aquí es difícil.")]
    [InlineData("The shark Carcharodon carcharias swam en masse near www.example.org and file_name.txt.")]
    [InlineData("It was a naïve and café-style plan from 2020s COVID-19 talks, the people's choice.")]
    [InlineData("The takedown notices followed the lockdown.")]
    public void Leaves_names_known_words_and_foreign_text_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR4001", "TR4002");

    [Fact]
    public void Suggestions_keep_the_case_and_are_never_automatic()
    {
        Diagnostic diagnostic = Assert.Single(Engines.Default.Analyze("The goverment met.").Diagnostics);
        Assert.Equal("government", diagnostic.Fixes[0].Changes[0].NewText);
        Assert.All(diagnostic.Fixes, fix => Assert.Equal(FixApplicability.Suggested, fix.Applicability));
        Assert.Equal("The goverment met.", Engines.Default.Repair("The goverment met."));
    }

    [Fact]
    public void A_split_comes_first_and_the_corrections_follow()
    {
        Diagnostic diagnostic = Assert.Single(Engines.Default.Analyze("He arrived in thecapital today.").Diagnostics);
        Assert.Equal("TR4002", diagnostic.Id);
        Assert.Equal(" ", diagnostic.Fixes[0].Changes[0].NewText);
        Assert.Equal(17, diagnostic.Fixes[0].Changes[0].Span.Start);
    }

    [Fact]
    public void User_words_are_not_flagged()
    {
        TextRepairEngine engine = TextRepairEngine.CreateDefault(TextRepairOptions.Default.WithUserWords(["goverment"]));
        Assert.Empty(engine.Analyze("The goverment met.").Diagnostics);
    }

    [Fact]
    public void A_user_dictionary_file_is_read_one_word_a_line()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# newsroom words", "", "goverment", "  Lukashenka  "]);
            TextRepairOptions options = TextRepairOptions.Default.WithUserWordsFromFile(path);
            Assert.Equal(["Lukashenka", "goverment"], options.UserWords.Order(StringComparer.Ordinal));
            Assert.Empty(TextRepairEngine.CreateDefault(options).Analyze("The goverment met.").Diagnostics);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_lexicon_knows_common_words_and_ranks_suggestions()
    {
        EnglishLexicon lexicon = EnglishLexicon.Default;
        Assert.True(lexicon.Contains("the"));
        Assert.True(lexicon.Contains("The"));
        Assert.True(lexicon.Contains("doesn’t"));
        Assert.False(lexicon.Contains("goverment"));
        Assert.True(lexicon.TryGetWord("Kremlin", out WordInfo kremlin) && kremlin.Level > 0);
        Assert.Equal("government", lexicon.Suggest("goverment")[0].Word);
        Assert.Equal("receive", lexicon.Suggest("recieve")[0].Word);
        Assert.Equal("the", lexicon.Suggest("teh")[0].Word);
        Assert.True(lexicon.GetBigramCount("the", "capital") > 100_000);
    }
}
