using TextRepair.Lexicon;

namespace TextRepair.Language;

/// <summary>
/// The statistical resources rules consult, as one object an engine receives and every analysis context exposes: the
/// lexicon, the word-sequence model, the part-of-speech lexicon and the subword view. Each loads on first use, once,
/// thread-safely; creating an engine of the built-in rules starts the first three loading side by side.
/// </summary>
/// <remarks>Tests and applications can pass their own resources to <see cref="TextRepairEngine.CreateDefault(Analysis.TextRepairOptions?, LanguageResources?)"/>.</remarks>
public sealed class LanguageResources
{
    private static readonly Lazy<LanguageResources> Embedded = new(() => new LanguageResources(
        () => EnglishLexicon.Default, () => WordSequenceModel.LoadEmbedded(), () => PartOfSpeechLexicon.LoadEmbedded(), () => SubwordView.Cl100k));

    private readonly Lazy<EnglishLexicon> lexicon;
    private readonly Lazy<WordSequenceModel> wordSequences;
    private readonly Lazy<PartOfSpeechLexicon> partsOfSpeech;
    private readonly Lazy<SubwordView> subwords;
    private readonly Lazy<LexiconLinks> links;
    private int loadingStarted;

    /// <summary>Resources made on first use by the given factories; without a subword view, the cl100k one.</summary>
    public LanguageResources(Func<EnglishLexicon> lexicon, Func<WordSequenceModel> wordSequences, Func<PartOfSpeechLexicon> partsOfSpeech, Func<SubwordView>? subwords = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(wordSequences);
        ArgumentNullException.ThrowIfNull(partsOfSpeech);
        this.lexicon = new Lazy<EnglishLexicon>(lexicon);
        this.wordSequences = new Lazy<WordSequenceModel>(wordSequences);
        this.partsOfSpeech = new Lazy<PartOfSpeechLexicon>(partsOfSpeech);
        this.subwords = new Lazy<SubwordView>(subwords ?? (() => SubwordView.Cl100k));
        links = new Lazy<LexiconLinks>(() => new LexiconLinks(Lexicon, WordSequences, PartsOfSpeech));
    }

    /// <summary>The resources embedded in the library.</summary>
    public static LanguageResources Default => Embedded.Value;

    /// <summary>
    /// The resources embedded in the library, each kept in <paramref name="cacheDirectory"/> in its loaded form once
    /// built: a later process (a command-line run, a worker's start) reads the lexicon, the word-sequence model, the
    /// word classes and the subword view's whole words from there instead of decompressing, parsing and building them.
    /// Each file is named by a hash of its source, written whole or not at all, and checked when read; one that is
    /// missing, stale or damaged is built again, and a directory that cannot be written only costs the shortcut. These
    /// are new resources, loaded apart from <see cref="Default"/>'s: create them once per process.
    /// </summary>
    /// <param name="cacheDirectory">The directory to keep the files in, created when missing; one per user (say, under the user's cache directory), since any process that can write there decides what the others read.</param>
    public static LanguageResources CreateEmbedded(string cacheDirectory)
    {
        var cache = new LoadedFormCache(cacheDirectory);
        return new LanguageResources(
            () => EnglishLexicon.LoadEmbedded(cache), () => WordSequenceModel.LoadEmbedded(cache), () => PartOfSpeechLexicon.LoadEmbedded(cache), () => SubwordView.LoadCl100k(cache));
    }

    /// <summary>The lexicon: known words, counts, spelling suggestions.</summary>
    public EnglishLexicon Lexicon => lexicon.Value;

    /// <summary>The 3-gram word-sequence model.</summary>
    public WordSequenceModel WordSequences => wordSequences.Value;

    /// <summary>The word classes of English words.</summary>
    public PartOfSpeechLexicon PartsOfSpeech => partsOfSpeech.Value;

    /// <summary>How a language-model tokenizer splits words: spelling trusts a word it holds whole.</summary>
    public SubwordView Subwords => subwords.Value;

    /// <summary>Each lexicon word's model id and word classes, kept as they are found (<see cref="LexiconLinks"/>).</summary>
    internal LexiconLinks Links => links.Value;

    /// <summary>
    /// Starts loading the lexicon, the word-sequence model and the word classes on the thread pool, each on its own, and
    /// returns at once: a process that will analyse soon (a command-line run) overlaps the loads with each other and
    /// with its own start instead of waiting for them one after another at the first analysis, which waits only for
    /// what is still loading. The subword view is left to load on first use: only unknown words need it.
    /// </summary>
    /// <returns>A task that completes when the three are loaded (faulted if one could not be).</returns>
    public Task StartLoading() =>
        Task.WhenAll(Task.Run(() => _ = WordSequences), Task.Run(() => _ = Lexicon), Task.Run(() => _ = PartsOfSpeech));

    /// <summary>
    /// <see cref="StartLoading"/>, the first time it is called for these resources; nothing after that. Creating an
    /// engine of the built-in rules calls it: its first analysis needs all three, and loaded side by side (and beside
    /// the caller's own start) they cost it the longest of the three instead of their sum.
    /// </summary>
    internal void StartLoadingOnce()
    {
        if (Volatile.Read(ref loadingStarted) == 0 && Interlocked.Exchange(ref loadingStarted, 1) == 0)
        {
            // A load that fails throws again to the analysis that asks for it; the task's fault is observed here.
            _ = StartLoading().ContinueWith(static task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    /// <summary>Loads every resource now, so that the first analysis does not wait for them (a server's warm-up).</summary>
    public void Load()
    {
        _ = Lexicon;
        _ = WordSequences;
        _ = PartsOfSpeech;
        _ = Subwords;
    }
}
