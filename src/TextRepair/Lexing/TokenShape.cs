namespace TextRepair.Lexing;

/// <summary>The shape of a token, computed once by the lexer so that rules need not read the text again.</summary>
[Flags]
public enum TokenShape : ushort
{
    /// <summary>Nothing noteworthy.</summary>
    None = 0,

    /// <summary>Every letter is lowercase ("people").</summary>
    Lowercase = 1 << 0,

    /// <summary>The first letter is uppercase and every other letter lowercase ("Sunday", "A").</summary>
    Capitalized = 1 << 1,

    /// <summary>Every letter is uppercase ("NATO", "A").</summary>
    Uppercase = 1 << 2,

    /// <summary>
    /// A lowercase letter is directly followed by an uppercase one inside one part of the word: "aOn", "EuropeanSince",
    /// but also "iPhone", "McCarthy", "PhD". Parts are separated by hyphens and apostrophes, so "anti-Kremlin" is not mixed.
    /// </summary>
    MixedCase = 1 << 3,

    /// <summary>The token holds at least one letter.</summary>
    HasLetters = 1 << 4,

    /// <summary>The token holds at least one digit.</summary>
    HasDigits = 1 << 5,

    /// <summary>The token holds a character outside ASCII.</summary>
    NonAscii = 1 << 6,

    /// <summary>The word mixes Latin letters with Cyrillic or Greek ones (a homoglyph, as in "Krеmlin" with a Cyrillic е).</summary>
    MixedScript = 1 << 7,

    /// <summary>The token holds an invisible format character (zero-width space, soft hyphen, joiners, bidi controls, BOM).</summary>
    Invisible = 1 << 8,

    /// <summary>The word joins parts with hyphens ("face-to-face").</summary>
    Hyphenated = 1 << 9,

    /// <summary>The word holds an apostrophe ("don’t", "Lukashenko’s", "'n'").</summary>
    Apostrophe = 1 << 10,

    /// <summary>The word is an initialism written with stops, the final stop included ("U.S.", "a.m.").</summary>
    Initialism = 1 << 11,

    /// <summary>The word holds Cyrillic or Greek letters.</summary>
    NonLatinLetters = 1 << 12,

    /// <summary>The token is or holds a control character (C0 other than line breaks, DEL, C1).</summary>
    Control = 1 << 13,

    /// <summary>The white space holds a tab, vertical tab or form feed.</summary>
    Tab = 1 << 14,
}
