using TextRepair.Lexing;

namespace TextRepair.Analysis;

/// <summary>Steps over white space in a token table, and finds a sentence's first word.</summary>
internal static class TokenNavigation
{
    /// <summary>The index of the nearest token before <paramref name="index"/> that is not white space or a line break, or -1.</summary>
    public static int PreviousContent(ReadOnlySpan<Token> tokens, int index)
    {
        for (int current = index - 1; current >= 0; current--)
        {
            if (!tokens[current].IsTrivia)
            {
                return current;
            }
        }

        return -1;
    }

    /// <summary>The index of the nearest token after <paramref name="index"/> that is not white space or a line break, or -1.</summary>
    public static int NextContent(ReadOnlySpan<Token> tokens, int index)
    {
        for (int current = index + 1; current < tokens.Length; current++)
        {
            if (!tokens[current].IsTrivia)
            {
                return current;
            }
        }

        return -1;
    }

    /// <summary>
    /// The index of <paramref name="sentence"/>'s first word, after any quotes, brackets or other marks; -1 when a number
    /// comes first or it has no word.
    /// </summary>
    public static int FirstWord(ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        for (int index = sentence.FirstToken; index < sentence.EndToken; index++)
        {
            if (tokens[index].IsWordLike)
            {
                return tokens[index].Kind == TokenKind.Word ? index : -1;
            }
        }

        return -1;
    }
}
