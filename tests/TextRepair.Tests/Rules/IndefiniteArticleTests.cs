using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class IndefiniteArticleTests
{
    [Theory]
    [InlineData("The country held {|TR2004:a|} election in August.")]
    [InlineData("Police broke up {|TR2004:an|} protest in Minsk.")]
    [InlineData("{|TR2004:A|} urgent debate was held.")]
    [InlineData("It is {|TR2004:a|} 18-year-old tradition.")]
    [InlineData("He waited for {|TR2004:a|} hour.")]
    [InlineData("It was {|TR2004:an|} unique event.")]
    [InlineData("Play {|TR2004:a|} mp3 file with {|TR2004:a|} FFmpeg-compatible tool on {|TR2004:a|} RFLink device.")]
    [InlineData("Here is {|TR2004:a|} HTML document from {|TR2004:a|} LLM, {|TR2004:a|} AM transmitter and {|TR2004:an|} UN member.")]
    [InlineData("She wore {|TR2004:an|} facemask and met {|TR2004:an|} cosplayer.")]
    [InlineData("He went to {|TR2004:a|} “industry party” and {|TR2004:an|} \"party\" event.")]
    public void Reports_the_wrong_article(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR2004");

    [Theory]
    [InlineData("She waited an hour for an honest answer from a university official.")]
    [InlineData("It was a one-off, a European decision, and a unanimous vote.")]
    [InlineData("An MP met an FBI agent, a NATO envoy and an NGO worker.")]
    [InlineData("An 18-year-old and an 8-year-old met an 11-year-old, a 1-year-old and a 100-year-old.")]
    [InlineData("He was an F.B.I. agent and a U.S. citizen.")]
    [InlineData("It was a historic day, or an historic day, at a hotel.")]
    [InlineData("Series A funding came from a unit of an unidentified firm at an unusual price.")]
    [InlineData("It was an onerous task for a user of a utility in a Ukrainian city.")]
    [InlineData("An hour’s work on an mp3 file, an mDNS tool, an RFLink device, an npm bump, an MSc and an XMR-based coin.")]
    [InlineData("A unidirectional flow, a udev rule, an mdast tree, an hallucination, a McCarthy speech and a NATO-led force.")]
    [InlineData("A facemask, a cosplayer, an sveltekit app, an hsts header and an udon bowl.")]
    [InlineData("Here, a and b are supplementary angles, and the a/an rule reads words.")]
    [InlineData("Using a MAC address, a LAN, a SQL query, an SQL query, a LED and an Euler brick with an Eulerian tour.")]
    [InlineData("An “honest” talk, a \"European\" plan, an “X” factor and a “one-time” fee.")]
    public void Leaves_correct_articles_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR2004");

    [Theory]
    [InlineData("They held a election.", "They held an election.")]
    [InlineData("An protest began.", "A protest began.")]
    public void Fixes_keep_the_case_of_the_article(string text, string repaired) => Assert.Equal(repaired, Engines.Default.Repair(text));
}
