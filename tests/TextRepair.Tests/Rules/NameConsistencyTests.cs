using TextRepair.Analysis;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class NameConsistencyTests
{
    private const string Story = "Lukashenko spoke. Lukashenko’s plane landed. Lukashenko met Putin. ";

    [Fact]
    public void Reports_the_rare_spelling_of_a_name()
    {
        DiagnosticMarkup.Verify(Engines.Default, Story + "Later {|TR5002:Lukashenka|} left.", "TR5002");
    }

    [Fact]
    public void Suggests_the_usual_spelling()
    {
        var diagnostic = Assert.Single(Engines.Default.Analyze(Story + "Later Lukashenka left.").Diagnostics, d => d.Id == "TR5002");
        Assert.Equal("Lukashenko", diagnostic.Fixes[0].Changes[0].NewText);
    }

    [Fact]
    public void Of_two_usual_spellings_the_rare_one_is_told_the_most_used()
    {
        // Both usual spellings are one letter from the rare one; the one the document uses more wins, wherever it first stands.
        string text = "Zarkova spoke. Zarkova left. Zarkova won. "
            + "Zarkovo spoke. Zarkovo left. Zarkovo won. Zarkovo lost. Zarkovo came. Zarkovo went. Zarkovo sat. Zarkovo ran. Zarkovo ate. "
            + "Then Zarkovi arrived.";
        Diagnostic diagnostic = Assert.Single(Engines.Default.Analyze(text).Diagnostics, d => d.Id == "TR5002" && d.Span.Start == text.IndexOf("Zarkovi", StringComparison.Ordinal));
        Assert.Equal("Zarkovo", diagnostic.Fixes[0].Changes[0].NewText);
    }

    [Theory]
    [InlineData("Lukashenko spoke. Later Lukashenka left.")]
    [InlineData("Johnson spoke. Johnson left. Johnson won. Johnston lost.")]
    [InlineData("Lukashenko spoke. Lukashenko left. Lukashenko won. Lukashenka lost. Lukashenka won.")]
    [InlineData("Maria met Mario. Maria left. Maria won. Mario lost.")]
    public void Leaves_different_people_and_balanced_spellings_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR5002");
}
