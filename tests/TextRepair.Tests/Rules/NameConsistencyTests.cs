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

    [Theory]
    [InlineData("Lukashenko spoke. Later Lukashenka left.")]
    [InlineData("Johnson spoke. Johnson left. Johnson won. Johnston lost.")]
    [InlineData("Lukashenko spoke. Lukashenko left. Lukashenko won. Lukashenka lost. Lukashenka won.")]
    [InlineData("Maria met Mario. Maria left. Maria won. Mario lost.")]
    public void Leaves_different_people_and_balanced_spellings_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR5002");
}
