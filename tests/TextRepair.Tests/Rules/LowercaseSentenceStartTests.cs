using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class LowercaseSentenceStartTests
{
    [Theory]
    [InlineData("She is guilty. {|TR2006:she|} knew it.")]
    [InlineData("Thanks a lot by the way. {|TR2006:this|} meant a lot to me.")]
    [InlineData("{|TR2006:there|} is no way she is not guilty.")]
    [InlineData("Why did it fail? {|TR2006:because|} it rained in 2019. {|TR2006:the|} roads were closed!")]
    [InlineData("The vote was held on Sunday.\n\n{|TR2006:the|} results came on Monday.")]
    public void Reports_a_sentence_that_starts_in_lowercase(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR2006");

    [Theory]
    [InlineData("It costs approx. the same as before, esp. if it rains.")]

    // Abbreviations the part-of-speech lexicon knows as words: the list keeps them.
    [InlineData("The bag weighs 5 lb. and the box 3 oz. more, and the fees, etc. are listed in fig. and table.")]
    [InlineData("Shares of Acme Inc. and its partners rose at 10 a.m. on Monday in the U.S. and abroad.")]
    [InlineData("iPhone sales rose. mRNA vaccines helped. macOS users waited.")]
    [InlineData("de Gaulle spoke first. van Gogh painted it.")]
    [InlineData("The sins: a) leaving home. b) refusing the offer.")]
    [InlineData("python lsp (fork of pyright)")]
    [InlineData("The minister said that the\n\nplan was good.")]
    [InlineData("The list follows:\n\nthe first item is the budget.")]
    [InlineData("He waited... and waited. i think so.")]
    public void Leaves_abbreviations_brands_particles_and_broken_paragraphs_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR2006");

    [Fact]
    public void A_capital_after_a_stop_is_fixed_unattended_and_one_at_a_paragraphs_start_is_suggested()
    {
        Assert.Equal("She is guilty. She knew it.", Engines.Default.Repair("She is guilty. she knew it."));
        const string Fragment = "there is no way she is not guilty.";
        Assert.Equal(Fragment, Engines.Default.Repair(Fragment));
        Diagnostic diagnostic = Assert.Single(Engines.Default.Analyze(Fragment).Diagnostics, d => d.Id == "TR2006");
        Assert.Equal(FixApplicability.Suggested, Assert.Single(diagnostic.Fixes).Applicability);
        Assert.Equal("T", Assert.Single(Assert.Single(diagnostic.Fixes).Changes).NewText);
    }
}
