using TextRepair.Lexicon;

namespace TextRepair.Language;

/// <summary>
/// For each lexicon word, its id in the word-sequence model and its entry in the word-class table, each found the first
/// time a rule asks and kept: the rules look every word of a text up in all three, and a probe of a table of megabytes
/// is a cache miss or two, where reading a kept answer is one read in an array of the lexicon's size.
/// </summary>
/// <remarks>
/// Exact by construction: the lexicon and the model fold a word the same way (<see cref="WordTable.Fold"/>, lowercase),
/// so every spelling the lexicon files under one index has one model id; the word-class table is case-sensitive, so
/// its entry is kept only for ASCII words without capitals, which are their own folded form. A slot is written whole
/// and two threads that fill it write the same value: no lock is needed.
/// </remarks>
internal sealed class LexiconLinks
{
    // A slot holds the answer + 2 (answers are -1 or more), so that 0, the array's initial value, means "not looked up yet".
    private const int Offset = 2;

    private readonly WordSequenceModel model;
    private readonly PartOfSpeechLexicon partsOfSpeech;
    private readonly int[] modelIds;
    private readonly int[] wordClassEntries;

    /// <summary>Links for <paramref name="lexicon"/>'s words, filled on use.</summary>
    public LexiconLinks(EnglishLexicon lexicon, WordSequenceModel model, PartOfSpeechLexicon partsOfSpeech)
    {
        Lexicon = lexicon;
        this.model = model;
        this.partsOfSpeech = partsOfSpeech;
        modelIds = new int[lexicon.Count];
        wordClassEntries = new int[lexicon.Count];
    }

    /// <summary>The lexicon the links are indexed by.</summary>
    public EnglishLexicon Lexicon { get; }

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
    /// The word-class entry of <paramref name="word"/>, whose lexicon index is <paramref name="lexiconIndex"/>, for a word
    /// of ASCII letters without capitals only (see the remarks).
    /// </summary>
    public int GetWordClassEntry(int lexiconIndex, ReadOnlySpan<char> word)
    {
        int linked = wordClassEntries[lexiconIndex];
        if (linked == 0)
        {
            linked = partsOfSpeech.IndexOf(word) + Offset;
            wordClassEntries[lexiconIndex] = linked;
        }

        return linked - Offset;
    }
}
