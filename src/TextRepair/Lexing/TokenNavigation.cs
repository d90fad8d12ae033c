namespace TextRepair.Lexing;

/// <summary>Steps over white space in a token table, and tells a sentence's first word.</summary>
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
    /// Whether the token at <paramref name="index"/> is <paramref name="sentence"/>'s first word: a word with no word or
    /// number before it in the sentence (quotes, brackets and other marks may stand before it). Read backwards, so that it
    /// costs the marks between the token and the word before it, not the sentence.
    /// </summary>
    public static bool IsFirstWord(ReadOnlySpan<Token> tokens, Sentence sentence, int index)
    {
        if (index < sentence.FirstToken || index >= sentence.EndToken || tokens[index].Kind != TokenKind.Word)
        {
            return false;
        }

        for (int before = index - 1; before >= sentence.FirstToken; before--)
        {
            if (tokens[before].IsWordLike)
            {
                return false;
            }
        }

        return true;
    }
}
