using System.Collections.Frozen;

namespace TextRepair.Lexicon;

/// <summary>
/// A frozen set of words looked up by <see cref="ReadOnlySpan{T}"/> without allocating: the form rules use for word lists.
/// </summary>
/// <remarks>
/// The segmenter and the rules ask their small lists about nearly every word of a text (more than half a million
/// lookups in one analysis of a megabyte of news), and nearly every answer is no. Before the set is hashed, a word's
/// length and first letter are checked against the lengths and first letters of the set's words, two bit tests that
/// turn most words away.
/// </remarks>
public sealed class WordSet
{
    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly bool ignoreCase;

    /// <summary>Bit n: some word has n characters (bit 63: 63 or more).</summary>
    private readonly ulong lengths;

    /// <summary>Bit c of the two halves: some word starts with the ASCII character c (folded to lowercase when case is ignored).</summary>
    private readonly ulong firstCharsLow;
    private readonly ulong firstCharsHigh;

    /// <summary>Some word starts with a character outside ASCII.</summary>
    private readonly bool nonAsciiFirstChar;

    /// <summary>Creates a set of <paramref name="words"/>, compared ordinally or ignoring case.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="words"/> is null.</exception>
    public WordSet(IEnumerable<string> words, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.words = words.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
        this.ignoreCase = ignoreCase;
        foreach (string word in this.words)
        {
            lengths |= LengthBit(word.Length);
            if (word.Length == 0)
            {
                continue;
            }

            char first = word[0];
            if (first >= 128)
            {
                nonAsciiFirstChar = true;
                continue;
            }

            if (ignoreCase)
            {
                first = Fold(first);
            }

            if (first < 64)
            {
                firstCharsLow |= 1UL << first;
            }
            else
            {
                firstCharsHigh |= 1UL << (first - 64);
            }
        }
    }

    /// <summary>The number of words.</summary>
    public int Count => words.Count;

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((lengths & LengthBit(word.Length)) == 0)
        {
            return false;
        }

        // An ordinal comparison, ignoring case or not, never matches a character outside ASCII with one inside it: a word
        // that starts outside ASCII can only be one of the set's words that do.
        if (word.Length > 0)
        {
            char first = word[0];
            if (first >= 128)
            {
                if (!nonAsciiFirstChar)
                {
                    return false;
                }
            }
            else
            {
                if (ignoreCase)
                {
                    first = Fold(first);
                }

                ulong bits = first < 64 ? firstCharsLow >> first : firstCharsHigh >> (first - 64);
                if ((bits & 1) == 0)
                {
                    return false;
                }
            }
        }

        return lookup.Contains(word);
    }

    /// <summary>Creates a set from a space-separated list (the form the built-in lists are written in).</summary>
    internal static WordSet Parse(string spaceSeparated, bool ignoreCase) =>
        new(spaceSeparated.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), ignoreCase);

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
