using TextRepair.Language;
using TextRepair.Lexing;

namespace TextRepair.Analysis;

/// <summary>A registered pair of a paragraph summarizer and the document action that reads the summaries.</summary>
internal interface ISummarizedAction
{
    /// <summary>Starts one analysis: a place for the summaries of its paragraphs (the action itself stays stateless).</summary>
    ISummaryCollector Begin(int paragraphCount);
}

/// <summary>The summaries of one analysis, filled paragraph by paragraph, then handed to the document action.</summary>
internal interface ISummaryCollector
{
    /// <summary>Summarizes the paragraph the scope stands on, and returns the summary (to be kept for the next version).</summary>
    object? Summarize(ParagraphScope scope);

    /// <summary>Takes a summary kept from an earlier version for paragraph <paramref name="index"/>.</summary>
    void Reuse(int index, object? summary);

    /// <summary>Runs the document action over the summaries of every paragraph.</summary>
    void Finish(ReadOnlySpan<Paragraph> paragraphs, DiagnosticSink sink, LanguageResources language);
}

/// <summary>A summarizer and a document action over summaries of type <typeparamref name="TSummary"/>.</summary>
internal sealed class SummarizedAction<TSummary>(ParagraphSummarizer<TSummary> summarize, SummarizedDocumentAction<TSummary> analyze) : ISummarizedAction
{
    public ISummaryCollector Begin(int paragraphCount) => new Collector(summarize, analyze, new TSummary[paragraphCount]);

    private sealed class Collector(ParagraphSummarizer<TSummary> summarize, SummarizedDocumentAction<TSummary> analyze, TSummary[] summaries) : ISummaryCollector
    {
        public object? Summarize(ParagraphScope scope) => summaries[scope.Index] = summarize(new ParagraphAnalysisContext(scope));

        public void Reuse(int index, object? summary) => summaries[index] = (TSummary)summary!;

        public void Finish(ReadOnlySpan<Paragraph> paragraphs, DiagnosticSink sink, LanguageResources language) =>
            analyze(new SummarizedDocumentContext<TSummary>(summaries, paragraphs, sink, language));
    }
}
