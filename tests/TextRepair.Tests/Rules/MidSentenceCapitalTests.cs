using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class MidSentenceCapitalTests
{
    [Theory]
    [InlineData("That number {|TR2003:Were|} hoping to show less.")]
    [InlineData("Lukashenko, who has ruled Eastern European {|TR2003:Since|} 1994, a nation of 9.5 million people.")]
    [InlineData("The ministry said the talks {|TR2003:Would|} continue on Monday.")]
    [InlineData("We see it in Afghanistan, Syria {|TR2003:And|} even in Australia.")]
    [InlineData("Candidate Gricol Yang is a Commercial Banker {|TR2003:And|} works for ANZ Banking Group.")]
    [InlineData("He spoke with nominee Bill Hammons of Colorado {|TR2003:To|} discuss the campaign.")]
    public void Reports_capitals_on_function_words(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR2003");

    [Theory]
    [InlineData("The Hague and the Bank Of America reported it to The New York Times.")]
    [InlineData("Belarus Opposition Leader Says Protests Were Peaceful")]
    [InlineData("He said: Were it not for the police, nothing would have happened.")]
    [InlineData("She asked, “Were you there?”")]
    [InlineData("The winner was James To, and Wilson Or came second.")]
    [InlineData("The minister James To said the plan failed, and Kelly To says so.")]
    [InlineData("Biden Wins In Landslide As Voters Turn Out In Record Numbers")]
    [InlineData("Officials (Were they told?) did not answer.")]
    [InlineData("Will Will notice this? Can Can come?")]
    [InlineData("She starred in Into the Woods on Broadway last year.")]
    [InlineData("The trio played songs from With the Beatles at the festival.")]
    [InlineData("I'm having trouble implementing the Into trait for a generic struct.")]
    [InlineData("Olivia certainly is the It girl, and the Will of the people prevailed in the May vote.")]
    [InlineData("The statement read \"Stardom fans, We are very sorry.\" Ladies and gentlemen, We have landed.")]

    // The ideographic full stop and fullwidth marks that translation from Chinese leaves end sentences too: "he" would
    // have been a wrong fix.
    [InlineData("The products are listed。 He said so！ They agreed？ We left.")]
    public void Leaves_names_titles_and_new_starts_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR2003");

    [Theory]
    [InlineData("The decision was made by the leader of {|TR2003:The|} party on Monday.")]
    [InlineData("Officials said the road, which is straight in {|TR2003:The|} vicinity, will be examined.")]
    [InlineData("Gownaris answered a series of questions {|TR2003:For|} our correspondent.")]
    [InlineData("In a statement, {|TR2003:The|} current bishop said he would stay.")]
    [InlineData("They hope people {|TR2003:Can|} hold their forum in June.")]
    [InlineData("Johnson became leader {|TR2003:Of|} the Conservative Party in July.")]
    [InlineData("The crowd grew to {|TR2003:About|} 50 people by noon.")]
    [InlineData("Wikinews attended {|TR2003:The|} sixth annual fair in Tyler. The warnings apply {|TR2003:From|} tomorrow night.")]
    [InlineData("The the very idea, the only way and the then mayor stayed; the {|TR2003:The|} was a slip.")]
    [InlineData("As far as I know, {|TR2003:This|} would be the first case, and he was charged with murder, {|TR2003:They|} said.")]
    public void Reports_common_openers_where_the_sentence_goes_on(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR2003");

    [Fact]
    public void A_common_opener_that_may_start_a_lost_sentence_is_fixed_only_on_request()
    {
        const string text = "Eddie Chu received the largest vote in any geographical constituency In the New Territories West geographical constituency, Chu was elected.";
        SuggestedOnly.Verify(text, "TR2003");
        Assert.Equal("It was the leader of the party.", Engines.Default.Repair("It was the leader of The party."));
    }

    [Fact]
    public void A_common_opener_that_opens_the_sentence_is_no_name()
    {
        Assert.Equal("According to the filing, Ford disclosed it.", Engines.Default.Repair("According To the filing, Ford disclosed it."));
        DiagnosticMarkup.Verify(Engines.Default, "The winner was James To, and Wilson Or came second.", "TR2003");
    }

    [Fact]
    public void After_a_capitalized_word_the_fix_is_only_suggested()
    {
        var diagnostic = Assert.Single(Engines.Default.Analyze("He ruled Eastern European Since 1994.").Diagnostics);
        Assert.Equal(FixApplicability.Suggested, diagnostic.Fixes.Single().Applicability);
        Assert.Equal("That number were hoping to show less.", Engines.Default.Repair("That number Were hoping to show less."));
    }
}
