using TextRepair.Analysis;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Analysis;

public class EngineTests
{
    private const string Defective = "Protesters flooded the the streets. That number Were hoping.";

    [Fact]
    public void Rules_have_ids_by_area_and_a_help_page_each()
    {
        Assert.All(Engines.Default.Rules, rule =>
        {
            Assert.Matches("^TR[1-6][0-9]{3}$", rule.Id);
            Assert.EndsWith($"docs/rules/{rule.Id}.md", rule.HelpLink.ToString(), StringComparison.Ordinal);
            string page = Path.Combine(RepositoryRoot(), "docs", "rules", rule.Id + ".md");
            Assert.True(File.Exists(page), $"{page} is missing.");
        });
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

    [Fact]
    public void Descriptors_are_validated()
    {
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor("X1", "t", "m", "c", DiagnosticSeverity.Info));
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
