using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class RepeatedWordTests
{
    [Theory]
    [InlineData("Protesters flooded the {|TR2002:the|} streets of Minsk.")]
    [InlineData("The {|TR2002:the|} streets were full.")]
    [InlineData("Sviatlana Tsikhanouskaya arrived at {|TR2002:at|} about 20:00.")]
    [InlineData("They were mass atrocities towards people. {|TR2002:People|}. They were beaten.")]
    [InlineData("This is {|TR2002:is|} a test of the rule.")]
    [InlineData("The URL is not formatted according to {|TR2002:to|} RFC 2396.")]
    [InlineData("There may be a chance to {|TR2002:to|} refer to it.")]
    [InlineData("So {|TR2002:so|} I choose Team Zorin. There {|TR2002:there|} were several speakers.")]
    [InlineData("He left. {|TR2002:It it’s|} an interesting tool, and {|TR2002:you you're|} welcome.")]
    public void Reports_repeated_words(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR2002");

    [Theory]
    [InlineData("Had she known what he had had to endure, she would have stayed.")]
    [InlineData("He said that that decision was final.")]
    [InlineData("Fans waved bye bye to the team.")]
    [InlineData("Duran Duran played in Walla Walla last night.")]
    [InlineData("Will will notice this.")]
    [InlineData("Will Will notice this?")]
    [InlineData("Will he resign? No. No one believes he will.")]
    [InlineData("The vote was close. Close enough for a recount.")]
    [InlineData("Indeed says to store messages to jobs I've applied to to stand out.")]
    [InlineData("Which packages do I need to refer to to create my own runner?")]
    [InlineData("Do what you have to to take care of yourself, and adjust as you need to to increase their productivity.")]
    [InlineData("To address address problems, they planned to record record profits.")]
    [InlineData("What it is is a scam, and what they do do is legal.")]
    [InlineData("There there, don't cry. Now now, be fair. It was a so so film, and I know that that's true.")]
    [InlineData("Will will've left by then, and Duran Duran's fans stayed.")]
    public void Leaves_legitimate_repeats_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR2002");

    [Theory]
    [InlineData("Protesters flooded the the streets.", "Protesters flooded the streets.")]
    [InlineData("The the streets were full.", "The streets were full.")]
    [InlineData("The filter is applied to to correction graphs.", "The filter is applied to correction graphs.")]
    [InlineData("Atrocities towards people. People. They were beaten.", "Atrocities towards people. They were beaten.")]
    [InlineData("He left. It it’s late. So so we go.", "He left. It’s late. So we go.")]
    [InlineData("We will seek to reach reach across the aisle, and pundits were asked to give give their predictions.", "We will seek to reach across the aisle, and pundits were asked to give their predictions.")]
    public void Fixes_remove_the_repeat(string text, string repaired) => Assert.Equal(repaired, Engines.Default.Repair(text));

    [Theory]
    [InlineData("They want the law to to change.")]
    [InlineData("The exhibition, which is located in Evansville, is to to run from January 23 through March 9.")]
    [InlineData("My plan was to to expand the program.")]
    public void A_doubled_to_elsewhere_is_reported_but_fixed_only_on_request(string text)
    {
        var diagnostic = Assert.Single(Engines.Default.Analyze(text).Diagnostics, d => d.Id == "TR2002");
        Assert.Equal(TextRepair.Fixes.FixApplicability.Suggested, Assert.Single(diagnostic.Fixes).Applicability);
        Assert.Equal(text, Engines.Default.Repair(text));
    }
}
