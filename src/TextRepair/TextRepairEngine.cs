using System.Collections.Immutable;
using TextRepair.Documents;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexing;
using TextRepair.Rules;
using TextRepair.Text;

namespace TextRepair;

/// <summary>
/// The entry point: analyses text for the defects machine translation and scraping leave, and repairs it.
/// </summary>
/// <example>
/// <code>
/// var engine = TextRepairEngine.CreateDefault();
/// AnalysisResult result = engine.Analyze("aOn Sunday, protesters flooded the the streets.");
/// string repaired = engine.Repair("aOn Sunday, protesters flooded the the streets.");
/// </code>
/// </example>
/// <remarks>An engine is immutable and thread-safe: create it once and share it.</remarks>
public sealed class TextRepairEngine
{
    private readonly AnalyzerDriver driver;

    /// <summary>
    /// Whether creating the engine starts loading the language resources side by side (an engine is made to analyse
    /// soon): the built-in rules read them all, an engine of other analyzers may read none.
    /// </summary>
    private readonly bool loadsLanguage;

    private TextRepairEngine(ImmutableArray<Analyzer> analyzers, TextRepairOptions options, LanguageResources language, bool loadsLanguage)
    {
        Analyzers = analyzers;
        Options = options;
        Language = language;
        this.loadsLanguage = loadsLanguage;
        driver = new AnalyzerDriver(analyzers, options, language);
        if (loadsLanguage)
        {
            language.StartLoadingOnce();
        }
    }

    /// <summary>An engine with every built-in rule, consulting <paramref name="language"/> (the embedded resources when null).</summary>
    public static TextRepairEngine CreateDefault(TextRepairOptions? options = null, LanguageResources? language = null) =>
        new(BuiltInAnalyzers.All, options ?? TextRepairOptions.Default, language ?? LanguageResources.Default, loadsLanguage: true);

    /// <summary>An engine with the given analyzers only.</summary>
    /// <exception cref="ArgumentException">When two analyzers declare the same rule id.</exception>
    public static TextRepairEngine Create(IEnumerable<Analyzer> analyzers, TextRepairOptions? options = null, LanguageResources? language = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        return new TextRepairEngine([.. analyzers], options ?? TextRepairOptions.Default, language ?? LanguageResources.Default, loadsLanguage: false);
    }

    /// <summary>The statistical resources the rules consult.</summary>
    public LanguageResources Language { get; }

    /// <summary>The analyzers this engine runs.</summary>
    public ImmutableArray<Analyzer> Analyzers { get; }

    /// <summary>The options this engine applies.</summary>
    public TextRepairOptions Options { get; }

    /// <summary>Every rule of this engine, by id, whether enabled or not.</summary>
    public ImmutableArray<DiagnosticDescriptor> Rules => driver.Descriptors;

    /// <summary>A copy of this engine with other options.</summary>
    public TextRepairEngine WithOptions(TextRepairOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TextRepairEngine(Analyzers, options, Language, loadsLanguage);
    }

    /// <summary>Analyses <paramref name="text"/>.</summary>
    public AnalysisResult Analyze(string text, CancellationToken cancellationToken = default) =>
        Analyze(SourceText.From(text), cancellationToken);

    /// <summary>Analyses a slice of a larger buffer (copied once into the result's text).</summary>
    public AnalysisResult Analyze(ReadOnlyMemory<char> text, CancellationToken cancellationToken = default) =>
        Analyze(SourceText.From(text.Span), cancellationToken);

    /// <summary>
    /// Analyses many texts on up to <paramref name="maximumDegreeOfParallelism"/> cores (all when 0 or less) and yields
    /// the results in input order, as they complete. A text whose analysis fails yields its error instead of a result;
    /// the others go on. Results are streamed: memory holds a window of texts, not the whole input.
    /// </summary>
    public IEnumerable<BatchResult> AnalyzeMany(IEnumerable<string> texts, int maximumDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        int parallelism = maximumDegreeOfParallelism > 0 ? maximumDegreeOfParallelism : Environment.ProcessorCount;
        return texts
            .Select((text, index) => (Text: text, Index: index))
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Min(parallelism, 512))
            .WithCancellation(cancellationToken)
            .Select(item => AnalyzeOne(item.Text, item.Index, cancellationToken));
    }

    /// <summary>
    /// Loads now what analyses load on first use (the lexicon, the suggestion index, the subword view when it is on,
    /// the word-sequence model and word classes), so that a server's first request does not pay for it.
    /// </summary>
    public void WarmUp(CancellationToken cancellationToken = default)
    {
        Language.Load();

        // An unknown word makes the first analysis build the suggestion index and consult the subword view.
        Analyze("The goverment warms up.", cancellationToken);
    }

    /// <summary>Analyses <paramref name="text"/>.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public AnalysisResult Analyze(SourceText text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        AnalysisSnapshot snapshot = driver.Analyze(text, previous: null, changes: [], keepTables: false, cancellationToken);
        return new AnalysisResult(snapshot);
    }

    /// <summary>
    /// The one path every analysis takes, for a document's version: reusing from <paramref name="previous"/> (an
    /// analysis of the text before <paramref name="changes"/>) what the changes did not touch, and keeping the token
    /// tables for the version after.
    /// </summary>
    internal AnalysisSnapshot Analyze(SourceText text, AnalysisSnapshot? previous, ReadOnlySpan<TextChangeRange> changes, CancellationToken cancellationToken) =>
        driver.Analyze(text, previous, changes, keepTables: true, cancellationToken);

    /// <summary>Applies every automatic fix, repeatedly, and returns the repaired text.</summary>
    public string Repair(string text, CancellationToken cancellationToken = default) =>
        FixAll.Apply(this, SourceText.From(text), cancellationToken).Text.ToString();

    /// <summary>Applies every automatic fix, repeatedly, and returns the repaired text with what was fixed.</summary>
    public FixAllResult RepairWithDetails(SourceText text, CancellationToken cancellationToken = default) =>
        FixAll.Apply(this, text, cancellationToken);

    private BatchResult AnalyzeOne(string? text, int index, CancellationToken cancellationToken)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(text);
            return new BatchResult(index, Analyze(text, cancellationToken), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new BatchResult(index, null, exception);
        }
    }
}
