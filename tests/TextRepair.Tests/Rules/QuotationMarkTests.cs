using TextRepair.Fixes;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class QuotationMarkTests
{
    [Theory]
    [InlineData("A protester said, “It is not good to get involved in our internal problems.” {|TR3001:”|}")]
    [InlineData("He told Al Jazeera: “This time it doesn’t work.{|TR3002: ”|}")]
    [InlineData("He told reporters: {|TR3003:“|}We will win.")]
    [InlineData("He said “no{|TR3002: ”|} to the plan.")]
    public void Reports_quotation_defects(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR3001", "TR3002", "TR3003");

    [Fact]
    public void A_stray_mark_is_reported_on_the_mark()
    {
        var diagnostic = Assert.Single(Engines.Default.Analyze("They said “no.” ” and left.").Diagnostics, d => d.Id == "TR3001");
        Assert.Equal(16, diagnostic.Span.Start);
        Assert.Equal(1, diagnostic.Span.Length);
        Assert.Equal(FixApplicability.Automatic, diagnostic.Fixes.Single().Applicability);
    }

    [Theory]
    [InlineData("Al Jazeera’s Step Wessen said: “Lukashenko has left Belarus.\n\n“He needs more support. But that support will come at a price.”")]
    [InlineData("\"I pledge that this Congress will be transparent,\" Pelosi told the public.")]
    [InlineData("Wilkins said,\" [Warhol] liked the way photo booths looked\". She explained.")]
    [InlineData("The virus was named \"severe acute respiratory syndrome coronavirus 2\" (SARS-CoV-2).")]
    [InlineData("The guard is 6' 2\" tall.")]
    [InlineData("“Whatever the outcome today, they are not on the table,” he said.")]
    [InlineData("The protesters’ rally and the ’90s rock 'n' roll.")]
    [InlineData("Clean news uses them on purpose (\"10 km\", \"Mr. Smith\") and \"90 percent\" of the time.")]
    public void Leaves_correct_quotations_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR3001", "TR3002", "TR3003");

    [Fact]
    public void A_paragraph_that_continues_an_open_quotation_may_close_it()
    {
        const string text = "He said: “The first part goes on.\n\nand the second part ends here.” Then he left.";
        DiagnosticMarkup.Verify(Engines.Default, text, "TR3001", "TR3003");
    }

    [Fact]
    public void A_quotation_open_at_the_end_of_the_document_is_reported()
    {
        DiagnosticMarkup.Verify(Engines.Default, "He said: “It goes on.\n\n{|TR3003:“|}And on, to the end.", "TR3003");
    }

    [Theory]
    [InlineData("They said “no.” ” and left.", "They said “no.” and left.")]
    [InlineData("“This time it doesn’t work. ”", "“This time it doesn’t work.”")]
    public void Fixes_remove_the_stray_mark_and_the_space(string text, string repaired) => Assert.Equal(repaired, Engines.Default.Repair(text));
}
