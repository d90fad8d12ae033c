using TextRepair.Lexicon;
using TextRepair.Lexing;

namespace TextRepair.Rules;

/// <summary>Facts about a run of tokens that several rules need: is it title case, how many words it has.</summary>
internal static class ProseShape
{
    /// <summary>
    /// Whether the words of <paramref name="tokens"/> are written in title case, as headlines and titles are: three in four
    /// content words of four letters or more start with a capital (function words, which title case may leave in
    /// lowercase or not, do not count). Running prose has far fewer, even when it names people and places.
    /// </summary>
    public static bool IsTitleCase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int longWords = 0;
        int capitalized = 0;
        foreach (Token token in tokens)
        {
            if (token.Kind != TokenKind.Word || token.Length < 4 || !token.Has(TokenShape.HasLetters)
                || EnglishWords.LowercaseFunctionWords.Contains(token.GetText(text)))
            {
                continue;
            }

            longWords++;
            if (char.IsUpper(text[token.Start]))
            {
                capitalized++;
            }
        }

        return longWords > 0 && capitalized * 4 >= longWords * 3;
    }

    /// <summary>How many words and numbers <paramref name="tokens"/> hold.</summary>
    public static int CountWords(ReadOnlySpan<Token> tokens)
    {
        int count = 0;
        foreach (Token token in tokens)
        {
            if (token.IsWordLike)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the token is the punctuation mark <paramref name="mark"/> and nothing else.</summary>
    public static bool IsMark(ReadOnlySpan<char> text, Token token, char mark) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] == mark;

    /// <summary>Whether the token is a lone full stop, question mark or exclamation mark (not an ellipsis, not a stop of an initialism).</summary>
    public static bool IsStopMark(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] is '.' or '?' or '!';
}
