using System.Runtime.CompilerServices;

namespace TextRepair.Lexicon;

/// <summary>
/// SymSpell's symmetric-delete index: the deletions (up to distance 2) of each word's first seven letters, kept as
/// 32-bit hashes sorted once, each pointing to its words. A lookup generates the deletions of the unknown word, finds the
/// words that share one, and verifies them with the edit distance. Hash collisions only add candidates that the
/// verification drops.
/// </summary>
internal sealed class SymmetricDeleteIndex
{
    public const int MaximumDistance = SuggestionRanking.MaximumDistance;
    private const int PrefixLength = 7;
    private readonly WordTable words;
    private readonly long[] counts;
    private const int BucketBits = 16;
    private readonly uint[] hashes;
    private readonly int[] wordIndices;

    /// <summary>Where the hashes with each top-16-bit value start: a lookup searches one small bucket, not the whole array.</summary>
    private readonly int[] bucketStarts;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SymmetricDeleteIndex(WordTable words, long[] counts)
    {
        this.words = words;
        this.counts = counts;
        int total = 0;
        for (int index = 0; index < words.Count; index++)
        {
            total += counts[index] == 0 ? 0 : DeletionCount(Math.Min(words[index].Length, PrefixLength));
        }

        var unsortedHashes = new uint[total];
        var unsortedWords = new int[total];
        Span<char> buffer = stackalloc char[2 * PrefixLength];
        int written = 0;
        for (int index = 0; index < words.Count; index++)
        {
            if (counts[index] == 0)
            {
                continue;
            }

            ReadOnlySpan<char> word = words[index];
            int added = WriteDeletions(word[..Math.Min(word.Length, PrefixLength)], buffer, unsortedHashes.AsSpan(written));
            unsortedWords.AsSpan(written, added).Fill(index);
            written += added;
        }

        // Sorted by hash, a lookup is a binary search in one small bucket. A bucket sort on the top bits (the buckets the
        // lookup uses anyway), then a sort of each bucket of a few dozen, costs a fraction of sorting 2.4 million pairs
        // whole, and that sort was most of the first suggestion's wait.
        bucketStarts = new int[(1 << BucketBits) + 1];
        foreach (uint hash in unsortedHashes)
        {
            bucketStarts[(hash >> (32 - BucketBits)) + 1]++;
        }

        for (int bucket = 1; bucket < bucketStarts.Length; bucket++)
        {
            bucketStarts[bucket] += bucketStarts[bucket - 1];
        }

        hashes = new uint[total];
        wordIndices = new int[total];
        int[] next = bucketStarts[..^1];
        for (int index = 0; index < total; index++)
        {
            int at = next[unsortedHashes[index] >> (32 - BucketBits)]++;
            hashes[at] = unsortedHashes[index];
            wordIndices[at] = unsortedWords[index];
        }

        for (int bucket = 0; bucket + 1 < bucketStarts.Length; bucket++)
        {
            int start = bucketStarts[bucket];
            int length = bucketStarts[bucket + 1] - start;
            if (length > 1)
            {
                hashes.AsSpan(start, length).Sort(wordIndices.AsSpan(start, length));
            }
        }
    }

    /// <summary>The bytes the index holds, for the memory report.</summary>
    public long SizeInBytes => (hashes.Length * 8L) + (bucketStarts.Length * 4L);

    /// <summary>The known words within distance 2 of <paramref name="word"/> (lowercase), nearest and most frequent first.</summary>
    public List<SpellingSuggestion> Lookup(ReadOnlySpan<char> word, int maximum)
    {
        var candidates = new HashSet<int>();
        Span<char> buffer = stackalloc char[2 * PrefixLength];
        Span<uint> deletions = stackalloc uint[DeletionCount(PrefixLength)];
        ReadOnlySpan<char> prefix = word[..Math.Min(word.Length, PrefixLength)];
        int length = word.Length;
        foreach (uint hash in deletions[..WriteDeletions(prefix, buffer, deletions)])
        {
            int bucket = (int)(hash >> (32 - BucketBits));
            int start = bucketStarts[bucket];
            int at = Array.BinarySearch(hashes, start, bucketStarts[bucket + 1] - start, hash);
            if (at < 0)
            {
                continue;
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
        }

        return SuggestionRanking.Rank(words, counts, word, candidates, maximum);
    }

    /// <summary>How many hashes <see cref="WriteDeletions"/> writes for a text of <paramref name="length"/> characters.</summary>
    private static int DeletionCount(int length) => 1 + length + (length * (length - 1) / 2);

    /// <summary>Writes the hash of <paramref name="text"/> and of each of its deletions up to distance 2; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WriteDeletions(ReadOnlySpan<char> text, Span<char> buffer, Span<uint> destination)
    {
        Span<char> once = buffer[..PrefixLength];
        Span<char> twice = buffer[PrefixLength..];
        int written = 0;
        destination[written++] = Hash(text);
        for (int first = 0; first < text.Length; first++)
        {
            int length = Remove(text, first, once);
            destination[written++] = Hash(once[..length]);
            for (int second = first; second < length; second++)
            {
                destination[written++] = Hash(twice[..Remove(once[..length], second, twice)]);
            }
        }

        return written;
    }

    private static int Remove(ReadOnlySpan<char> text, int at, Span<char> destination)
    {
        text[..at].CopyTo(destination);
        text[(at + 1)..].CopyTo(destination[at..]);
        return text.Length - 1;
    }

    private static uint Hash(ReadOnlySpan<char> text) => (uint)WordTable.Hash(text) | ((uint)text.Length << 31);
}
