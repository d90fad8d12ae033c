using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class MissingFinalPunctuationTests
{
    [Fact]
    public void Reports_a_prose_paragraph_without_a_stop()
    {
        DiagnosticMarkup.Verify(
            Engines.Default,
            "Headline\n\nProtests, characterized by some violence, have held the country for five weeks since the vote, seen at some anti-Kremlin {|TR3007:rallies|}\n\nNext paragraph.",
            "TR3007");
    }

    [Theory]
    [InlineData("Belarus news opposing Lukashenko reached Russia for talks with Putin\n\nThe first paragraph.")]
    [InlineData("The first paragraph.\n\nAl Jazeera and news agencies")]
    [InlineData("The first paragraph.\n\nCoast to Coast AM airs on more than 600 stations in the U.S.")]
    [InlineData("The first paragraph.\n\nMINSK, Belarus (AP)")]
    [InlineData("The first paragraph.\n\nOpposition Leader Says The Protests In Minsk Will Continue Until The Election Is Repeated")]
    [InlineData("The parties are the following:\n\nthe party of the workers of the city and of the country in its region")]
    [InlineData("The first paragraph.\n\n- a list item with many words in it, more than eight of them here")]
    [InlineData("The first paragraph.\n\n“He said the support will come at a price, and that the price is high”")]
    public void Leaves_headlines_bylines_and_lists_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR3007");

    /// <summary>
    /// A page of several stories (or a list of related headlines) has headlines after its first paragraph: a sentence
    /// without an article reads as one; a sentence of prose keeps its articles and is still reported.
    /// </summary>
    [Theory]
    [InlineData("The first story ends here.\n\nFlorida highway pileup, fire kills five children, two truck drivers\n\nA pileup on a Florida highway killed seven.")]
    [InlineData("The first story ends here.\n\nPolice arrest twelve after explosives kill jackal in Tamil Nadu, India\n\nPolice in Tamil Nadu arrested twelve men.")]
    [InlineData("The first story ends here.\n\nUK Prime Minister Johnson suspends parliament for five weeks as Brexit deadline approaches")]
    public void Leaves_a_headline_after_another_story_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR3007");

    [Theory]
    [InlineData("The first story ends here.\n\nPolice arrested twelve men on Monday after the explosives killed a jackal near the {|TR3007:village|}\n\nNext paragraph.")]
    [InlineData("The first story ends here.\n\nThe pileup killed five children and two truck drivers on the {|TR3007:highway|}")]
    [InlineData("The first story ends here.\n\nPolice arrested twelve men on Monday. They said explosives killed the {|TR3007:jackal|}")]
    public void Reports_prose_with_an_article_or_several_sentences(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR3007");

    /// <summary>
    /// Text filled to a width: a line that ends inside a sentence is no paragraph's end (a full stop was inserted after
    /// "and that the"), nor one after which a name may go on ("official Troy" above "Roberts"); the filled paragraph's own
    /// end is still read.
    /// </summary>
    [Fact]
    public void Leaves_the_lines_of_filled_text_alone_and_reads_the_paragraph_end()
    {
        const string text =
            "Headline\n\n" +
            "The minister said on Monday that the talks with the European Union would\n" +
            "resume next week, and that the government expected an agreement before\n" +
            "the end of the year. Florida Department of Transportation official Troy\n" +
            "Roberts said yesterday morning the road itself, which is straight in the\n" +
            "vicinity, will be examined as part of the investigations into the {|TR3007:crash|}\n\n" +
            "Next paragraph.";
        DiagnosticMarkup.Verify(Engines.Default, text, "TR3007");
        Assert.Equal(text.Replace("{|TR3007:crash|}", "crash.", StringComparison.Ordinal), Engines.Default.Repair(text.Replace("{|TR3007:crash|}", "crash", StringComparison.Ordinal)));
    }

    /// <summary>A line of separate sentences without stops, above a sentence's usual opener, still ends its paragraph.</summary>
    [Fact]
    public void Reports_a_line_above_a_sentence_opener()
    {
        DiagnosticMarkup.Verify(
            Engines.Default,
            "Headline\n\nThe first batch of personal pension wealth management products went on {|TR3007:sale|}\nThe first batch of personal pension wealth management products went on sale.",
            "TR3007");
    }

    [Fact]
    public void Fix_adds_a_stop_after_the_last_word()
    {
        Assert.Equal(
            "Title\n\nProtests have held the country for five weeks since the vote, seen at rallies.",
            Engines.Default.Repair("Title\n\nProtests have held the country for five weeks since the vote, seen at rallies"));
    }
}
