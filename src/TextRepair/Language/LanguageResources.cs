using TextRepair.Lexicon;

namespace TextRepair.Language;

/// <summary>
/// The statistical resources rules consult, as one object an engine receives and every analysis context exposes: the
/// lexicon, the word-sequence model and the part-of-speech lexicon. Each loads on first use, once, thread-safely, so
/// an engine whose fluency rules are off never pays for the model.
/// </summary>
/// <remarks>Tests and applications can pass their own resources to <see cref="TextRepairEngine.CreateDefault(Analysis.TextRepairOptions?, LanguageResources?)"/>.</remarks>
public sealed class LanguageResources
{
    private static readonly Lazy<LanguageResources> Embedded = new(() => new LanguageResources(
        () => EnglishLexicon.Default, WordSequenceModel.LoadEmbedded, PartOfSpeechLexicon.LoadEmbedded));

    private readonly Lazy<EnglishLexicon> lexicon;
    private readonly Lazy<WordSequenceModel> wordSequences;
    private readonly Lazy<PartOfSpeechLexicon> partsOfSpeech;

    /// <summary>Resources made on first use by the given factories.</summary>
    public LanguageResources(Func<EnglishLexicon> lexicon, Func<WordSequenceModel> wordSequences, Func<PartOfSpeechLexicon> partsOfSpeech)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(wordSequences);
        ArgumentNullException.ThrowIfNull(partsOfSpeech);
        this.lexicon = new Lazy<EnglishLexicon>(lexicon);
        this.wordSequences = new Lazy<WordSequenceModel>(wordSequences);
        this.partsOfSpeech = new Lazy<PartOfSpeechLexicon>(partsOfSpeech);
    }

    /// <summary>The resources embedded in the library.</summary>
    public static LanguageResources Default => Embedded.Value;

    /// <summary>The lexicon: known words, counts, spelling suggestions.</summary>
    public EnglishLexicon Lexicon => lexicon.Value;

    /// <summary>The 3-gram word-sequence model.</summary>
    public WordSequenceModel WordSequences => wordSequences.Value;

    /// <summary>The word classes of English words.</summary>
    public PartOfSpeechLexicon PartsOfSpeech => partsOfSpeech.Value;

    /// <summary>Loads every resource now, so that the first analysis does not wait for them (a server's warm-up).</summary>
    public void Load()
    {
        _ = Lexicon;
        _ = WordSequences;
        _ = PartsOfSpeech;
    }
}
