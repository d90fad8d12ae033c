using TextRepair.Analysis;
using TextRepair.Tests.Support;
using TextRepair.Text;

namespace TextRepair.Tests.Analysis;

public class EngineTests
{
    private const string Defective = "Protesters flooded the the streets. That number Were hoping.";

    [Fact]
    public void Rules_have_ids_by_area_and_a_help_page_each()
    {
        Assert.All(Engines.Default.Rules, rule =>
        {
            Assert.Matches("^TR[0-6][0-9]{3}$", rule.Id);
            Assert.Equal($"https://github.com/textrepair/textrepair/blob/v0.1.0/docs/rules/{rule.Id}.md", rule.HelpLink.ToString());
            string page = Path.Combine(RepositoryRoot(), "docs", "rules", rule.Id + ".md");
            Assert.True(File.Exists(page), $"{page} is missing.");
        });
    }

    [Fact]
    public void Equal_options_are_equal_whatever_order_they_were_built_in()
    {
        TextRepairOptions first = TextRepairOptions.Default.WithRuleSeverity("TR2002", SeveritySetting.Off).WithUserWords(["Lukashenka", "Minsk"]);
        TextRepairOptions second = TextRepairOptions.Default.WithUserWords(["Minsk", "Lukashenka"]).WithRuleSeverity("tr2002", SeveritySetting.Off);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, first.WithRuleSeverity("TR2002", SeveritySetting.Info));
        Assert.NotEqual(first, first with { MaximumFixPasses = 3 });
        Assert.Equal(TextRepairOptions.Default, new TextRepairOptions());
    }

    [Fact]
    public void Many_texts_are_analysed_in_order_with_per_item_errors_and_other_inputs_read_the_same()
    {
        string[] texts = [.. Enumerable.Range(0, 200).Select(index => index % 3 == 0 ? Defective : $"Clean text number {index}.")];
        BatchResult[] results = [.. Engines.Default.AnalyzeMany([.. texts, null!, "The end."], maximumDegreeOfParallelism: 4)];
        Assert.Equal(Enumerable.Range(0, 202), results.Select(result => result.Index));
        Assert.All(results[..200], (result, index) => Assert.Equal(Engines.Default.Analyze(texts[index]).Diagnostics.Length, result.Result!.Diagnostics.Length));
        Assert.IsType<ArgumentNullException>(results[200].Error);
        Assert.True(results[201].Succeeded);

        int expected = Engines.Default.Analyze(Defective).Diagnostics.Length;
        Assert.Equal(expected, Engines.Default.Analyze(("[" + Defective + "]").AsMemory(1, Defective.Length)).Diagnostics.Length);
        Assert.Equal(Defective, SourceText.From(new StringReader(Defective)).ToString());
        Assert.Equal(Defective, SourceText.FromUtf8(new MemoryStream([.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(Defective)])).ToString());
        InvalidDataException bad = Assert.Throws<InvalidDataException>(() => SourceText.FromUtf8(new MemoryStream([0x41, 0xC3, 0x28])));
        Assert.Contains("offset 1", bad.Message, StringComparison.Ordinal);
        Engines.Default.WarmUp();
    }

    [Fact]
    public void A_rule_can_be_turned_off_or_given_another_severity()
    {
        TextRepairEngine quiet = TextRepairEngine.CreateDefault(TextRepairOptions.Default.WithRuleSeverity("TR2002", SeveritySetting.Off));
        Assert.DoesNotContain(quiet.Analyze(Defective).Diagnostics, d => d.Id == "TR2002");

        TextRepairEngine strict = TextRepairEngine.CreateDefault(TextRepairOptions.Default.WithRuleSeverity("TR2002", SeveritySetting.Error));
        Assert.Equal(DiagnosticSeverity.Error, strict.Analyze(Defective).Diagnostics.Single(d => d.Id == "TR2002").Severity);
    }

    [Fact]
    public void A_category_setting_applies_unless_the_rule_has_its_own()
    {
        TextRepairOptions options = TextRepairOptions.Default
            .WithCategorySeverity(DiagnosticCategory.Words, SeveritySetting.Off)
            .WithRuleSeverity("TR2003", SeveritySetting.Info);
        var diagnostics = TextRepairEngine.CreateDefault(options).Analyze(Defective).Diagnostics;
        Assert.Equal(["TR2003"], diagnostics.Select(d => d.Id));
        Assert.Equal(DiagnosticSeverity.Info, diagnostics[0].Severity);
    }

    [Fact]
    public void User_words_are_never_flagged()
    {
        TextRepairEngine engine = TextRepairEngine.CreateDefault(TextRepairOptions.Default.WithUserWords(["aOn"]));
        Assert.Empty(engine.Analyze("aOn Sunday, they met.").Diagnostics);
        Assert.NotEmpty(Engines.Default.Analyze("aOn Sunday, they met.").Diagnostics);
    }

    [Fact]
    public void Analysis_can_be_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => Engines.Default.Analyze(TestData.SeedArticle, cancellation.Token));
    }

    [Fact]
    public void One_engine_serves_many_threads_with_the_same_results()
    {
        string[] documents = TestData.WikinewsArticles.Select(article => article.ToDocument()).Append(TestData.SeedArticle).ToArray();
        string[] sequential = documents.Select(Describe).ToArray();
        string[] parallel = documents.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(Describe).ToArray();
        Assert.Equal(sequential, parallel);

        static string Describe(string text) => string.Join(";", Engines.Default.Analyze(text).Diagnostics);
    }

    [Fact]
    public void Diagnostics_are_sorted_by_position_then_id()
    {
        var diagnostics = Engines.Default.Analyze(TestData.SeedArticle).Diagnostics;
        Assert.Equal(diagnostics.OrderBy(d => d.Span).ThenBy(d => d.Id, StringComparer.Ordinal), diagnostics);
    }

    [Theory]
    [InlineData("X1")]
    [InlineData("TR123")]
    [InlineData("TR12345")]
    [InlineData("TR1234\n")]
    [InlineData("tr1234")]
    [InlineData("TR12a4")]
    [InlineData("TR１２３４")]
    public void A_rule_id_other_than_TR_and_four_ASCII_digits_is_refused(string id)
    {
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor(id, "t", "m", "c", DiagnosticSeverity.Info));
        Assert.Equal("TR1234", new DiagnosticDescriptor("TR1234", "t", "m", "c", DiagnosticSeverity.Info).Id);
    }

    [Fact]
    public void Descriptors_are_validated()
    {
        Assert.Throws<ArgumentException>(() => TextRepairEngine.Create([new TextRepair.Rules.Words.RepeatedWordAnalyzer(), new TextRepair.Rules.Words.RepeatedWordAnalyzer()]));
    }

    private static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "TextRepair.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("TextRepair.sln not found above the test directory.");
    }
}
