using TextRepair.Lexing;
using TextRepair.Text;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Lexing;

public class SegmenterTests
{
    private static List<string> Sentences(string text)
    {
        using TokenizedText tokenized = TokenizedText.Create(SourceText.From(text));
        return tokenized.Sentences.ToArray().Select(sentence => text.Substring(sentence.Span.Start, sentence.Span.Length)).ToList();
    }

    [Theory]
    [InlineData("Mr. Smith went to Washington. He said no.", new[] { "Mr. Smith went to Washington.", "He said no." })]
    [InlineData("The U.S. economy grew 9.5 percent. It was the best year.", new[] { "The U.S. economy grew 9.5 percent.", "It was the best year." })]
    [InlineData("He moved to the U.S. The president welcomed him.", new[] { "He moved to the U.S.", "The president welcomed him." })]
    [InlineData("John F. Kennedy was shot in Dallas.", new[] { "John F. Kennedy was shot in Dallas." })]
    [InlineData("The talks began on Jan. 5 in Minsk.", new[] { "The talks began on Jan. 5 in Minsk." })]
    [InlineData("It opened at 8 a.m. on Monday.", new[] { "It opened at 8 a.m. on Monday." })]
    [InlineData("“I am concerned.” He left the room.", new[] { "“I am concerned.”", "He left the room." })]
    [InlineData("\"We will win.\" Crowds cheered.", new[] { "\"We will win.\"", "Crowds cheered." })]
    [InlineData("She works for Apple Inc. The company is large.", new[] { "She works for Apple Inc.", "The company is large." })]
    [InlineData("She works for Apple Inc. and likes it.", new[] { "She works for Apple Inc. and likes it." })]
    [InlineData("Wait... What happened? Nobody knows!", new[] { "Wait...", "What happened?", "Nobody knows!" })]
    [InlineData("“Why?” he asked.", new[] { "“Why?” he asked." })]
    [InlineData("(He was not there.) Others were.", new[] { "(He was not there.)", "Others were." })]
    [InlineData("Belarus news opposing Lukashenko reached Russia", new[] { "Belarus news opposing Lukashenko reached Russia" })]
    [InlineData("This time it doesn’t work. ”", new[] { "This time it doesn’t work. ”" })]
    [InlineData("  Leading and trailing space.  ", new[] { "Leading and trailing space." })]
    public void Sentences_of_news_prose(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences(text));
    }

    private static List<string> Paragraphs(string text)
    {
        using TokenizedText tokenized = TokenizedText.Create(SourceText.From(text));
        return tokenized.Paragraphs.ToArray().Select(paragraph => text.Substring(paragraph.Span.Start, paragraph.Span.Length)).ToList();
    }

    /// <summary>
    /// Text filled to a width (mail, wire copy, text taken from PDF pages) breaks its lines mid-sentence: a line that
    /// ends inside a sentence and a next line that surely goes on are one paragraph, and its sentences run across lines.
    /// </summary>
    [Fact]
    public void Lines_filled_to_a_width_are_one_paragraph()
    {
        const string text =
            "The minister said on Monday that the talks with the\n" +
            "European Union would resume next week, and that the\n" +
            "government expected an agreement before the end of the\n" +
            "year. Officials in Brussels did not comment.\n" +
            "\n" +
            "    A second paragraph, indented as some mail programs do, goes on\n" +
            "    to a second line that closes it.\n";
        Assert.Equal(
            [
                text[..text.IndexOf("\n\n", StringComparison.Ordinal)],
                "    A second paragraph, indented as some mail programs do, goes on\n    to a second line that closes it.",
            ],
            Paragraphs(text));
        Assert.Contains("The minister said on Monday that the talks with the\nEuropean Union would resume next week, and that the\ngovernment expected an agreement before the end of the\nyear.", Sentences(text));
    }

    /// <summary>
    /// A paragraph a line stays so: long lines (scraped news), a line that ends a sentence, a headline above its story, a
    /// list, lines of separate sentences that lack their stops, and a line after which a capital may open a sentence.
    /// </summary>
    [Theory]
    [InlineData("Protests, characterized by some violence, have held the country for five weeks since the vote, seen at some anti-Kremlin rallies\nthe opposition said on Monday that it would go on until the election is held again.")]
    [InlineData("The minister said on Monday that talks would resume next week.\nOfficials in Brussels did not comment on the talks or the agreement.")]
    [InlineData("Five children killed as a truck hits a school bus in Minsk\nThe bus was carrying twenty children to a school outside the city.")]
    [InlineData("1. Mix the flour and the sugar in a large bowl until smooth and\n2. add the eggs one at a time, beating well after each one.")]
    [InlineData("- the first point of the list, which is long enough to fill a line\n- the second point of the list, which goes on a little way too")]
    [InlineData("The first batch of personal pension products went on sale\n7 products from home institutions can be selected for a year")]
    [InlineData("Florida Department of Transportation official Troy\nRoberts said yesterday morning the road itself would be examined,")]
    [InlineData("The talks will resume next week, the minister said:\nthe agreement is expected before the end of the year in Brussels")]
    [InlineData("Short line without a stop\nand a next line that goes on in lowercase for a while longer.")]
    public void Lines_that_may_end_a_paragraph_stay_paragraphs(string text)
    {
        Assert.Equal(text.Split('\n'), Paragraphs(text));
    }

    [Fact]
    public void Seed_article_paragraphs_and_sentences()
    {
        string seed = TestData.SeedArticle;
        using TokenizedText tokenized = TokenizedText.Create(SourceText.From(seed));
        Assert.Equal(17, tokenized.Paragraphs.Length);
        Assert.Equal(seed.Split('\n').Count(line => line.Trim().Length > 0), tokenized.Paragraphs.Length);

        List<string> sentences = Sentences(seed);
        Assert.Equal("Belarus news opposing Lukashenko reached Russia for talks with Putin", sentences[0]);
        Assert.Contains("towards people.", sentences.Single(sentence => sentence.StartsWith("Catserina", StringComparison.Ordinal)));
        Assert.Contains("People.", sentences);
        Assert.Contains("Mass protests.", sentences);
        Assert.Contains("That number Were hoping to show less.", sentences);
        Assert.Equal("Al Jazeera and news agencies", sentences[^1]);
        Assert.Contains(sentences, sentence => sentence.StartsWith("Lukashenko, who has ruled Eastern European Since 1994, a nation of 9.5 million", StringComparison.Ordinal));
    }

    [Fact]
    public void Wikinews_sentences_with_abbreviations_stay_whole()
    {
        const string paragraph = "About a quarter of the U.S. federal government, 800,000 employees, is not in operation because of the shutdown.  Mr. Trump said so on Jan. 3.";
        Assert.Equal(
            ["About a quarter of the U.S. federal government, 800,000 employees, is not in operation because of the shutdown.", "Mr. Trump said so on Jan. 3."],
            Sentences(paragraph));
    }

    [Fact]
    public void A_nel_ends_a_line_unless_it_is_a_byte_of_damaged_encoding()
    {
        using TokenizedText broken = TokenizedText.Create(SourceText.From("Line one\u0085Line two"));
        Assert.Equal(2, broken.Paragraphs.Length);

        // After Â–ô it is the continuation byte 0x85 of UTF-8 read as Latin-1: one paragraph, the NEL a control inside it.
        using TokenizedText damaged = TokenizedText.Create(SourceText.From("ČeÃ\u0085Â¡tina is a language"));
        Assert.Single(damaged.Paragraphs.ToArray());
        Assert.Contains(damaged.Tokens.ToArray(), token => token.Kind == TokenKind.Other && token.Has(TokenShape.Control));

        // Glued to a word or mark and before a space, a closing mark or another C1 control, it is Windows-1252's "…" read
        // as Latin-1; text whose lines end in NEL starts the next line at once, and its last NEL ends the text.
        foreach (string ellipsis in (string[])["beaucoup parlé\u0085 Tu sais", "quotes\u0085\u0094 and", "Wait\u0085\u201D he said"])
        {
            using TokenizedText read = TokenizedText.Create(SourceText.From(ellipsis));
            Assert.Single(read.Paragraphs.ToArray());
        }

        foreach (string lines in (string[])["Line one.\u0085Line two.\u0085", "Line one. \u0085 Line two", "\u0085 Line"])
        {
            using TokenizedText read = TokenizedText.Create(SourceText.From(lines));
            Assert.DoesNotContain(read.Tokens.ToArray(), token => token.Has(TokenShape.Control));
        }
    }

    [Fact]
    public void Wikinews_paragraphs_are_one_paragraph_each_and_their_sentences_cover_them()
    {
        foreach (string paragraph in TestData.WikinewsParagraphs)
        {
            using TokenizedText tokenized = TokenizedText.Create(SourceText.From(paragraph));
            Paragraph single = Assert.Single(tokenized.Paragraphs.ToArray());
            SegmentationInvariants.AssertCover(tokenized, single);
        }
    }

    [Fact]
    public void Wikinews_sentences_average_a_news_length()
    {
        int words = 0;
        int sentences = 0;
        foreach (string paragraph in TestData.WikinewsParagraphs)
        {
            using TokenizedText tokenized = TokenizedText.Create(SourceText.From(paragraph));
            sentences += tokenized.Sentences.Length;
            foreach (Token token in tokenized.Tokens)
            {
                words += token.Kind == TokenKind.Word ? 1 : 0;
            }
        }

        double average = (double)words / sentences;
        Assert.InRange(average, 15, 32);
    }
}
