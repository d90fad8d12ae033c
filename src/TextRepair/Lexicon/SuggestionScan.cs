using System.Numerics;

namespace TextRepair.Lexicon;

/// <summary>
/// Suggestions found by reading every known word of a near length whose letters could be two edits away, without an
/// index: a few milliseconds a word, against the symmetric-delete index's microseconds, but the index takes a quarter
/// of a second to build. A process that meets a handful of unknown words (one document checked from the command line)
/// is done before the index would have been; the lexicon switches to the index after
/// <see cref="EnglishLexicon"/>'s scan budget. Both find every known word within distance 2 and rank them the same
/// way (<see cref="SuggestionRanking"/>), so which one answered never shows in the result.
/// </summary>
internal sealed class SuggestionScan
{
    private readonly WordTable words;
    private readonly long[] counts;

    /// <summary>Per known word: its length in the low byte, the letters a–z it has as bits 8–33.</summary>
    private readonly ulong[] shapes;

    public SuggestionScan(WordTable words, long[] counts)
    {
        this.words = words;
        this.counts = counts;
        shapes = new ulong[words.Count];
        for (int index = 0; index < shapes.Length; index++)
        {
            shapes[index] = counts[index] == 0 ? ulong.MaxValue : Shape(words[index]);
        }
    }

    /// <summary>The known words within distance 2 of <paramref name="word"/> (lowercase), ranked.</summary>
    public List<SpellingSuggestion> Lookup(ReadOnlySpan<char> word, int maximum)
    {
        ulong shape = Shape(word);
        int length = word.Length;
        ulong letters = shape >> 8;
        var candidates = new List<int>();
        for (int index = 0; index < shapes.Length; index++)
        {
            ulong other = shapes[index];
            // Each edit adds or removes at most one letter of the alphabet on each side: two edits, at most four
            // letters in one word and not the other. A word left out of the index (count 0) has the impossible shape.
            if (other != ulong.MaxValue && Math.Abs((int)(other & 0xFF) - length) <= SuggestionRanking.MaximumDistance
                && BitOperations.PopCount((other >> 8) ^ letters) <= 2 * SuggestionRanking.MaximumDistance)
            {
                candidates.Add(index);
            }
        }

        return SuggestionRanking.Rank(words, counts, word, candidates, maximum);
    }

    private static ulong Shape(ReadOnlySpan<char> word)
    {
        ulong letters = 0;
        foreach (char character in word)
        {
            if (character is >= 'a' and <= 'z')
            {
                letters |= 1UL << (character - 'a');
            }
        }

        return (letters << 8) | (uint)Math.Min(word.Length, 255);
    }
}
