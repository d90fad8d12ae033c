using TextRepair.Lexing;
using TextRepair.Rules.Encoding;

namespace TextRepair.Rules.Punctuation;

/// <summary>
/// Tells opening from closing marks along one paragraph. Curly marks say what they are. Straight marks pair up in order
/// when the paragraph has an even number of them (glue is unreliable: <c>said," [Warhol] liked ... looked".</c>);
/// otherwise the side a mark is glued to decides, and a mark glued to a number is an inch mark. A quotation opened by a
/// low mark is closed by “ (German, Czech, Croatian: „so“), which everywhere else opens one.
/// </summary>
internal ref struct QuoteWalker
{
    private readonly ReadOnlySpan<char> text;
    private readonly ReadOnlySpan<Token> tokens;
    private readonly bool paired;
    private int straightSeen;
    private bool lowMarkOpen;

    /// <summary>A walker over one paragraph's tokens.</summary>
    public QuoteWalker(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        this.text = text;
        this.tokens = tokens;
        int straight = 0;
        foreach (Token token in tokens)
        {
            straight += IsStraightDoubleQuote(text, token) ? 1 : 0;
        }

        paired = straight % 2 == 0;
    }

    /// <summary>Whether the paragraph's straight marks pair up (an even number): then their order says their side.</summary>
    public readonly bool IsPaired => paired;

    /// <summary>What the token at <paramref name="index"/> does; call it for each token in order. <paramref name="isOpen"/>: a quotation is open there.</summary>
    public QuoteRole Next(int index, bool isOpen)
    {
        Token token = tokens[index];
        char mark = text[token.Start];

        // A curly mark glued to a letter outside ASCII may be a byte of UTF-8 read as another code page ("вЂ“" is "–"
        // read as Windows-1251): TR1001's damage, no quotation.
        if (token.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote && token.Start > 0 && text[token.Start - 1] > '\u007F'
            && CodePageMojibakeDetector.IsInRun(text, token.Start))
        {
            return QuoteRole.None;
        }

        if (token.Kind == TokenKind.OpenQuote && mark is '\u201C' or '\u201E' or '\u00AB')
        {
            bool closesLowMark = mark == '\u201C' && isOpen && lowMarkOpen;
            lowMarkOpen = mark == '\u201E';
            return closesLowMark ? QuoteRole.Closing : QuoteRole.Opening;
        }

        if (token.Kind == TokenKind.CloseQuote && mark is '\u201D' or '\u00BB')
        {
            lowMarkOpen = false;
            return QuoteRole.Closing;
        }

        if (!IsStraightDoubleQuote(text, token))
        {
            return QuoteRole.None;
        }

        straightSeen++;
        if (paired)
        {
            return straightSeen % 2 == 1 ? QuoteRole.Opening : QuoteRole.Closing;
        }

        bool gluedBefore = IsGluedBefore(tokens, index);
        bool gluedAfter = IsGluedAfter(tokens, index);
        if (gluedBefore && tokens[index - 1].Kind == TokenKind.Number)
        {
            return QuoteRole.None;
        }

        if (isOpen)
        {
            return gluedBefore || !gluedAfter ? QuoteRole.Closing : QuoteRole.Opening;
        }

        return gluedAfter && !(gluedBefore && tokens[index - 1].IsWordLike) ? QuoteRole.Opening : QuoteRole.Closing;
    }

    /// <summary>Whether the token at <paramref name="index"/> touches the token before it (no space or line break between).</summary>
    public static bool IsGluedBefore(ReadOnlySpan<Token> tokens, int index) => index > 0 && !tokens[index - 1].IsTrivia;

    /// <summary>Whether the token at <paramref name="index"/> touches the token after it.</summary>
    public static bool IsGluedAfter(ReadOnlySpan<Token> tokens, int index) => index + 1 < tokens.Length && !tokens[index + 1].IsTrivia;

    /// <summary>Whether the token is a straight double quotation mark, which does not say which side it is on.</summary>
    public static bool IsStraightDoubleQuote(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.AmbiguousQuote && text[token.Start] == '"';
}
