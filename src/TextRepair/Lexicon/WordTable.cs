using System.Runtime.CompilerServices;

namespace TextRepair.Lexicon;

/// <summary>
/// A frozen open-addressing hash table of words (the lexicon's in lowercase) stored in one character array: no string
/// per word, and lookups by <see cref="ReadOnlySpan{T}"/> that allocate nothing.
/// </summary>
/// <remarks>
/// A bucket is one 64-bit value that holds everything a lookup needs before it reads the word: where the word's
/// characters start (24 bits), its length (8), its index + 1 (20; 0 marks an empty bucket) and 12 more bits of its hash.
/// A lookup therefore reads one bucket and, only when length and hash bits agree, the characters: two cache misses for
/// a word found, usually one for a word not there, where an index into a separate offsets array cost three.
/// </remarks>
internal sealed class WordTable
{
    private const int OffsetBits = 24;
    private const int LengthBits = 8;
    private const int IndexBits = 20;
    private const int TagBits = 12;

    // FNV-1a's 32-bit offset basis (Hash).
    private const uint HashBasis = 2166136261;

    private readonly char[] characters;
    private readonly int[] offsets;
    private readonly ulong[] buckets;
    private readonly int mask;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public WordTable(char[] characters, int[] offsets)
    {
        this.characters = characters;
        this.offsets = offsets;
        if (characters.Length >= 1 << OffsetBits || Count >= (1 << IndexBits) - 1)
        {
            throw new InvalidDataException($"A word table holds at most {(1 << IndexBits) - 2:N0} words in {(1 << OffsetBits) - 1:N0} characters.");
        }

        int size = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(Count * 2)));
        mask = size - 1;
        buckets = new ulong[size];
        for (int index = 0; index < Count; index++)
        {
            ReadOnlySpan<char> word = this[index];
            if (word.Length >= 1 << LengthBits)
            {
                throw new InvalidDataException($"A word table holds words of at most {(1 << LengthBits) - 1} characters.");
            }

            int hash = Hash(word);
            int slot = hash & mask;
            while (buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            buckets[slot] = (uint)offsets[index] | ((ulong)(uint)word.Length << OffsetBits) | ((ulong)(uint)(index + 1) << (OffsetBits + LengthBits)) | ((ulong)Tag(hash) << (OffsetBits + LengthBits + IndexBits));
        }
    }

    private WordTable(char[] characters, int[] offsets, ulong[] buckets)
    {
        this.characters = characters;
        this.offsets = offsets;
        this.buckets = buckets;
        mask = buckets.Length - 1;
    }

    public int Count => offsets.Length - 1;

    /// <summary>Writes the table as built, for <see cref="LoadedFormCache"/>.</summary>
    public void Write(LoadedFormWriter writer)
    {
        writer.Write<char>(characters);
        writer.Write<int>(offsets);
        writer.Write<ulong>(buckets);
    }

    /// <summary>A table <see cref="Write"/> wrote, read back without building its buckets again.</summary>
    public static WordTable Read(LoadedFormReader reader)
    {
        char[] characters = reader.ReadArray<char>();
        int[] offsets = reader.ReadArray<int>();
        ulong[] buckets = reader.ReadArray<ulong>();
        if (offsets.Length == 0 || offsets[^1] != characters.Length || buckets.Length < 16 || !System.Numerics.BitOperations.IsPow2(buckets.Length))
        {
            throw new InvalidDataException("A cached word table does not hold together.");
        }

        return new WordTable(characters, offsets, buckets);
    }

    /// <summary>The word at <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index] => characters.AsSpan(offsets[index], offsets[index + 1] - offsets[index]);

    /// <summary>The bytes the table holds, for the memory report.</summary>
    public long SizeInBytes => (characters.Length * 2L) + (offsets.Length * 4L) + (buckets.Length * 8L);

    /// <summary>The index of <paramref name="word"/> (already lowercase), or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> word) => IndexOf(word, Hash(word));

    /// <summary>The index of <paramref name="word"/> (already folded), whose <see cref="Hash"/> is <paramref name="hash"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> word, int hash)
    {
        ulong expected = ((ulong)(uint)word.Length << OffsetBits) | ((ulong)Tag(hash) << (OffsetBits + LengthBits + IndexBits));
        const ulong Compared = (((1UL << LengthBits) - 1) << OffsetBits) | (((1UL << TagBits) - 1) << (OffsetBits + LengthBits + IndexBits));
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ulong bucket = buckets[slot];
            if (bucket == 0)
            {
                return -1;
            }

            if ((bucket & Compared) == expected
                && characters.AsSpan((int)(bucket & ((1UL << OffsetBits) - 1)), word.Length).SequenceEqual(word))
            {
                return (int)((bucket >> (OffsetBits + LengthBits)) & ((1UL << IndexBits) - 1)) - 1;
            }
        }
    }

    /// <summary>A table of the words at <paramref name="indices"/> only, in that order: a small, dense copy for the words looked up most.</summary>
    public WordTable Subset(ReadOnlySpan<int> indices)
    {
        int length = 0;
        foreach (int index in indices)
        {
            length += this[index].Length;
        }

        char[] subsetCharacters = new char[length];
        int[] subsetOffsets = new int[indices.Length + 1];
        int written = 0;
        for (int at = 0; at < indices.Length; at++)
        {
            ReadOnlySpan<char> word = this[indices[at]];
            subsetOffsets[at] = written;
            word.CopyTo(subsetCharacters.AsSpan(written));
            written += word.Length;
        }

        subsetOffsets[^1] = written;
        return new WordTable(subsetCharacters, subsetOffsets);
    }

    /// <summary>Bits of the hash the slot does not use (the slot takes the low bits), to tell most words apart unread.</summary>
    private static uint Tag(int hash) => (uint)(hash >> 19) & ((1U << TagBits) - 1);

    /// <summary>
    /// The index of <paramref name="word"/> read as the word lists write it: curly apostrophes straight and, when
    /// <paramref name="lowercase"/>, in lowercase; -1 when absent. The folded copy lives on the stack: call it only with
    /// words of a bounded length.
    /// </summary>
    public int IndexOfFolded(ReadOnlySpan<char> word, bool lowercase)
    {
        // An ASCII word has no curly apostrophe: kept in its case, it is already folded.
        if (!lowercase && System.Text.Ascii.IsValid(word))
        {
            return IndexOf(word);
        }

        Span<char> folded = stackalloc char[word.Length];
        int hash = FoldAndHash(word, folded, lowercase);
        return IndexOf(folded, hash);
    }

    /// <summary>
    /// <see cref="Fold"/>, returning the <see cref="Hash"/> of the folded word: for an ASCII word (nearly every word of
    /// a text) in the one pass that folds it, where folding and hashing apart cost two passes and two calls per lookup.
    /// </summary>
    public static int FoldAndHash(ReadOnlySpan<char> word, Span<char> folded, bool lowercase)
    {
        uint hash = HashBasis;
        for (int index = 0; index < word.Length; index++)
        {
            uint character = word[index];
            if (character >= 0x80)
            {
                Fold(word, folded, lowercase);
                return Hash(folded[..word.Length]);
            }

            character = FoldAscii(character, lowercase);
            folded[index] = (char)character;
            hash = HashStep(hash, character);
        }

        return HashResult(hash);
    }

    /// <summary>
    /// An ASCII character as <see cref="Fold"/> writes it (a capital in lowercase when <paramref name="lowercase"/>): for
    /// the lookups that fold a word character by character as they read it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint FoldAscii(uint character, bool lowercase) =>
        lowercase && character - 'A' <= 'Z' - 'A' ? character | 0x20 : character;

    /// <summary>
    /// Writes <paramref name="word"/> into <paramref name="folded"/> (as long) as the word lists write it: curly
    /// apostrophes straight and, when <paramref name="lowercase"/>, in lowercase. The one definition of folding, for
    /// lookups and for anything that must agree with them.
    /// </summary>
    public static void Fold(ReadOnlySpan<char> word, Span<char> folded, bool lowercase)
    {
        // Most words are ASCII: folded without the culture machinery, and with no curly apostrophe to straighten.
        if (System.Text.Ascii.IsValid(word))
        {
            if (lowercase)
            {
                System.Text.Ascii.ToLower(word, folded, out _);
            }
            else
            {
                word.CopyTo(folded);
            }

            return;
        }

        if (lowercase)
        {
            word.ToLowerInvariant(folded);
        }
        else
        {
            word.CopyTo(folded);
        }

        folded[..word.Length].Replace('\u2019', '\'');
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
        uint hash = HashBasis;
        foreach (char character in word)
        {
            hash = HashStep(hash, character);
        }

        return HashResult(hash);
    }

    // FNV-1a's step, and the non-negative int a table slots by: one definition for Hash and FoldAndHash, which must agree.
    private static uint HashStep(uint hash, uint character) => (hash ^ character) * 16777619;

    private static int HashResult(uint hash) => (int)(hash & 0x7FFFFFFF);
}
