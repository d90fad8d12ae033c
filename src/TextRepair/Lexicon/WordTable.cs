using System.Runtime.CompilerServices;

namespace TextRepair.Lexicon;

/// <summary>
/// A frozen open-addressing hash table of lowercase words stored in one character array: no string per word, and
/// lookups by <see cref="ReadOnlySpan{T}"/> that allocate nothing.
/// </summary>
internal sealed class WordTable
{
    private readonly char[] characters;
    private readonly int[] offsets;
    private readonly int[] buckets;
    private readonly int mask;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public WordTable(char[] characters, int[] offsets)
    {
        this.characters = characters;
        this.offsets = offsets;
        int size = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(Count * 2)));
        mask = size - 1;
        buckets = new int[size];
        Array.Fill(buckets, -1);
        for (int index = 0; index < Count; index++)
        {
            int slot = Hash(this[index]) & mask;
            while (buckets[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }

            buckets[slot] = index;
        }
    }

    public int Count => offsets.Length - 1;

    /// <summary>The word at <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index] => characters.AsSpan(offsets[index], offsets[index + 1] - offsets[index]);

    /// <summary>The bytes the table holds, for the memory report.</summary>
    public long SizeInBytes => (characters.Length * 2L) + (offsets.Length * 4L) + (buckets.Length * 4L);

    /// <summary>The index of <paramref name="word"/> (already lowercase), or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        int slot = Hash(word) & mask;
        while (true)
        {
            int index = buckets[slot];
            if (index < 0)
            {
                return -1;
            }

            if (this[index].SequenceEqual(word))
            {
                return index;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// The index of <paramref name="word"/> read as the word lists write it: curly apostrophes straight and, when
    /// <paramref name="lowercase"/>, in lowercase; -1 when absent. The folded copy lives on the stack: call it only with
    /// words of a bounded length.
    /// </summary>
    public int IndexOfFolded(ReadOnlySpan<char> word, bool lowercase)
    {
        Span<char> folded = stackalloc char[word.Length];
        if (lowercase)
        {
            word.ToLowerInvariant(folded);
        }
        else
        {
            word.CopyTo(folded);
        }

        folded.Replace('\u2019', '\'');
        return IndexOf(folded);
    }

    /// <summary>
    /// Reads rows of "key TAB rest" into a table of the keys; <paramref name="readRest"/> takes each row's index and
    /// its rest. Rows without a tab or with an empty key are skipped.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordTable ReadRows(string text, RowReader readRest)
    {
        var characters = new char[text.Length];
        var offsets = new List<int>(text.Length / 8);
        int written = 0;
        foreach (Range range in text.AsSpan().Split('\n'))
        {
            ReadOnlySpan<char> row = text.AsSpan(range);
            int tab = row.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            row[..tab].CopyTo(characters.AsSpan(written));
            readRest(offsets.Count, row[(tab + 1)..]);
            offsets.Add(written);
            written += tab;
        }

        offsets.Add(written);
        return new WordTable(characters[..written], [.. offsets]);
    }

    /// <summary>Takes the index of a row read by <see cref="ReadRows"/> and the text after its key.</summary>
    internal delegate void RowReader(int row, ReadOnlySpan<char> rest);

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes, so the table could be stored as built.</summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char character in word)
        {
            hash = (hash ^ character) * 16777619;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
