using TextRepair.Analysis;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class ConflictingTimeReferenceTests
{
    [Theory]
    [InlineData("Last week, 65-year-old Lukashenko gave an interview {|TR5001:this week|} to Russian journalists.")]
    [InlineData("The company last year reported a loss {|TR5001:this year|} in Europe.")]
    public void Reports_last_and_this_in_one_clause(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR5001");

    [Theory]
    [InlineData("Sales fell last year but rose this year.")]
    [InlineData("Prices rose more this year than last year.")]
    [InlineData("In the last week of May, talks resumed this week.")]
    [InlineData("Last year's winner returns this year.")]
    [InlineData("He said yesterday that the vote will happen tomorrow.")]
    [InlineData("Last week, the ministry said this month would be decisive.")]
    public void Leaves_different_events_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR5001");

    [Fact]
    public void Is_information_without_a_fix()
    {
        Diagnostic diagnostic = Assert.Single(Engines.Default.Analyze("Last week, he gave an interview this week.").Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Empty(diagnostic.Fixes);
    }
}
