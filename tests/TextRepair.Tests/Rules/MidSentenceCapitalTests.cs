using TextRepair.Fixes;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class MidSentenceCapitalTests
{
    [Theory]
    [InlineData("That number {|TR2003:Were|} hoping to show less.")]
    [InlineData("Lukashenko, who has ruled Eastern European {|TR2003:Since|} 1994, a nation of 9.5 million people.")]
    [InlineData("The ministry said the talks {|TR2003:Would|} continue on Monday.")]
    public void Reports_capitals_on_function_words(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR2003");

    [Theory]
    [InlineData("The Hague and the Bank Of America reported it to The New York Times.")]
    [InlineData("Belarus Opposition Leader Says Protests Were Peaceful")]
    [InlineData("He said: Were it not for the police, nothing would have happened.")]
    [InlineData("She asked, “Were you there?”")]
    [InlineData("The winner was James To, and Wilson Or came second.")]
    [InlineData("Votes were counted in every constituency In the New Territories West, turnout was high.")]
    [InlineData("Officials (Were they told?) did not answer.")]
    public void Leaves_names_titles_and_new_starts_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR2003");

    [Fact]
    public void After_a_capitalized_word_the_fix_is_only_suggested()
    {
        var diagnostic = Assert.Single(Engines.Default.Analyze("He ruled Eastern European Since 1994.").Diagnostics);
        Assert.Equal(FixApplicability.Suggested, diagnostic.Fixes.Single().Applicability);
        Assert.Equal("That number were hoping to show less.", Engines.Default.Repair("That number Were hoping to show less."));
    }
}
