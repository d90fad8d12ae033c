using System.Buffers;
using System.Globalization;
using System.Text;

namespace TextRepair.Lexing;

/// <summary>
/// Classifies characters for the lexer: a 128-entry table for ASCII, Unicode categories for the rest.
/// </summary>
internal static class CharacterClassifier
{
    private static readonly CharacterClass[] AsciiClasses = BuildAsciiClasses();

    /// <summary>The class of an ASCII character.</summary>
    public static CharacterClass OfAscii(char character) => AsciiClasses[character];

    /// <summary>
    /// The class of the character or surrogate pair at <paramref name="position"/>, and how many code units it takes.
    /// </summary>
    public static CharacterClass At(ReadOnlySpan<char> text, int position, out int length)
    {
        char character = text[position];
        length = 1;
        if (character < 128)
        {
            return AsciiClasses[character];
        }

        switch (character)
        {
            case '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039' or '\u201F' or '\u201B':
                return CharacterClass.OpenQuote;
            case '\u201D' or '\u2019' or '\u00BB' or '\u203A':
                return CharacterClass.CloseQuote;
            case '\u2010' or '\u2011':
                return CharacterClass.Hyphen;
            case '\u0085' or '\u2028' or '\u2029':
                return CharacterClass.LineBreak;
            case '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000':
                return CharacterClass.Whitespace;
        }

        UnicodeCategory category;
        if (char.IsSurrogate(character))
        {
            if (Rune.DecodeFromUtf16(text[position..], out Rune rune, out int consumed) != OperationStatus.Done)
            {
                return CharacterClass.Other;
            }

            length = consumed;
            category = Rune.GetUnicodeCategory(rune);
        }
        else
        {
            category = char.GetUnicodeCategory(character);
        }

        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharacterClass.Letter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharacterClass.Mark,
            UnicodeCategory.DecimalDigitNumber => CharacterClass.Digit,
            UnicodeCategory.DashPunctuation => CharacterClass.Dash,
            UnicodeCategory.InitialQuotePunctuation => CharacterClass.OpenQuote,
            UnicodeCategory.FinalQuotePunctuation => CharacterClass.CloseQuote,
            UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.OtherPunctuation
                or UnicodeCategory.ConnectorPunctuation => CharacterClass.Punctuation,
            UnicodeCategory.SpaceSeparator => CharacterClass.Whitespace,
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => CharacterClass.LineBreak,
            UnicodeCategory.Format => CharacterClass.Format,
            UnicodeCategory.Control => CharacterClass.Control,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharacterClass.Symbol,
            _ => CharacterClass.Other,
        };
    }

    /// <summary>Whether the character or pair at <paramref name="position"/> is a letter.</summary>
    public static bool IsLetterAt(ReadOnlySpan<char> text, int position) =>
        position < text.Length && At(text, position, out _) == CharacterClass.Letter;

    /// <summary>Whether the character or pair at <paramref name="position"/> is a letter or a digit.</summary>
    public static bool IsLetterOrDigitAt(ReadOnlySpan<char> text, int position) =>
        position < text.Length && At(text, position, out _) is CharacterClass.Letter or CharacterClass.Digit;

    /// <summary>Whether every character of <paramref name="text"/> is white space as the lexer sees it (line breaks excluded).</summary>
    public static bool IsBlank(ReadOnlySpan<char> text)
    {
        for (int position = 0; position < text.Length; position++)
        {
            if (At(text, position, out _) != CharacterClass.Whitespace)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the character is an apostrophe that may sit inside a word: ' ’ ʼ.</summary>
    public static bool IsApostrophe(char character) => character is '\'' or '\u2019' or '\u02BC';

    private static CharacterClass[] BuildAsciiClasses()
    {
        var classes = new CharacterClass[128];
        for (int code = 0; code < 128; code++)
        {
            char character = (char)code;
            classes[code] = character switch
            {
                >= 'a' and <= 'z' or >= 'A' and <= 'Z' => CharacterClass.Letter,
                >= '0' and <= '9' => CharacterClass.Digit,
                ' ' or '\t' or '\v' or '\f' => CharacterClass.Whitespace,
                '\n' or '\r' => CharacterClass.LineBreak,
                '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '/' or '\\' => CharacterClass.Punctuation,
                '"' or '\'' => CharacterClass.StraightQuote,
                '-' => CharacterClass.Hyphen,
                '$' or '%' or '&' or '*' or '+' or '<' or '=' or '>' or '@' or '#' or '^' or '_' or '`' or '|' or '~' => CharacterClass.Symbol,
                _ => CharacterClass.Control,
            };
        }

        return classes;
    }
}
