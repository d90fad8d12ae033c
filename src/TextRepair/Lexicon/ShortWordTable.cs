using System.Numerics;

namespace TextRepair.Lexicon;

/// <summary>
/// A frozen hash table of short ASCII words (at most <see cref="MaximumLength"/> characters), each packed one byte a
/// character into the 64-bit key of its slot beside its index: a lookup reads one slot, one cache line, where a
/// <see cref="WordTable"/> reads a bucket and then the characters it points to, two.
/// </summary>
/// <remarks>
/// It holds the lexicon's most counted short words, the words nearly every lexicon lookup of running text asks for
/// ("the", "said", "government"), ahead of the full table. ASCII characters are never 0, so a packed word is never 0
/// (an empty slot) and words of different lengths never share a key.
/// </remarks>
internal sealed class ShortWordTable
{
    /// <summary>The longest word the table holds: eight ASCII characters fill a key.</summary>
    public const int MaximumLength = 8;

    private readonly Slot[] slots;
    private readonly int shift;

    /// <summary>
    /// A table of the words of <paramref name="words"/> (folded, as the lexicon keeps them) at <paramref name="indices"/>
    /// that are short ASCII words, each found under its index in <paramref name="words"/>.
    /// </summary>
    public ShortWordTable(WordTable words, ReadOnlySpan<int> indices)
    {
        Span<char> scratch = stackalloc char[MaximumLength];
        int count = 0;
        foreach (int index in indices)
        {
            count += TryFoldAndPack(words[index], scratch, out _) ? 1 : 0;
        }

        int size = (int)Math.Max(16, BitOperations.RoundUpToPowerOf2((uint)(count * 2)));
        shift = 64 - BitOperations.Log2((uint)size);
        slots = new Slot[size];
        foreach (int index in indices)
        {
            if (TryFoldAndPack(words[index], scratch, out ulong key))
            {
                int slot = SlotOf(key);
                while (slots[slot].Key != 0)
                {
                    slot = (slot + 1) & (slots.Length - 1);
                }

                slots[slot] = new Slot(key, index);
            }
        }

        Count = count;
    }

    /// <summary>How many words the table holds.</summary>
    public int Count { get; }

    /// <summary>
    /// Folds <paramref name="word"/> into <paramref name="folded"/> as the lexicon folds words (ASCII capitals to
    /// lowercase) and packs it into a key, in one pass: false, with <paramref name="folded"/> not all written, when the
    /// word is empty, longer than <see cref="MaximumLength"/> or not all ASCII.
    /// </summary>
    public static bool TryFoldAndPack(ReadOnlySpan<char> word, Span<char> folded, out ulong key)
    {
        key = 0;
        if (word.IsEmpty || word.Length > MaximumLength)
        {
            return false;
        }

        for (int index = 0; index < word.Length; index++)
        {
            uint character = word[index];
            if (character - 1 >= 0x7F)
            {
                return false;
            }

            character = WordTable.FoldAscii(character, lowercase: true);
            folded[index] = (char)character;
            key |= (ulong)character << (8 * index);
        }

        return true;
    }

    /// <summary>The index the word packed into <paramref name="key"/> (by <see cref="TryFoldAndPack"/>) is filed under, or -1.</summary>
    public int IndexOf(ulong key)
    {
        for (int slot = SlotOf(key); ; slot = (slot + 1) & (slots.Length - 1))
        {
            Slot entry = slots[slot];
            if (entry.Key == 0)
            {
                return -1;
            }

            if (entry.Key == key)
            {
                return entry.Index;
            }
        }
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private readonly record struct Slot(ulong Key, int Index);
}
