using TextRepair.Lexicon;

namespace TextRepair.Language;

/// <summary>
/// For each lexicon word, its id in the word-sequence model and its word classes, each found the first time a rule asks
/// and kept: the rules look every word of a text up in all three, and a probe of a table of megabytes is a cache miss or
/// two, where reading a kept answer is one read in an array of the lexicon's size.
/// </summary>
/// <remarks>
/// Exact by construction: the lexicon and the model fold a word the same way (<see cref="WordTable.Fold"/>, lowercase),
/// so every spelling the lexicon files under one index has one model id; the word-class table is case-sensitive, so
/// its answer is kept only for two spellings of an index, which are one string each: the ASCII word without capitals
/// (its own folded form) and the same with a capital first letter (a sentence's first word, a name). Every
/// <see cref="WordClass"/> fits in 15 bits (a test holds it to that). A slot is written whole and two threads that fill
/// it write the same value: no lock is needed.
/// </remarks>
internal sealed class LexiconLinks
{
    // A model id slot holds the id + 2 (ids are -1 or more), so that 0, the array's initial value, means "not looked up yet".
    private const int Offset = 2;

    // A word-class slot holds the classes in bits 0-14, the primary class in 15-29 and a mark in bit 30 (0: not looked up).
    private const int ClassBits = 15;
    private const int ClassMask = (1 << ClassBits) - 1;
    private const int KeptClasses = 1 << (2 * ClassBits);

    private readonly WordSequenceModel model;
    private readonly PartOfSpeechLexicon partsOfSpeech;
    private readonly int[] modelIds;
    private readonly int[] wordClasses;
    private readonly int[] capitalizedWordClasses;

    /// <summary>Links for <paramref name="lexicon"/>'s words, filled on use.</summary>
    public LexiconLinks(EnglishLexicon lexicon, WordSequenceModel model, PartOfSpeechLexicon partsOfSpeech)
    {
        this.model = model;
        this.partsOfSpeech = partsOfSpeech;
        modelIds = new int[lexicon.Count];
        wordClasses = new int[lexicon.Count];
        capitalizedWordClasses = new int[lexicon.Count];
    }

    /// <summary>The model's id of <paramref name="word"/>, whose lexicon index is <paramref name="lexiconIndex"/>.</summary>
    public int GetModelId(int lexiconIndex, ReadOnlySpan<char> word)
    {
        int linked = modelIds[lexiconIndex];
        if (linked == 0)
        {
            linked = model.GetWordId(word) + Offset;
            modelIds[lexiconIndex] = linked;
        }

        return linked - Offset;
    }

    /// <summary>
    /// The word classes of <paramref name="word"/>, whose lexicon index is <paramref name="lexiconIndex"/>, and in
    /// <paramref name="primaryClass"/> its most frequent one, for a word of ASCII characters without capitals or, when
    /// <paramref name="capitalized"/>, with a capital first letter only (see the remarks): both kept in one slot, so that
    /// a word met before costs one read.
    /// </summary>
    public WordClass GetWordClasses(int lexiconIndex, ReadOnlySpan<char> word, bool capitalized, out WordClass primaryClass)
    {
        int[] kept = capitalized ? capitalizedWordClasses : wordClasses;
        int linked = kept[lexiconIndex];
        if (linked == 0)
        {
            WordClass classes = partsOfSpeech.GetClasses(word, out WordClass primary);
            linked = KeptClasses | (int)classes | ((int)primary << ClassBits);
            kept[lexiconIndex] = linked;
        }

        primaryClass = (WordClass)((linked >> ClassBits) & ClassMask);
        return (WordClass)(linked & ClassMask);
    }
}
