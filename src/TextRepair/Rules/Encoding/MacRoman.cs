namespace TextRepair.Rules.Encoding;

/// <summary>
/// Mac OS Roman, the Macintosh's code page before Unicode. Its bytes 0x80–0x9F are accented letters ("í" is 0x92), where
/// Latin-1 has C1 controls and Windows-1252 punctuation: text from a Mac read as Latin-1 shows a control inside a word
/// ("tur\u0092stico" for "turístico"), which no Windows-1252 reading explains.
/// </summary>
internal static class MacRoman
{
    // Bytes 0x80–0x9F only: the rest is not needed to read a control.
    private const string LettersForControls =
        "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8"
        + "\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC";

    /// <summary>The character Mac OS Roman writes with the byte a C1 control stands for (every one of them is a letter).</summary>
    public static char GetMeaningOfControl(char control) =>
        control is >= '\u0080' and <= '\u009F' ? LettersForControls[control - 0x80] : throw new ArgumentOutOfRangeException(nameof(control));
}
