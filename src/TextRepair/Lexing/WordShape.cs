namespace TextRepair.Lexing;

/// <summary>Gathers the case and script of a word's letters while the lexer reads it.</summary>
internal struct WordShape
{
    private int upper;
    private int lower;
    private int letters;
    private bool firstLetterUpper;
    private bool previousLetterLower;
    private bool mixedCase;
    private bool latin;
    private bool cyrillicOrGreek;

    public TokenShape Flags;

    public void AddAsciiLetter(char letter)
    {
        AddCase(letter <= 'Z', letter >= 'a');
        latin = true;
    }

    public void AddLetter(ReadOnlySpan<char> text, int position)
    {
        char character = text[position];
        Flags |= TokenShape.NonAscii;
        if (char.IsSurrogate(character))
        {
            AddCase(false, false);
            return;
        }

        AddCase(char.IsUpper(character), char.IsLower(character));
        if (character is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF'))
        {
            latin = true;
        }
        else if (character is (>= '\u0370' and <= '\u052F') or (>= '\u1F00' and <= '\u1FFF'))
        {
            cyrillicOrGreek = true;
        }
    }

    /// <summary>A hyphen, apostrophe or digit starts a new part: a case change across it is not "mixed case".</summary>
    public void BreakPart() => previousLetterLower = false;

    public readonly TokenShape Build()
    {
        TokenShape flags = Flags;
        if (letters > 0)
        {
            flags |= TokenShape.HasLetters;
            if (upper == 0 && lower > 0)
            {
                flags |= TokenShape.Lowercase;
            }

            if (upper > 0 && lower == 0)
            {
                flags |= TokenShape.Uppercase;
            }

            if (firstLetterUpper && upper == 1)
            {
                flags |= TokenShape.Capitalized;
            }
        }

        if (mixedCase)
        {
            flags |= TokenShape.MixedCase;
        }

        if (cyrillicOrGreek)
        {
            flags |= latin ? TokenShape.NonLatinLetters | TokenShape.MixedScript : TokenShape.NonLatinLetters;
        }

        return flags;
    }

    private void AddCase(bool isUpper, bool isLower)
    {
        if (letters == 0)
        {
            firstLetterUpper = isUpper;
        }

        letters++;
        if (isUpper)
        {
            upper++;
            mixedCase |= previousLetterLower;
        }
        else if (isLower)
        {
            lower++;
        }

        previousLetterLower = isLower;
    }
}
