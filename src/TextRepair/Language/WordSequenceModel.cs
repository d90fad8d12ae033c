using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using TextRepair.Lexicon;

namespace TextRepair.Language;

/// <summary>
/// An English 3-gram model with Katz-style back-off: log10 P(word | two words before), looked up by word ids without
/// allocating. Built from the CMU Sphinx US English model (BSD-2-Clause), pruned by relative entropy to 873k bigrams
/// and 695k trigrams and quantized to one byte per probability by <c>tools/TextRepair.LanguageModelBuilder</c>.
/// </summary>
/// <remarks>
/// The model knows lowercase words without punctuation; callers map names, numbers and unknown words to "no word"
/// (<see cref="NoWord"/>) and start a new context after them, rather than scoring them as surprises. Memory: about
/// 27 MB once loaded, 11 MB of it the bigram hash table (a slot per bigram holds its key, probability and back-off
/// weight) and 9 MB the trigram hash table (its three words and probability), traded for speed: see docs/benchmarks.md.
/// </remarks>
public sealed class WordSequenceModel
{
    /// <summary>The id of a word the model does not know, or of a position without a word (before a sentence start).</summary>
    public const int NoWord = -1;

    private const string Magic = "TRLM1";
    private const int MaximumWordLength = 48;
    private const float UnknownLogProbability = -7f;

    private readonly WordTable words;
    private readonly byte[] unigramLogP;
    private readonly byte[] unigramBackoff;
    private readonly int[] firstBigram;
    private readonly int[] bigramWord;

    /// <summary>
    /// The bigrams as an open-addressing hash of 64-bit slots, each the whole answer to one lookup: the two word ids (the
    /// key), the bigram's quantized probability and its back-off weight as a history (0 is empty). A frequent word has
    /// tens of thousands of successors: a binary search over them cost a cache miss per step, and an index into separate
    /// arrays two more; one slot read is about one.
    /// </summary>
    private readonly ulong[] bigramSlots;

    /// <summary>
    /// The trigrams the same way: a slot holds the three word ids and the quantized probability. Keyed by the words, not
    /// by the history bigram's index, so that a trigram's slot is known before its history's is read: the lookups of
    /// neighbouring words, and the two of one word, wait for no other and their cache misses overlap. A history such as
    /// "of the" has thousands of successors; the binary search over them that the table replaced was most of a lookup's
    /// cost (about 70 of 115 ns). Both tables are filled to at most 5/8, so a probe ends within a few slots.
    /// </summary>
    private readonly ulong[] trigramSlots;

    private WordSequenceModel(
        WordTable words,
        byte[] unigramLogP,
        byte[] unigramBackoff,
        int[] firstBigram,
        int[] bigramWord,
        ulong[] bigramSlots,
        ulong[] trigramSlots,
        int trigramCount,
        TimeSpan loadTime)
    {
        this.words = words;
        this.unigramLogP = unigramLogP;
        this.unigramBackoff = unigramBackoff;
        this.firstBigram = firstBigram;
        this.bigramWord = bigramWord;
        this.trigramSlots = trigramSlots;
        TrigramCount = trigramCount;
        this.bigramSlots = bigramSlots;
        LoadTime = loadTime;
        SentenceStart = words.IndexOf("<s>");
        SentenceEnd = words.IndexOf("</s>");
    }

    /// <summary>How many words the model knows.</summary>
    public int WordCount => words.Count;

    /// <summary>How many bigrams it stores.</summary>
    public int BigramCount => bigramWord.Length;

    /// <summary>How many trigrams it stores.</summary>
    public int TrigramCount { get; }

    /// <summary>The id of the sentence-start mark <c>&lt;s&gt;</c>, usable as context.</summary>
    public int SentenceStart { get; }

    /// <summary>The id of the sentence-end mark <c>&lt;/s&gt;</c>, usable as the predicted word.</summary>
    public int SentenceEnd { get; }

    /// <summary>How long loading took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>The bytes the loaded model holds, for memory reports.</summary>
    public long SizeInBytes =>
        words.SizeInBytes + (unigramLogP.Length * 2L) + (firstBigram.Length * 4L) + (bigramWord.Length * 4L) + (bigramSlots.Length * 8L) + (trigramSlots.Length * 8L);

    /// <summary>The id of <paramref name="word"/> in any case (curly apostrophes read as straight), or <see cref="NoWord"/>.</summary>
    public int GetWordId(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaximumWordLength)
        {
            return NoWord;
        }

        return words.IndexOfFolded(word, lowercase: true);
    }

    /// <summary>The word with id <paramref name="id"/>.</summary>
    public ReadOnlySpan<char> GetWord(int id) => words[id];

    /// <summary>
    /// log10 P(<paramref name="word"/> | <paramref name="first"/> <paramref name="second"/>), backing off to shorter
    /// histories; a context id of <see cref="NoWord"/> means no context there. An unknown word gets a fixed floor.
    /// </summary>
    public float LogProbability(int first, int second, int word)
    {
        WordSequenceState state = Start(first, second);
        return Next(ref state, word);
    }

    /// <summary>The state after <paramref name="first"/> <paramref name="second"/>, to score the words that follow with <see cref="Next"/>.</summary>
    internal WordSequenceState Start(int first, int second) =>
        new(first, second, first >= 0 && second >= 0 ? FindBigram(first, second) : 0);

    /// <summary>
    /// log10 P(<paramref name="word"/> | the state's two words), and the state moves on by the word. Scoring a sequence
    /// word by word this way probes each bigram once: the pair a word forms with the one before is the next word's
    /// history, which <see cref="LogProbability"/> called per word would look up again.
    /// </summary>
    internal float Next(ref WordSequenceState state, int word)
    {
        int first = state.First;
        int second = state.Second;
        ulong context = state.Context;
        if (word < 0)
        {
            state = new WordSequenceState(NoWord, NoWord, 0);
            return UnknownLogProbability;
        }

        if (second < 0)
        {
            state = new WordSequenceState(NoWord, word, 0);
            return Probability(unigramLogP[word]);
        }

        ulong bigram = FindBigram(second, word);
        state = new WordSequenceState(second, word, bigram);
        if (context != 0)
        {
            ulong trigram = MayContinueWith(context, word) ? FindTrigram(first, second, word) : 0;
            if (trigram != 0)
            {
                return Probability((byte)trigram);
            }

            return Math.Min(0, Backoff((byte)(context >> 8)) + BigramLogProbability(second, word, bigram));
        }

        return BigramLogProbability(second, word, bigram);
    }

    /// <summary>
    /// Starts loading the slots <see cref="Next"/> reads for <paramref name="word"/> after <paramref name="first"/>
    /// <paramref name="second"/>, for a caller that knows its next lookups: their cache misses then overlap.
    /// </summary>
    internal void Prefetch(int first, int second, int word)
    {
        if (second < 0 || word < 0)
        {
            return;
        }

        MemoryPrefetch.Fetch(bigramSlots, SlotOf(KeyOf(second, word), bigramSlots.Length));
        if (first >= 0)
        {
            MemoryPrefetch.Fetch(trigramSlots, SlotOf(TrigramKeyOf(first, second, word), trigramSlots.Length));
        }
    }

    /// <summary>
    /// The ids of the words the model has seen right after <paramref name="first"/>, in ascending order: for building
    /// tables over a few words' successors at once, which one <see cref="HasBigram"/> per pair would make slow.
    /// </summary>
    internal ReadOnlySpan<int> GetSuccessors(int first) =>
        first < 0 ? [] : bigramWord.AsSpan(firstBigram[first], firstBigram[first + 1] - firstBigram[first]);

    /// <summary>The stored trigrams, in table order: the three word ids and the log10 probability as stored.</summary>
    internal IEnumerable<(int First, int Second, int Word, float LogProbability)> GetStoredTrigrams()
    {
        const ulong WordMask = (1UL << WordBits) - 1;
        foreach (ulong slot in trigramSlots)
        {
            if (slot != 0)
            {
                ulong key = slot >> TrigramKeyShift;
                yield return ((int)(key >> (2 * WordBits)) - 1, (int)((key >> WordBits) & WordMask), (int)(key & WordMask), Probability((byte)slot));
            }
        }
    }

    /// <summary>Whether the model has seen <paramref name="second"/> right after <paramref name="first"/>.</summary>
    public bool HasBigram(int first, int second) => first >= 0 && second >= 0 && FindBigram(first, second) != 0;

    /// <summary>
    /// Loads the model embedded in the library; with a <paramref name="cache"/>, from the loaded form a process before
    /// wrote there, which a process without one then writes.
    /// </summary>
    internal static WordSequenceModel LoadEmbedded(LoadedFormCache? cache = null)
    {
        var stopwatch = Stopwatch.StartNew();
        return LoadedFormCache.LoadEmbedded(
            cache, "TextRepair.Language.ngrams.bin.zlib", "The word-sequence model", "ngrams", Load, static (model, writer) => model.Write(writer), reader => Read(reader, stopwatch));
    }

    /// <summary>Writes the model as loaded, for <see cref="LoadedFormCache"/>.</summary>
    private void Write(LoadedFormWriter writer)
    {
        words.Write(writer);
        writer.Write<byte>(unigramLogP);
        writer.Write<byte>(unigramBackoff);
        writer.Write<int>(firstBigram);
        writer.Write<int>(bigramWord);
        writer.Write<ulong>(bigramSlots);
        writer.Write<ulong>(trigramSlots);
        writer.Write(TrigramCount);
    }

    /// <summary>A model <see cref="Write"/> wrote, read back without decoding its tries or filling its tables again.</summary>
    private static WordSequenceModel Read(LoadedFormReader reader, Stopwatch stopwatch)
    {
        WordTable table = WordTable.Read(reader);
        byte[] unigramLogP = reader.ReadArray<byte>();
        byte[] unigramBackoff = reader.ReadArray<byte>();
        int[] firstBigram = reader.ReadArray<int>();
        int[] bigramWord = reader.ReadArray<int>();
        ulong[] bigramSlots = reader.ReadArray<ulong>();
        ulong[] trigramSlots = reader.ReadArray<ulong>();
        int trigramCount = reader.ReadInt32(0, trigramSlots.Length);
        if (table.Count > 1 << WordBits || unigramLogP.Length != table.Count || unigramBackoff.Length != table.Count
            || firstBigram.Length != table.Count + 1 || firstBigram[^1] != bigramWord.Length || bigramSlots.Length < 16 || trigramSlots.Length < 16)
        {
            throw new InvalidDataException("A cached word-sequence model does not hold together.");
        }

        return new WordSequenceModel(table, unigramLogP, unigramBackoff, firstBigram, bigramWord, bigramSlots, trigramSlots, trigramCount, stopwatch.Elapsed);
    }

    /// <summary>
    /// Loads a model in the format <c>tools/TextRepair.LanguageModelBuilder</c> writes, zlib- or Brotli-compressed (a
    /// zlib stream is told by its two-byte header; anything else is read as Brotli).
    /// </summary>
    /// <exception cref="InvalidDataException">When the stream does not hold such a model.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordSequenceModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var stopwatch = Stopwatch.StartNew();
        // Decompressed whole first: the reader then takes its millions of small reads from memory, not through the
        // decompressor one byte at a time (350 ms down to a fraction; the decompression itself is about 50 ms).
        // The model inflates to under twice its compressed size: one buffer of that size, not a doubling series of copies.
        using var decompressed = new MemoryStream(stream.CanSeek ? (int)Math.Min(int.MaxValue / 2, Math.Max(0, stream.Length - stream.Position) * 2) : 0);
        using (Stream inflating = OpenDecompressing(stream))
        {
            inflating.CopyTo(decompressed);
        }

        decompressed.Position = 0;
        using var reader = new BinaryReader(decompressed, Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("Not a TextRepair word-sequence model.");
            }

            int wordCount = reader.ReadInt32();
            var characters = new StringBuilder(wordCount * 8);
            int[] offsets = new int[wordCount + 1];
            for (int index = 0; index < wordCount; index++)
            {
                offsets[index] = characters.Length;
                characters.Append(reader.ReadString());
            }

            offsets[wordCount] = characters.Length;
            var table = new WordTable(characters.ToString().ToCharArray(), offsets);
            byte[] unigramLogP = reader.ReadBytes(wordCount);
            byte[] unigramBackoff = reader.ReadBytes(wordCount);

            int bigramCount = reader.ReadInt32();
            int[] firstBigram = new int[wordCount + 1];
            int[] bigramWord = ReadTrie(decompressed, firstBigram, bigramCount);
            byte[] bigramLogP = reader.ReadBytes(bigramCount);
            byte[] bigramBackoff = reader.ReadBytes(bigramCount);
            if (bigramBackoff.Length != bigramCount)
            {
                throw new InvalidDataException("The word-sequence model ends early.");
            }

            int trigramCount = reader.ReadInt32();
            int[] firstTrigram = new int[bigramCount + 1];
            int[] trigramWord = ReadTrie(decompressed, firstTrigram, trigramCount);
            byte[] trigramLogP = reader.ReadBytes(trigramCount);
            if (trigramLogP.Length != trigramCount)
            {
                throw new InvalidDataException("The word-sequence model ends early.");
            }

            // Both tables are built before the clock is read: the load time reports the whole load. They share their
            // two scratch arrays: each fresh megabyte is a few hundred page faults, a good part of the load.
            ulong[] entries = new ulong[Math.Max(bigramCount, trigramCount)];
            ulong[] grouped = new ulong[entries.Length];
            ulong[] bigramSlots = BuildBigramSlots(firstBigram, bigramWord, bigramLogP, bigramBackoff, firstTrigram, trigramWord, entries, grouped);
            ulong[] trigramSlots = BuildTrigramSlots(firstBigram, bigramWord, firstTrigram, trigramWord, trigramLogP, entries, grouped);
            return new WordSequenceModel(
                table, unigramLogP, unigramBackoff, firstBigram, bigramWord, bigramSlots, trigramSlots, trigramCount, stopwatch.Elapsed);
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidDataException("The word-sequence model ends early.", exception);
        }
    }

    /// <summary>
    /// The stream decompressing <paramref name="stream"/>: zlib when it opens with a zlib header (deflate, a window size,
    /// and a check that makes the two bytes a multiple of 31), which a Brotli stream of this format does not; Brotli
    /// otherwise. The embedded model is zlib: it inflates in about a third of Brotli's time. A stream that cannot seek
    /// back over the two bytes is read into memory first.
    /// </summary>
    private static Stream OpenDecompressing(Stream stream)
    {
        Stream source = stream;
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            source = copy;
        }

        long start = source.Position;
        Span<byte> header = stackalloc byte[2];
        int read = source.ReadAtLeast(header, 2, throwOnEndOfStream: false);
        source.Position = start;
        bool zlib = read == 2 && (header[0] & 0x0F) == 8 && (header[0] >> 4) <= 7 && ((header[0] << 8) | header[1]) % 31 == 0;
        return zlib
            ? new ZLibStream(source, CompressionMode.Decompress, leaveOpen: source == stream)
            : new BrotliStream(source, CompressionMode.Decompress, leaveOpen: source == stream);
    }

    /// <summary>
    /// Reads one trie level: for each parent, a successor count, then the successor ids as deltas, all as 7-bit encoded
    /// integers. Decoded from the stream's buffer directly (millions of them: a reader call each cost a third of the load).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] ReadTrie(MemoryStream stream, int[] first, int count)
    {
        ReadOnlySpan<byte> bytes = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        int at = (int)stream.Position;
        int[] children = new int[count];
        int written = 0;
        for (int parent = 0; parent + 1 < first.Length; parent++)
        {
            first[parent] = written;
            int successors = Read7BitEncoded(bytes, ref at);
            if (successors > count - written)
            {
                throw new InvalidDataException("The word-sequence model's n-gram counts do not add up.");
            }

            int previous = 0;
            for (int index = 0; index < successors; index++)
            {
                previous += Read7BitEncoded(bytes, ref at);
                children[written++] = previous;
            }
        }

        first[^1] = written;
        if (written != count)
        {
            throw new InvalidDataException("The word-sequence model's n-gram counts do not add up.");
        }

        stream.Position = at;
        return children;
    }

    /// <summary>A 7-bit encoded integer (as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it) at <paramref name="at"/>, which moves past it.</summary>
    private static int Read7BitEncoded(ReadOnlySpan<byte> bytes, ref int at)
    {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            if (at >= bytes.Length)
            {
                throw new InvalidDataException("The word-sequence model ends early.");
            }

            byte next = bytes[at++];
            value |= (next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("The word-sequence model holds a malformed number.");
    }

    // A back-off weight may be above 1 and quantization rounds: a probability is still at most 1 (log10 0), which the
    // edit search relies on when it stops scoring an edit that can no longer win.
    private float BigramLogProbability(int second, int word, ulong bigram) =>
        bigram != 0 ? Probability((byte)bigram) : Math.Min(0, Backoff(unigramBackoff[second]) + Probability(unigramLogP[word]));

    // A bigram slot: bits 29-63 the key (the first word's id + 1, never 0, so an empty slot is 0, and the second's), 16-28
    // which words the bigram is seen followed by (a bit per word id modulo 13, see MayContinueWith), 8-15 the bigram's
    // back-off weight as a history, 0-7 its quantized probability.
    private const int BigramKeyShift = 29;
    private const int WordBits = 17;
    private const int ContinuationShift = 16;
    private const int ContinuationBits = 13;

    /// <summary>
    /// Whether the history whose bigram slot is <paramref name="context"/> may have a trigram ending in
    /// <paramref name="word"/>: false only when it has none. Most histories have a few continuations, and most words
    /// after them are not one: the bits answer without a probe of the trigram table, a cache miss in 22 MB.
    /// </summary>
    private static bool MayContinueWith(ulong context, int word) => (context & ContinuationBit(word)) != 0;

    private static ulong ContinuationBit(int word) => 1UL << (ContinuationShift + (int)((uint)word % ContinuationBits));

    // A trigram slot: bits 8-59 the key (the first word's id + 1 and the other two), 0-7 the quantized probability.
    private const int TrigramKeyShift = 8;

    private static ulong KeyOf(int first, int second) => ((ulong)(uint)(first + 1) << WordBits) | (uint)second;

    /// <summary>The slot of the bigram (<paramref name="first"/>, <paramref name="second"/>), or 0 when the model has not seen it.</summary>
    private ulong FindBigram(int first, int second) => Find(bigramSlots, KeyOf(first, second), BigramKeyShift);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong[] BuildBigramSlots(
        int[] firstBigram, int[] bigramWord, byte[] bigramLogP, byte[] bigramBackoff, int[] firstTrigram, int[] trigramWord, ulong[] entries, ulong[] grouped)
    {
        if (firstBigram.Length - 1 > 1 << WordBits)
        {
            throw new InvalidDataException($"The word-sequence model is too large for its lookup table (at most {1 << WordBits:N0} words).");
        }

        for (int first = 0; first + 1 < firstBigram.Length; first++)
        {
            for (int entry = firstBigram[first]; entry < firstBigram[first + 1]; entry++)
            {
                ulong key = KeyOf(first, bigramWord[entry]);
                ulong continuations = 0;
                for (int trigram = firstTrigram[entry]; trigram < firstTrigram[entry + 1]; trigram++)
                {
                    continuations |= ContinuationBit(trigramWord[trigram]);
                }

                entries[entry] = (key << BigramKeyShift) | continuations | ((ulong)bigramBackoff[entry] << 8) | bigramLogP[entry];
            }
        }

        return InsertAll(entries.AsSpan(0, bigramWord.Length), grouped, BigramKeyShift);
    }

    /// <summary>The slot of the trigram (<paramref name="first"/>, <paramref name="second"/>, <paramref name="word"/>), or 0 when the model has not seen it.</summary>
    private ulong FindTrigram(int first, int second, int word) => Find(trigramSlots, TrigramKeyOf(first, second, word), TrigramKeyShift);

    private static ulong TrigramKeyOf(int first, int second, int word) => (KeyOf(first, second) << WordBits) | (uint)word;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong[] BuildTrigramSlots(int[] firstBigram, int[] bigramWord, int[] firstTrigram, int[] trigramWord, byte[] trigramLogP, ulong[] entries, ulong[] grouped)
    {
        for (int first = 0; first + 1 < firstBigram.Length; first++)
        {
            for (int history = firstBigram[first]; history < firstBigram[first + 1]; history++)
            {
                for (int entry = firstTrigram[history]; entry < firstTrigram[history + 1]; entry++)
                {
                    entries[entry] = (TrigramKeyOf(first, bigramWord[history], trigramWord[entry]) << TrigramKeyShift) | trigramLogP[entry];
                }
            }
        }

        return InsertAll(entries.AsSpan(0, trigramWord.Length), grouped, TrigramKeyShift);
    }

    // Both tables are open addressing with linear probing: a slot is 0 when empty, else its key shifted up by the bits
    // of what it carries below it, so a probe compares the key and reads the answer in one 64-bit load.

    /// <summary>The slot holding <paramref name="key"/> (stored above bit <paramref name="keyShift"/>), or 0 when none does.</summary>
    private static ulong Find(ulong[] slots, ulong key, int keyShift)
    {
        for (int slot = SlotOf(key, slots.Length); ; slot = slot + 1 == slots.Length ? 0 : slot + 1)
        {
            ulong entry = slots[slot];
            if (entry == 0 || entry >> keyShift == key)
            {
                return entry;
            }
        }
    }

    /// <summary>
    /// A table filled to at most 5/8 with every entry (its key above bit <paramref name="keyShift"/>), each in the first
    /// free slot from its key's home slot on.
    /// The entries are first grouped by which of a few thousand stretches of the table their home slot lies in, so that
    /// the inserts then walk the table from start to end and each stretch is in cache while it fills: inserted in key
    /// order, every insert was a cache miss, most of the model's load time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong[] InsertAll(ReadOnlySpan<ulong> entries, ulong[] grouped, int keyShift)
    {
        const int Stretches = 4096;
        ulong[] slots = new ulong[Math.Max(16, (int)(entries.Length * 8L / 5))];
        int[] starts = new int[Stretches + 1];
        foreach (ulong entry in entries)
        {
            starts[StretchOf(entry) + 1]++;
        }

        for (int stretch = 0; stretch < Stretches; stretch++)
        {
            starts[stretch + 1] += starts[stretch];
        }

        foreach (ulong entry in entries)
        {
            grouped[starts[StretchOf(entry)]++] = entry;
        }

        foreach (ulong entry in grouped.AsSpan(0, entries.Length))
        {
            int slot = SlotOf(entry >> keyShift, slots.Length);
            while (slots[slot] != 0)
            {
                slot = slot + 1 == slots.Length ? 0 : slot + 1;
            }

            slots[slot] = entry;
        }

        return slots;

        int StretchOf(ulong entry) => (int)((ulong)SlotOf(entry >> keyShift, slots.Length) * Stretches / (ulong)slots.Length);
    }

    /// <summary>A key's home slot in a table of <paramref name="size"/> slots: a multiplicative hash scaled to the size, no power of two needed.</summary>
    private static int SlotOf(ulong key, int size) => (int)(((key * 0x9E3779B97F4A7C15UL) >> 32) * (ulong)size >> 32);

    private static float Probability(byte quantized) => quantized * -0.05f;

    private static float Backoff(byte quantized) => (quantized - 128) * 0.05f;
}
