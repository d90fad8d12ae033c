using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What a document action sees: the document's text. Keep document actions few and cheap: unlike paragraph actions,
/// they run again after any edit, and reading <see cref="Text"/> puts a long edited document's characters together.
/// Knowledge about paragraphs belongs in a summarized document action, whose per-paragraph summaries an edit keeps.
/// </summary>
public readonly ref struct DocumentAnalysisContext
{
    private readonly DiagnosticSink sink;

    internal DocumentAnalysisContext(SourceText source, DiagnosticSink sink)
    {
        Source = source;
        this.sink = sink;
    }

    /// <summary>The document's characters.</summary>
    public ReadOnlySpan<char> Text => Source.AsSpan();

    /// <summary>The document's text, which answers some questions without putting its characters together.</summary>
    internal SourceText Source { get; }

    /// <summary>The options of the analysis.</summary>
    public TextRepairOptions Options => sink.Options;

    /// <summary>Reports a diagnostic with its fixes.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, params ReadOnlySpan<Fix> fixes) =>
        sink.Report(descriptor, span, message, fixes);
}
