using System.Buffers;

namespace TextRepair.Rules.Encoding;

/// <summary>The invisible format characters the encoding rules look for, found with one vectorized search.</summary>
internal static class FormatCharacters
{
    /// <summary>Zero-width and joiner characters, directional marks and controls, soft hyphen, word joiner, byte-order mark.</summary>
    public static readonly SearchValues<char> All = SearchValues.Create(
        "\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF");

    /// <summary>Embedding, override and isolate controls: the "Trojan Source" class.</summary>
    public static bool IsBidiControl(char character) => character is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Whether the text holds a right-to-left letter (Hebrew, Arabic and their neighbours), where directional characters belong.</summary>
    public static bool HasRightToLeftLetters(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\u0590', '\u08FF') >= 0 || text.IndexOfAnyInRange('\uFB1D', '\uFDFF') >= 0 || text.IndexOfAnyInRange('\uFE70', '\uFEFE') >= 0;

    /// <summary>Whether the character is a Latin letter (ASCII or Latin-1 to Latin Extended).</summary>
    public static bool IsLatinLetter(char character) =>
        char.IsAsciiLetter(character) || (character is (>= '\u00C0' and <= '\u024F') && char.IsLetter(character));
}
