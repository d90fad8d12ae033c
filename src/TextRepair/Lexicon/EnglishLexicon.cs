using System.Diagnostics;

namespace TextRepair.Lexicon;

/// <summary>
/// The English lexicon: 171,331 words from SymSpell's Google Books counts and SCOWL's word lists (up to size 70), with
/// SymSpell's 242,342 bigram counts, embedded in the library and loaded once, on first use. Lookups by
/// <see cref="ReadOnlySpan{T}"/> ignore case and allocate nothing. Spelling suggestions use the symmetric-delete
/// method; the index and the bigrams are built on the first call that needs them.
/// </summary>
/// <remarks>
/// Word data: SymSpell (MIT, © Wolf Garbe), Google Books Ngram counts (CC BY 3.0), SCOWL (© Kevin Atkinson and others,
/// permissive); the notices ship in the package. The resources are built by <c>tools/TextRepair.LexiconBuilder</c>.
/// </remarks>
public sealed class EnglishLexicon
{
    private const int MaximumWordLength = 64;

    /// <summary>
    /// How many words are searched by a scan before the index is built: a scan costs about 1.2 ms, the index about 80 ms
    /// to build (`LexiconBenchmarks`, `LexiconLoadBenchmarks`; docs/cli.md), so past some dozens of unknown words the
    /// index pays for itself.
    /// </summary>
    internal const int ScanBudget = 48;

    /// <summary>How many of the most counted words the frequent table holds at most (15,102 of the embedded lexicon's: in news text nine words in ten).</summary>
    private const int FrequentWords = 16384;
    private static readonly Lazy<EnglishLexicon> Instance = new(() => LoadEmbedded());
    private readonly WordTable words;

    /// <summary>
    /// The most frequent words in tables of their own, looked up first: in news text most words are among them, and
    /// their tables are small enough to stay in cache, where the whole lexicon's lines are evicted by everything else.
    /// The short ASCII ones (nearly all the words of running text) are packed into their slots' keys, one cache line a
    /// lookup; the rest are in a word table.
    /// </summary>
    private readonly ShortWordTable frequentShort;
    private readonly WordTable frequentLong;

    /// <summary>The lexicon index of each word of <see cref="frequentLong"/>.</summary>
    private readonly int[] frequentLongIndices;
    private readonly long[] counts;
    private readonly byte[] levels;
    private readonly byte[] flags;
    private readonly Lazy<SymmetricDeleteIndex> deleteIndex;
    private readonly Lazy<SuggestionScan> scan;
    private int scansLeft = ScanBudget;
    private AnagramSignatures? anagrams;
    private readonly Lazy<(WordTable Pairs, long[] Counts)> bigrams;

    private EnglishLexicon(WordTable words, long[] counts, byte[] levels, byte[] flags, TimeSpan loadTime)
    {
        this.words = words;
        int[] frequentIndices = MostFrequent(counts, words.Count, FrequentWords);
        frequentShort = new ShortWordTable(words, frequentIndices);
        var longIndices = new List<int>();
        Span<char> scratch = stackalloc char[ShortWordTable.MaximumLength];
        foreach (int index in frequentIndices)
        {
            if (!ShortWordTable.TryFoldAndPack(words[index], scratch, out _))
            {
                longIndices.Add(index);
            }
        }

        frequentLongIndices = [.. longIndices];
        frequentLong = words.Subset(frequentLongIndices);
        this.counts = counts;
        this.levels = levels;
        this.flags = flags;
        LoadTime = loadTime;
        deleteIndex = new Lazy<SymmetricDeleteIndex>(() => new SymmetricDeleteIndex(words, counts));
        scan = new Lazy<SuggestionScan>(() => new SuggestionScan(words, counts));
        bigrams = new Lazy<(WordTable, long[])>(LoadBigrams);
    }

    /// <summary>The lexicon that ships with the library, loaded on first use (thread-safe).</summary>
    public static EnglishLexicon Default => Instance.Value;

    /// <summary>How many words it knows.</summary>
    public int Count => words.Count;

    /// <summary>How long loading the word list took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>The bytes held by the word list (and, once built, the suggestion index), for memory reports.</summary>
    public long SizeInBytes => words.SizeInBytes + (counts.Length * 10L) + (deleteIndex.IsValueCreated ? deleteIndex.Value.SizeInBytes : 0) + (scan.IsValueCreated ? counts.Length * 8L : 0);

    /// <summary>The word at <paramref name="index"/>, as the word list writes it.</summary>
    internal ReadOnlySpan<char> GetWord(int index) => words[index];

    /// <summary>Whether the word (in any case) is known.</summary>
    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    /// <summary>What the lexicon knows of <paramref name="word"/> (in any case); false when it does not know it.</summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out WordInfo info)
    {
        int index = IndexOf(word);
        info = index < 0 ? default : new WordInfo(counts[index], levels[index], (flags[index] & 1) != 0 || counts[index] > 0, flags[index] == 2 && counts[index] == 0, (flags[index] & 2) != 0);
        return index >= 0;
    }

    /// <summary>Google Books count of <paramref name="word"/>; 0 when unknown.</summary>
    public long GetCount(ReadOnlySpan<char> word)
    {
        int index = IndexOf(word);
        return index < 0 ? 0 : counts[index];
    }

    /// <summary>
    /// Whether some word counted at least <paramref name="minimumCount"/> times has the letters of <paramref name="word"/>
    /// in some order (folded as lookups fold them). A word with two letters swapped is such an anagram of the word meant,
    /// so a false answer spares a lookup for every swap: one probe in a small set instead of one in the lexicon per
    /// letter, for each of the many names a news text has. The letters are compared as a sum of per-character hashes,
    /// which any order gives alike; a true answer may (very rarely) be a collision, never a false one a miss.
    /// </summary>
    internal bool HasAnagramCountedAtLeast(ReadOnlySpan<char> word, long minimumCount)
    {
        AnagramSignatures? signatures = anagrams;
        if (signatures is null || signatures.MinimumCount != minimumCount)
        {
            signatures = new AnagramSignatures(minimumCount, BuildAnagramSignatures(minimumCount));
            anagrams = signatures;
        }

        return signatures.Signatures.Contains(AnagramSignature(word));
    }

    private HashSet<ulong> BuildAnagramSignatures(long minimumCount)
    {
        var signatures = new HashSet<ulong>();
        for (int index = 0; index < counts.Length; index++)
        {
            if (counts[index] >= minimumCount)
            {
                signatures.Add(AnagramSignature(words[index]));
            }
        }

        return signatures;
    }

    /// <summary>
    /// The sum of a mixed hash of each character of the word folded as lookups fold it: the same for every order of the
    /// same letters.
    /// </summary>
    private static ulong AnagramSignature(ReadOnlySpan<char> word)
    {
        Span<char> folded = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        WordTable.Fold(word, folded, lowercase: true);
        ulong sum = 0;
        foreach (char character in folded)
        {
            ulong mixed = (character + 1UL) * 0x9E3779B97F4A7C15UL;
            mixed = (mixed ^ (mixed >> 31)) * 0xBF58476D1CE4E5B9UL;
            sum += mixed ^ (mixed >> 29);
        }

        return sum + (ulong)word.Length;
    }

    /// <summary>The signatures of the words counted at least a threshold: made once (a reference, so a thread reads one whole set).</summary>
    private sealed record AnagramSignatures(long MinimumCount, HashSet<ulong> Signatures);

    /// <summary>How often <paramref name="first"/> is followed by <paramref name="second"/> (SymSpell's bigram counts); 0 when not listed.</summary>
    public long GetBigramCount(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.Length + second.Length + 1 > MaximumWordLength)
        {
            return 0;
        }

        Span<char> pair = stackalloc char[first.Length + second.Length + 1];
        first.ToLowerInvariant(pair);
        pair[first.Length] = ' ';
        second.ToLowerInvariant(pair[(first.Length + 1)..]);
        (WordTable pairs, long[] pairCounts) = bigrams.Value;
        int index = pairs.IndexOf(pair);
        return index < 0 ? 0 : pairCounts[index];
    }

    /// <summary>Known words within edit distance 2 of <paramref name="word"/>, nearest first, then most frequent.</summary>
    public IReadOnlyList<SpellingSuggestion> Suggest(ReadOnlySpan<char> word, int maximum = 5)
    {
        if (word.Length > MaximumWordLength || word.Length < 2)
        {
            return [];
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        // The first unknown words of a process are searched by a scan, which answers the same (see SuggestionScan), so
        // that checking one short text does not wait for the index.
        if (!deleteIndex.IsValueCreated && Interlocked.Decrement(ref scansLeft) >= 0)
        {
            return scan.Value.Lookup(lower, maximum);
        }

        return deleteIndex.Value.Lookup(lower, maximum);
    }

    /// <summary>The suggestions for a lowercase word from the index or from a scan, whichever asked (for the test that they agree).</summary>
    internal List<SpellingSuggestion> SuggestBy(bool index, ReadOnlySpan<char> lowercase, int maximum) =>
        index ? deleteIndex.Value.Lookup(lowercase, maximum) : scan.Value.Lookup(lowercase, maximum);

    /// <summary>The index of <paramref name="word"/> (in any case), or -1: a key to file what other tables say of the word under.</summary>
    internal int IndexOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaximumWordLength)
        {
            return -1;
        }

        Span<char> folded = stackalloc char[word.Length];
        if (ShortWordTable.TryFoldAndPack(word, folded, out ulong key))
        {
            int shortIndex = frequentShort.IndexOf(key);
            return shortIndex >= 0 ? shortIndex : words.IndexOf(folded);
        }

        int hash = WordTable.FoldAndHash(word, folded, lowercase: true);
        int index = frequentLong.IndexOf(folded, hash);
        return index >= 0 ? frequentLongIndices[index] : words.IndexOf(folded, hash);
    }

    /// <summary>
    /// The indices of at most <paramref name="wanted"/> of the most counted words: every word whose count's binary
    /// magnitude is above the lowest threshold that keeps them that few, found from a histogram of the magnitudes (one
    /// pass, no sort).
    /// </summary>
    private static int[] MostFrequent(long[] counts, int count, int wanted)
    {
        Span<int> magnitudes = stackalloc int[65];
        for (int index = 0; index < count; index++)
        {
            magnitudes[64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)counts[index])]++;
        }

        int taken = 0;
        int threshold = 64;
        while (threshold > 0 && taken + magnitudes[threshold] <= wanted)
        {
            taken += magnitudes[threshold--];
        }

        var indices = new List<int>(wanted);
        for (int index = 0; index < count && indices.Count < wanted; index++)
        {
            int magnitude = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)counts[index]);
            if (magnitude > threshold && counts[index] > 0)
            {
                indices.Add(index);
            }
        }

        return [.. indices];
    }

    /// <summary>Loads the word list embedded in the library; with a <paramref name="cache"/>, from the loaded form a process before wrote there.</summary>
    internal static EnglishLexicon LoadEmbedded(LoadedFormCache? cache = null)
    {
        var stopwatch = Stopwatch.StartNew();
        return LoadedFormCache.LoadEmbedded(
            cache, "TextRepair.Lexicon.words.tsv.br", "The lexicon resource words.tsv.br", "words", source => Load(source, stopwatch), static (lexicon, writer) => lexicon.Write(writer), reader => Read(reader, stopwatch));
    }

    private void Write(LoadedFormWriter writer)
    {
        words.Write(writer);
        writer.Write<long>(counts);
        writer.Write<byte>(levels);
        writer.Write<byte>(flags);
    }

    private static EnglishLexicon Read(LoadedFormReader reader, Stopwatch stopwatch)
    {
        WordTable words = WordTable.Read(reader);
        long[] counts = reader.ReadArray<long>();
        byte[] levels = reader.ReadArray<byte>();
        byte[] flags = reader.ReadArray<byte>();
        if (counts.Length < words.Count || levels.Length != counts.Length || flags.Length != counts.Length)
        {
            throw new InvalidDataException("A cached lexicon does not hold together.");
        }

        return new EnglishLexicon(words, counts, levels, flags, stopwatch.Elapsed);
    }

    private static EnglishLexicon Load(Stream stream, Stopwatch stopwatch)
    {
        string text = EmbeddedData.ReadBrotliText(stream);
        int lines = text.Count('\n');
        var counts = new long[lines];
        var levels = new byte[lines];
        var flags = new byte[lines];
        WordTable table = WordTable.ReadRows(text, (row, rest) =>
        {
            // count TAB level TAB flags
            int second = rest.IndexOf('\t');
            counts[row] = ParseNumber(rest[..second]);
            rest = rest[(second + 1)..];
            int third = rest.IndexOf('\t');
            levels[row] = (byte)ParseNumber(rest[..third]);
            flags[row] = (byte)ParseNumber(rest[(third + 1)..]);
        });
        return new EnglishLexicon(table, counts, levels, flags, stopwatch.Elapsed);
    }

    private static (WordTable, long[]) LoadBigrams()
    {
        string text = ReadResource("bigrams.tsv.br");
        var pairCounts = new long[text.Count('\n')];
        WordTable pairs = WordTable.ReadRows(text, (row, rest) => pairCounts[row] = ParseNumber(rest));
        return (pairs, pairCounts[..pairs.Count]);
    }

    private static long ParseNumber(ReadOnlySpan<char> digits) => long.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);

    private static string ReadResource(string name)
    {
        using Stream stream = EmbeddedData.Open("TextRepair.Lexicon." + name, $"The lexicon resource {name}");
        return EmbeddedData.ReadBrotliText(stream);
    }
}
