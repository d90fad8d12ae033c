using TextRepair.Analysis;
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
    [InlineData("The paper called it „ein Erfolg“ and left; “a start” and {|TR3003:“|}more.")]
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
    [InlineData("The paper called it „ein Erfolg“ and the mayor „a victory“.")]
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

    [Fact]
    public void Straight_marks_are_left_alone_by_default()
    {
        Assert.DoesNotContain(Engines.Default.Analyze("\"I pledge to be transparent,\" Pelosi said.").Diagnostics, d => d.Id == "TR3009");
        Assert.False(Engines.Default.Rules.Single(rule => rule.Id == "TR3009").IsEnabledByDefault);
    }

    [Theory]
    [InlineData("{|TR3009:\"|}I pledge to be transparent,{|TR3009:\"|} Pelosi said.")]
    [InlineData("The {|TR3009:\"|}Plan{|TR3009:\"|} proposes new stations, and the {|TR3009:\"|}dual gigabit{|TR3009:\"|} goal stays.")]
    [InlineData("Wilkins said,{|TR3009:\"|} [Warhol] liked the way photo booths looked{|TR3009:\"|}. She explained.")]
    [InlineData("The guard is 6' 2\" tall and said “fine”.")]
    public void Reports_straight_marks_when_the_house_style_asks_for_typographic_ones(string markup) => DiagnosticMarkup.Verify(Engines.AllRules, markup, "TR3009");

    [Theory]
    [InlineData("\"I pledge to be transparent,\" Pelosi said.", "“I pledge to be transparent,” Pelosi said.")]
    [InlineData("The \"Plan\" proposes new stations.", "The “Plan” proposes new stations.")]
    [InlineData("He said: “fine.”", "He said: “fine.”")]
    public void Fixes_turn_straight_marks_into_typographic_ones_and_keep_them(string text, string repaired)
    {
        Assert.Equal(repaired, Engines.AllRules.Repair(text));
        Assert.Equal(repaired, Engines.AllRules.Repair(repaired));
    }

    [Fact]
    public void A_mark_whose_side_the_glue_contradicts_is_only_suggested()
    {
        // Paired in order, the second mark closes; glued to the word after it, it looks like an opener: a human decides.
        Diagnostic[] found = [.. Engines.AllRules.Analyze("Wilkins said,\" [Warhol] liked photo booths\". She left.").Diagnostics.Where(d => d.Id == "TR3009")];
        Assert.Equal(2, found.Length);
        Assert.Equal(FixApplicability.Suggested, found[0].Fixes.Single().Applicability);
        Assert.Equal("“", found[0].Fixes.Single().Changes.Single().NewText);
        Assert.Equal(FixApplicability.Automatic, found[1].Fixes.Single().Applicability);
        Assert.Equal("”", found[1].Fixes.Single().Changes.Single().NewText);
    }
}
