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
    void Summarize(ParagraphScope scope);

    void Finish(ReadOnlySpan<Paragraph> paragraphs, DiagnosticSink sink);
}

/// <summary>A summarizer and a document action over summaries of type <typeparamref name="TSummary"/>.</summary>
internal sealed class SummarizedAction<TSummary>(ParagraphSummarizer<TSummary> summarize, SummarizedDocumentAction<TSummary> analyze) : ISummarizedAction
{
    public ISummaryCollector Begin(int paragraphCount) => new Collector(summarize, analyze, new TSummary[paragraphCount]);

    private sealed class Collector(ParagraphSummarizer<TSummary> summarize, SummarizedDocumentAction<TSummary> analyze, TSummary[] summaries) : ISummaryCollector
    {
        public void Summarize(ParagraphScope scope) => summaries[scope.Index] = summarize(new ParagraphAnalysisContext(scope));

        public void Finish(ReadOnlySpan<Paragraph> paragraphs, DiagnosticSink sink) =>
            analyze(new SummarizedDocumentContext<TSummary>(summaries, paragraphs, sink));
    }
}
