using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class GluedCharactersTests
{
    [Theory]
    [InlineData("in the capital Belarus. {|TR2001:aOn|} Sunday, at least 100,000 protesters flooded the streets.")]
    [InlineData("He has ruled Eastern {|TR2001:EuropeanSince|} 1994 with an iron fist.")]
    [InlineData("The law was passed in {|TR2001:2020The|} court upheld it.")]
    [InlineData("The crowd gathered {|TR2001:protestersWere|} arrested.")]
    [InlineData("{|TR2001:kNancy|} Pelosi yesterday resumed the office of Speaker.")]
    [InlineData("Some called for younger leadership. {|TR2001:dAltogether|}, fifteen Democrats defected.")]
    [InlineData("He said {|TR2001:tHe|} vote was close and that they {|TR2001:cAre|} about it.")]
    [InlineData("{|TR2001:vAs|} of midday Thursday, the storm was about 200 km away. {|TR2001:lAn|} array of tools was on hand.")]
    [InlineData("{|TR2001:pIt's|} an incredible place. {|TR2001:fYou're|} in our prayers. {|TR2001:bBrazil's|} institute agreed.")]
    [InlineData("{|TR2001:cFourteen-year-old|} Zoe sat on the top deck. {|TR2001:lKimberly-Clark|} makes tissues.")]
    [InlineData("She joined the lab in 2016. {|TR2001:nDr|}. Dee Boersma began the study, though Dr. {|TR2001:mAlison|} Kock disagreed.")]
    [InlineData("{|TR2001:aBack|} to my childhood observation, the numbers grew.")]
    public void Reports_glued_characters(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR2001");

    [Theory]
    [InlineData("She bought an iPhone, sold it on eBay and bought a MacBook.")]
    [InlineData("Kevin McCarthy and Ronald MacArthur met PhD students working on mRNA vaccines.")]
    [InlineData("The video was posted on YouTube, LinkedIn and WhatsApp by PlayStation fans.")]
    [InlineData("The iOS update arrived in the 1990s with 5G and COVID-19 tests.")]
    [InlineData("JavaScript and PowerPoint files were found in the DeSantis office.")]
    [InlineData("The XyzzyOn app and the QwuxIn service launched.")]
    [InlineData("jQuery powers the site. iPhone sales rose. eBay fell, and the 5 kHz tone and 3 kWh battery stayed.")]
    [InlineData("The McDonald's menu and O'Brien's LinkedIn profile were shared. iPhone's sales rose, and the 4,000 mAh cell too.")]
    [InlineData("iPhone-maker Apple rose. eBay-owned sites fell. Co-founder Jobs spoke.")]
    [InlineData("Dr. McAllister met Mr. DeSantis. iTunes sales rose.")]
    public void Leaves_real_mixed_case_words_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR2001");

    [Theory]
    [InlineData("aOn Sunday, protesters gathered.", "On Sunday, protesters gathered.")]
    [InlineData("Eastern EuropeanSince 1994.", "Eastern European Since 1994.")]
    [InlineData("It was 2020The end.", "It was 2020 The end.")]
    [InlineData("He said tHe vote was close.", "He said the vote was close.")]
    [InlineData("The vote ended. kThe count went on.", "The vote ended. The count went on.")]
    [InlineData("The vote ended. kNancy Pelosi spoke.", "The vote ended. kNancy Pelosi spoke.")]
    [InlineData("The storm stalled. vAs of Thursday it was 200 km away. pIt's late.", "The storm stalled. As of Thursday it was 200 km away. It's late.")]
    [InlineData("The count went on. eAs we know, bBrazil's team won.", "The count went on. eAs we know, bBrazil's team won.")]
    [InlineData("The study began in 2016. nDr. Dee Boersma led it.", "The study began in 2016. Dr. Dee Boersma led it.")]
    public void Fixes_keep_the_case_of_the_words(string text, string repaired)
    {
        Assert.Equal(repaired, TextRepairEngine.CreateDefault(TextRepair.Analysis.TextRepairOptions.Default.WithRuleSeverity("TR2003", TextRepair.Analysis.SeveritySetting.Off)).Repair(text));
    }
}
