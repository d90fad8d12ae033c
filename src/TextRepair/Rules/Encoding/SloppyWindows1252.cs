using System.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// Windows-1252 as browsers and ftfy read it: bytes 0x80–0x9F it leaves undefined map to the C1 control of the same
/// value, every other byte to its Windows-1252 character. This is the decoding that turns UTF-8 "’" into "â€™";
/// encoding back with it recovers the original bytes.
/// </summary>
internal static class SloppyWindows1252
{
    /// <summary>What Windows-1252 shows for the bytes 0x80–0x9F (a C1 control where it has nothing).</summary>
    internal const string HighCharacters =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>The byte that <paramref name="character"/> decodes from, if it is one of the 256.</summary>
    public static bool TryGetByte(char character, out byte value)
    {
        // Latin-1 reads 0x80–0x9F as the C1 controls: "â\u0080\u0099" is "’" read that way. No correct text holds them.
        if (character <= '\u00FF')
        {
            value = (byte)character;
            return true;
        }

        int index = HighCharacters.IndexOf(character, StringComparison.Ordinal);
        value = (byte)(0x80 + index);
        return index >= 0;
    }

    /// <summary>
    /// What Windows-1252 writes with the byte a C1 control stands for: text in Windows-1252 read as Latin-1 turns "“" into
    /// U+0093. False for the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) and for any other
    /// character.
    /// </summary>
    public static bool TryGetMeaningOfControl(char control, out char meant)
    {
        meant = control is >= '\u0080' and <= '\u009F' ? HighCharacters[control - 0x80] : '\0';
        return meant > '\u009F';
    }

    /// <summary>Whether the character decodes from a UTF-8 continuation byte (0x80–0xBF).</summary>
    public static bool IsContinuation(char character) => TryGetByte(character, out byte value) && value is >= 0x80 and <= 0xBF;

    /// <summary>How long a UTF-8 sequence whose first byte decodes to <paramref name="character"/> is: 2, 3, 4, or 0.</summary>
    public static int SequenceLength(char character) => character switch
    {
        >= '\u00C2' and <= '\u00DF' => 2,
        >= '\u00E0' and <= '\u00EF' => 3,
        >= '\u00F0' and <= '\u00F4' => 4,
        _ => 0,
    };

    /// <summary>Decodes <paramref name="bytes"/> the sloppy way: how mojibake is made (tests and the noise generator use it).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var decoded = new StringBuilder(bytes.Length);
        foreach (byte value in bytes)
        {
            decoded.Append(value is >= 0x80 and <= 0x9F ? HighCharacters[value - 0x80] : (char)value);
        }

        return decoded.ToString();
    }
}
