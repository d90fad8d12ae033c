using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What a summarized document action sees: one summary per paragraph, in order, and where each paragraph starts (to turn
/// the summaries' relative offsets into offsets of the text).
/// </summary>
public readonly ref struct SummarizedDocumentContext<TSummary>
{
    private readonly DiagnosticSink sink;

    internal SummarizedDocumentContext(ReadOnlySpan<TSummary> summaries, ReadOnlySpan<int> paragraphStarts, DiagnosticSink sink, LanguageResources language)
    {
        Summaries = summaries;
        ParagraphStarts = paragraphStarts;
        this.sink = sink;
        Language = language;
    }

    /// <summary>The statistical resources of the analysis: lexicon, word-sequence model, word classes.</summary>
    public LanguageResources Language { get; }

    /// <summary>The summary of each paragraph, in order.</summary>
    public ReadOnlySpan<TSummary> Summaries { get; }

    /// <summary>Where each paragraph starts in the text, in the same order as <see cref="Summaries"/>.</summary>
    public ReadOnlySpan<int> ParagraphStarts { get; }

    /// <summary>The options of the analysis.</summary>
    public TextRepairOptions Options => sink.Options;

    /// <summary>Reports a diagnostic with its fixes; spans are offsets of the text (add the paragraph's start to a relative offset).</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, params ReadOnlySpan<Fix> fixes) =>
        sink.Report(descriptor, span, message, fixes);
}
