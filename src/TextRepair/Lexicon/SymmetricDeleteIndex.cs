namespace TextRepair.Lexicon;

/// <summary>
/// SymSpell's symmetric-delete index: the deletions (up to distance 2) of each word's first seven letters, kept as
/// 32-bit hashes sorted once, each pointing to its words. A lookup generates the deletions of the unknown word, finds the
/// words that share one, and verifies them with the edit distance. Hash collisions only add candidates that the
/// verification drops.
/// </summary>
internal sealed class SymmetricDeleteIndex
{
    public const int MaximumDistance = 2;
    private const int PrefixLength = 7;
    private readonly WordTable words;
    private readonly long[] counts;
    private const int BucketBits = 16;
    private readonly uint[] hashes;
    private readonly int[] wordIndices;

    /// <summary>Where the hashes with each top-16-bit value start: a lookup searches one small bucket, not the whole array.</summary>
    private readonly int[] bucketStarts;

    public SymmetricDeleteIndex(WordTable words, long[] counts)
    {
        this.words = words;
        this.counts = counts;
        var entries = new List<(uint Hash, int Word)>(words.Count * 24);
        Span<char> buffer = stackalloc char[PrefixLength];
        for (int index = 0; index < words.Count; index++)
        {
            if (counts[index] == 0)
            {
                continue;
            }

            ReadOnlySpan<char> word = words[index];
            ReadOnlySpan<char> prefix = word[..Math.Min(word.Length, PrefixLength)];
            int wordIndex = index;
            ForEachDeletion(prefix, buffer, hash => entries.Add((hash, wordIndex)));
        }

        entries.Sort();
        hashes = new uint[entries.Count];
        wordIndices = new int[entries.Count];
        bucketStarts = new int[(1 << BucketBits) + 1];
        for (int index = 0; index < entries.Count; index++)
        {
            (hashes[index], wordIndices[index]) = entries[index];
            bucketStarts[(hashes[index] >> (32 - BucketBits)) + 1]++;
        }

        for (int bucket = 1; bucket < bucketStarts.Length; bucket++)
        {
            bucketStarts[bucket] += bucketStarts[bucket - 1];
        }
    }

    /// <summary>The bytes the index holds, for the memory report.</summary>
    public long SizeInBytes => (hashes.Length * 8L) + (bucketStarts.Length * 4L);

    /// <summary>The known words within distance 2 of <paramref name="word"/> (lowercase), nearest and most frequent first.</summary>
    public List<SpellingSuggestion> Lookup(ReadOnlySpan<char> word, int maximum)
    {
        var candidates = new HashSet<int>();
        Span<char> buffer = stackalloc char[PrefixLength];
        ReadOnlySpan<char> prefix = word[..Math.Min(word.Length, PrefixLength)];
        int length = word.Length;
        ForEachDeletion(prefix, buffer, hash =>
        {
            int bucket = (int)(hash >> (32 - BucketBits));
            int start = bucketStarts[bucket];
            int at = Array.BinarySearch(hashes, start, bucketStarts[bucket + 1] - start, hash);
            if (at < 0)
            {
                return;
            }

            while (at > start && hashes[at - 1] == hash)
            {
                at--;
            }

            for (; at < hashes.Length && hashes[at] == hash; at++)
            {
                // Words that share a prefix but differ in length by more than two cannot be two edits away.
                if (Math.Abs(words[wordIndices[at]].Length - length) <= MaximumDistance)
                {
                    candidates.Add(wordIndices[at]);
                }
            }
        });

        var suggestions = new List<SpellingSuggestion>();
        Span<int> letters = stackalloc int[27];
        CountLetters(word, letters, 1);
        foreach (int candidate in candidates)
        {
            // Letters one word has and the other lacks bound the edit distance from below, at a fraction of its cost.
            if (!LettersWithin(letters, words[candidate]))
            {
                continue;
            }

            int distance = EditDistance.Compute(word, words[candidate], MaximumDistance);
            if (distance <= MaximumDistance && distance > 0)
            {
                suggestions.Add(new SpellingSuggestion(words[candidate].ToString(), distance, counts[candidate]));
            }
        }

        suggestions.Sort(static (left, right) => left.Distance != right.Distance ? left.Distance.CompareTo(right.Distance) : right.Count.CompareTo(left.Count));
        return suggestions.Count > maximum ? suggestions.GetRange(0, maximum) : suggestions;
    }

    private static void CountLetters(ReadOnlySpan<char> word, Span<int> counts, int sign)
    {
        foreach (char character in word)
        {
            counts[character is >= 'a' and <= 'z' ? character - 'a' : 26] += sign;
        }
    }

    /// <summary>Whether the letters of <paramref name="candidate"/> differ from the counted ones by at most two on either side.</summary>
    private static bool LettersWithin(ReadOnlySpan<int> counts, ReadOnlySpan<char> candidate)
    {
        Span<int> difference = stackalloc int[27];
        counts.CopyTo(difference);
        CountLetters(candidate, difference, -1);
        int surplus = 0;
        int missing = 0;
        foreach (int value in difference)
        {
            if (value > 0)
            {
                surplus += value;
            }
            else
            {
                missing -= value;
            }
        }

        return surplus <= MaximumDistance && missing <= MaximumDistance;
    }

    /// <summary>Calls <paramref name="visit"/> with the hash of <paramref name="text"/> and of each of its deletions up to distance 2.</summary>
    private static void ForEachDeletion(ReadOnlySpan<char> text, Span<char> buffer, Action<uint> visit)
    {
        visit(Hash(text));
        Span<char> twice = stackalloc char[PrefixLength];
        for (int first = 0; first < text.Length; first++)
        {
            int length = Remove(text, first, buffer);
            visit(Hash(buffer[..length]));
            ReadOnlySpan<char> once = buffer[..length];
            for (int second = first; second < once.Length; second++)
            {
                visit(Hash(twice[..Remove(once, second, twice)]));
            }
        }
    }

    private static int Remove(ReadOnlySpan<char> text, int at, Span<char> destination)
    {
        text[..at].CopyTo(destination);
        text[(at + 1)..].CopyTo(destination[at..]);
        return text.Length - 1;
    }

    private static uint Hash(ReadOnlySpan<char> text) => (uint)WordTable.Hash(text) | ((uint)text.Length << 31);
}
