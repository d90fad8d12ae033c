using TextRepair.Lexing;

namespace TextRepair.Analysis;

/// <summary>Steps over white space in a token table.</summary>
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
}
