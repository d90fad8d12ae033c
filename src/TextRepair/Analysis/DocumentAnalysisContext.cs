using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What a document action sees: every token and paragraph. Keep document actions few and cheap: unlike paragraph
/// actions, they run again after any edit.
/// </summary>
public readonly ref struct DocumentAnalysisContext
{
    private readonly DiagnosticSink sink;

    internal DocumentAnalysisContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Paragraph> paragraphs, ReadOnlySpan<Sentence> sentences, DiagnosticSink sink)
    {
        Text = text;
        Tokens = tokens;
        Paragraphs = paragraphs;
        Sentences = sentences;
        this.sink = sink;
    }

    /// <summary>The document's characters.</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>Every token of the document.</summary>
    public ReadOnlySpan<Token> Tokens { get; }

    /// <summary>Every paragraph of the document.</summary>
    public ReadOnlySpan<Paragraph> Paragraphs { get; }

    /// <summary>Every sentence of the document (token indices into <see cref="Tokens"/>).</summary>
    public ReadOnlySpan<Sentence> Sentences { get; }

    /// <summary>The options of the analysis.</summary>
    public TextRepairOptions Options => sink.Options;

    /// <summary>Reports a diagnostic with its fixes.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, params ReadOnlySpan<Fix> fixes) =>
        sink.Report(descriptor, span, message, fixes);
}
