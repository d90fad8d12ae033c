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
/// <see cref="WordClass"/> fits in 15 bits (a test holds it to that). A word's model id and the word classes of its
/// folded spelling share one 64-bit slot: the fluency rules ask both of the same words one after the other, and one slot
/// is one cache line to wait for where two arrays were two. Each half is filled once, by an atomic OR of the value
/// every thread computes alike: no lock is needed and no half is lost to a thread filling the other.
/// </remarks>
internal sealed class LexiconLinks
{
    // A slot's low half holds the model id + 2 (ids are -1 or more), so that 0, the array's initial value, means "not
    // looked up yet"; its high half holds the folded spelling's word classes as a capitalized slot holds them.
    private const int Offset = 2;
    private const int ClassesShift = 32;

    // A word-class slot holds the classes in bits 0-14, the primary class in 15-29 and a mark in bit 30 (0: not looked up).
    private const int ClassBits = 15;
    private const int ClassMask = (1 << ClassBits) - 1;
    private const int KeptClasses = 1 << (2 * ClassBits);

    private readonly WordSequenceModel model;
    private readonly PartOfSpeechLexicon partsOfSpeech;
    private readonly long[] links;
    private readonly int[] capitalizedWordClasses;

    /// <summary>Links for <paramref name="lexicon"/>'s words, filled on use.</summary>
    public LexiconLinks(EnglishLexicon lexicon, WordSequenceModel model, PartOfSpeechLexicon partsOfSpeech)
    {
        this.model = model;
        this.partsOfSpeech = partsOfSpeech;
        links = new long[lexicon.Count];
        capitalizedWordClasses = new int[lexicon.Count];
    }

    /// <summary>The model's id of <paramref name="word"/>, whose lexicon index is <paramref name="lexiconIndex"/>.</summary>
    public int GetModelId(int lexiconIndex, ReadOnlySpan<char> word)
    {
        int linked = (int)links[lexiconIndex];
        if (linked == 0)
        {
            linked = model.GetWordId(word) + Offset;
            Interlocked.Or(ref links[lexiconIndex], (uint)linked);
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
        int linked = capitalized ? capitalizedWordClasses[lexiconIndex] : (int)(links[lexiconIndex] >> ClassesShift);
        if (linked == 0)
        {
            WordClass classes = partsOfSpeech.GetClasses(word, out WordClass primary);
            linked = KeptClasses | (int)classes | ((int)primary << ClassBits);
            if (capitalized)
            {
                capitalizedWordClasses[lexiconIndex] = linked;
            }
            else
            {
                Interlocked.Or(ref links[lexiconIndex], (long)linked << ClassesShift);
            }
        }

        primaryClass = (WordClass)((linked >> ClassBits) & ClassMask);
        return (WordClass)(linked & ClassMask);
    }
}
