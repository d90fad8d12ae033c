using TextRepair.Lexing;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Lexing;

public class LexerTests
{
    [Theory]
    [InlineData("don’t", TokenKind.Word)]
    [InlineData("don't", TokenKind.Word)]
    [InlineData("Lukashenko’s", TokenKind.Word)]
    [InlineData("65-year-old", TokenKind.Word)]
    [InlineData("face-to-face", TokenKind.Word)]
    [InlineData("anti-Kremlin", TokenKind.Word)]
    [InlineData("COVID-19", TokenKind.Word)]
    [InlineData("100,000", TokenKind.Number)]
    [InlineData("9.5", TokenKind.Number)]
    [InlineData("1994", TokenKind.Number)]
    [InlineData("3rd", TokenKind.Number)]
    [InlineData("1990s", TokenKind.Number)]
    [InlineData("5%", TokenKind.Number)]
    [InlineData("10:30", TokenKind.Number)]
    [InlineData("’90s", TokenKind.Number)]
    [InlineData("U.S.", TokenKind.Word)]
    [InlineData("a.m.", TokenKind.Word)]
    [InlineData("e.g.", TokenKind.Word)]
    [InlineData("U.S.A.", TokenKind.Word)]
    [InlineData("https://en.wikinews.org/wiki/Main_Page", TokenKind.Url)]
    [InlineData("www.aljazeera.com/news", TokenKind.Url)]
    [InlineData("press@example.org", TokenKind.Email)]
    [InlineData("...", TokenKind.Punctuation)]
    [InlineData("…", TokenKind.Punctuation)]
    [InlineData("—", TokenKind.Dash)]
    [InlineData("–", TokenKind.Dash)]
    [InlineData("--", TokenKind.Dash)]
    [InlineData("“", TokenKind.OpenQuote)]
    [InlineData("”", TokenKind.CloseQuote)]
    [InlineData("\"", TokenKind.AmbiguousQuote)]
    [InlineData("€", TokenKind.Symbol)]
    [InlineData("👍🏽", TokenKind.Symbol)]
    [InlineData("👩\u200D👩\u200D👧", TokenKind.Symbol)]
    [InlineData("Zürich", TokenKind.Word)]
    [InlineData("Москва", TokenKind.Word)]
    public void Whole_tokens_of_news_text(string text, TokenKind kind)
    {
        List<Token> tokens = Lexed.Tokens(text);
        Token token = Assert.Single(tokens);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(text.Length, token.Length);
    }

    [Fact]
    public void Rock_n_roll_keeps_its_elision_as_a_word()
    {
        Assert.Equal(["rock", "'n'", "roll"], Lexed.Words("rock 'n' roll"));
    }

    [Fact]
    public void Sentence_punctuation_after_an_address_is_not_part_of_it()
    {
        Assert.Equal(["See", "https://example.org/a_(b)", "."], Lexed.Words("See https://example.org/a_(b)."));
        Assert.Equal(["(", "www.bbc.co.uk", ")"], Lexed.Words("(www.bbc.co.uk)"));
        Assert.Equal(["Write", "to", "press@example.org", "."], Lexed.Words("Write to press@example.org."));
    }

    [Fact]
    public void A_capitalized_word_glued_to_a_number_is_split_but_suffixes_are_kept()
    {
        Assert.Equal(["2020", "The"], Lexed.Words("2020The"));
        Assert.Equal(["5G", "network"], Lexed.Words("5G network"));
    }

    [Fact]
    public void Stops_after_words_and_decimals_are_separate_tokens()
    {
        Assert.Equal(["It", "rose", "9.5", "."], Lexed.Words("It rose 9.5."));
        Assert.Equal(["work", ".", "The"], Lexed.Words("work.The"));
        Assert.Equal(["Mr", ".", "Smith"], Lexed.Words("Mr. Smith"));
    }

    [Fact]
    public void Trailing_possessive_apostrophe_is_a_quote_token()
    {
        List<Token> tokens = Lexed.Tokens("protesters’ rally");
        Assert.Equal(TokenKind.CloseQuote, tokens[1].Kind);
    }

    [Theory]
    [InlineData("people", TokenShape.Lowercase)]
    [InlineData("Sunday", TokenShape.Capitalized)]
    [InlineData("NATO", TokenShape.Uppercase)]
    [InlineData("aOn", TokenShape.MixedCase)]
    [InlineData("EuropeanSince", TokenShape.MixedCase)]
    [InlineData("iPhone", TokenShape.MixedCase)]
    [InlineData("McCarthy", TokenShape.MixedCase)]
    [InlineData("G7", TokenShape.HasDigits)]
    [InlineData("Zürich", TokenShape.NonAscii)]
    [InlineData("Krеmlin", TokenShape.MixedScript)]
    [InlineData("Kre\u200Bmlin", TokenShape.Invisible)]
    [InlineData("face-to-face", TokenShape.Hyphenated)]
    [InlineData("don’t", TokenShape.Apostrophe)]
    [InlineData("U.S.", TokenShape.Initialism)]
    public void Word_shapes(string word, TokenShape shape)
    {
        Token token = Assert.Single(Lexed.Tokens(word));
        Assert.True(token.Has(shape), $"{word}: {token.Flags}");
    }

    [Theory]
    [InlineData("anti-Kremlin", TokenShape.MixedCase)]
    [InlineData("Sunday", TokenShape.MixedCase)]
    [InlineData("Москва", TokenShape.MixedScript)]
    [InlineData("Zürich", TokenShape.MixedScript)]
    [InlineData("people", TokenShape.Capitalized)]
    [InlineData("NATO", TokenShape.Capitalized)]
    public void Shapes_a_word_does_not_have(string word, TokenShape shape)
    {
        Token token = Assert.Single(Lexed.Tokens(word));
        Assert.False(token.Has(shape), $"{word}: {token.Flags}");
    }

    [Fact]
    public void An_invisible_character_between_letters_stays_in_the_word_and_alone_is_its_own_token()
    {
        List<Token> inside = Lexed.Tokens("Kre\u200Bmlin");
        Assert.Single(inside);
        List<Token> alone = Lexed.Tokens("a \u200B b");
        Assert.Equal(TokenKind.Other, alone[2].Kind);
        Assert.True(alone[2].Has(TokenShape.Invisible));
    }

    [Fact]
    public void Line_breaks_are_one_token_each()
    {
        List<Token> tokens = Lexed.Tokens("a\r\n\nb\u2028c");
        Assert.Equal(
            [TokenKind.Word, TokenKind.LineBreak, TokenKind.LineBreak, TokenKind.Word, TokenKind.LineBreak, TokenKind.Word],
            tokens.Select(token => token.Kind));
        Assert.Equal(2, tokens[1].Length);
    }

    [Fact]
    public void Lexing_resumes_from_a_saved_state()
    {
        const string text = "Lukashenko has arrived in Russia.";
        var lexer = new Lexer(text);
        Span<Token> first = stackalloc Token[3];
        Assert.Equal(3, lexer.Read(first));
        LexerState state = lexer.State;
        var resumed = new Lexer(text, state);
        Assert.True(resumed.TryRead(out Token next));
        Assert.Equal(first[2].End, next.Start);
    }

    [Fact]
    public void The_seed_article_lexes_its_news_words_whole()
    {
        string seed = TestData.SeedArticle;
        List<string> words = Lexed.Words(seed);
        Assert.Contains("Lukashenko’s", words);
        Assert.Contains("face-to-face", words);
        Assert.Contains("100,000", words);
        Assert.Contains("9.5", words);
        Assert.Contains("65-year-old", words);
        Assert.Contains("anti-Kremlin", words);
        Assert.Contains("editor-in-chief", words);
        Assert.Contains("doesn’t", words);
        Assert.Contains("aOn", words);
    }
}
