namespace TextRepair.Text;

/// <summary>The line breaks the text model and the lexer agree on: CR LF, LF, CR, NEL, LS and PS.</summary>
internal static class LineBreaks
{
    /// <summary>Whether <paramref name="character"/> starts a line break.</summary>
    public static bool IsLineBreak(char character) =>
        character is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>The length of the line break at <paramref name="position"/>, or 0 when there is none.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int position)
    {
        char character = text[position];
        if (character == '\r')
        {
            return position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
        }

        return IsLineBreak(character) ? 1 : 0;
    }

    /// <summary>How many line breaks <paramref name="text"/> holds (CR LF counts once).</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        for (int index = 0; index < text.Length; index++)
        {
            int length = LengthAt(text, index);
            if (length > 0)
            {
                count++;
                index += length - 1;
            }
        }

        return count;
    }
}
