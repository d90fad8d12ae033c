using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class LowercasePronounTests
{
    [Theory]
    [InlineData("{|TR2005:i|} am hungry, and {|TR2005:i|} think {|TR2005:i'm|} right.")]
    [InlineData("Last week {|TR2005:i’d’ve|} gone, but {|TR2005:i'll|} stay and {|TR2005:i've|} said so; {|TR2005:i|} never left.")]
    [InlineData("\"First of all, {|TR2005:i|} was not happy with this,\" she wrote.")]
    [InlineData("There is no one stronger than {|TR2005:i|}, and she is as tall as {|TR2005:i|}.")]
    public void Reports_the_pronoun_in_lowercase(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR2005");

    [Theory]
    [InlineData("The list: (i) the ballots, (ii) the count. He wrote x[i] = 0, and for i in range(10) it ran.")]
    [InlineData("Prawo i Sprawiedliwość won, as did Bosna i Hercegovina, and i tifosi cheered.")]
    [InlineData("\"[i]t felt like a dream,\" she said, \"and [i]f it rains, we stay.\"")]
    [InlineData("Do tests for these: i breath, ii heartbeat, iii pulse.")]
    [InlineData("The list runs from i to iii, and item ii comes later than i in the order.")]
    [InlineData("The iPhone runs on i386 chips in UDEREF/i386 builds, and I am sure I'm right.")]
    public void Leaves_numerals_code_and_other_languages_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR2005");

    [Theory]
    [InlineData("i am hungry.", "I am hungry.")]
    [InlineData("Grid view is not working, i'm not using any template.", "Grid view is not working, I'm not using any template.")]
    public void The_fix_capitalizes_the_letter_unattended(string text, string repaired) => Assert.Equal(repaired, Engines.Default.Repair(text));
}
