using System.Buffers;

namespace TextRepair.Rules.Encoding;

/// <summary>Vectorized searches that start at a position and answer with a position of the whole text (or -1).</summary>
internal static class CharacterSearch
{
    public static int IndexOfAny(ReadOnlySpan<char> text, int from, SearchValues<char> values) =>
        Absolute(from, from >= text.Length ? -1 : text[from..].IndexOfAny(values));

    public static int IndexOf(ReadOnlySpan<char> text, int from, char value) =>
        Absolute(from, from >= text.Length ? -1 : text[from..].IndexOf(value));

    private static int Absolute(int from, int found) => found < 0 ? -1 : from + found;
}
