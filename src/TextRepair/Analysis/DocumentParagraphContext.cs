using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What a <see cref="DocumentIndex{TSummary}"/> sees when it reports on one paragraph: the paragraph's summary, and a
/// way to report relative to the paragraph's start, as the summary's offsets are.
/// </summary>
public readonly ref struct DocumentParagraphContext<TSummary>
{
    private readonly DiagnosticSink sink;
    private readonly int paragraphStart;
    private readonly int paragraphLength;

    internal DocumentParagraphContext(TSummary summary, DiagnosticSink sink, LanguageResources language, int paragraphStart, int paragraphLength)
    {
        Summary = summary;
        this.sink = sink;
        Language = language;
        this.paragraphStart = paragraphStart;
        this.paragraphLength = paragraphLength;
    }

    /// <summary>The paragraph's summary.</summary>
    public TSummary Summary { get; }

    /// <summary>The statistical resources of the analysis: lexicon, word-sequence model, word classes.</summary>
    public LanguageResources Language { get; }

    /// <summary>The options of the analysis.</summary>
    public TextRepairOptions Options => sink.Options;

    /// <summary>Reports a diagnostic with its fixes; <paramref name="span"/> and the fixes' changes are relative to the paragraph.</summary>
    /// <exception cref="InvalidOperationException">When the span lies outside the paragraph.</exception>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, params ReadOnlySpan<Fix> fixes) =>
        sink.ReportInParagraph(descriptor, span, message, fixes, paragraphStart, paragraphLength);
}
