using TextRepair.Language;

namespace TextRepair.Analysis;

/// <summary>A registered pair of a paragraph summarizer and the document index that reads the summaries.</summary>
internal interface ISummarizedAction
{
    /// <summary>Summarizes the paragraph the scope stands on (the summary is kept with the paragraph's result).</summary>
    object? Summarize(ParagraphScope scope);

    /// <summary>An empty index, for a document analysed from scratch.</summary>
    ISummaryIndex CreateIndex(LanguageResources language);
}

/// <summary>A <see cref="DocumentIndex{TSummary}"/> seen without its summary type.</summary>
internal interface ISummaryIndex
{
    void Add(long paragraph, object? summary);

    void Remove(long paragraph, object? summary);

    void CollectStale(ISet<long> stale);

    void Report(object? summary, DiagnosticSink sink, int paragraphStart, int paragraphLength);
}

/// <summary>A summarizer and a document index over summaries of type <typeparamref name="TSummary"/>.</summary>
internal sealed class SummarizedAction<TSummary>(ParagraphSummarizer<TSummary> summarize, Func<LanguageResources, DocumentIndex<TSummary>> createIndex) : ISummarizedAction
{
    public object? Summarize(ParagraphScope scope) => summarize(new ParagraphAnalysisContext(scope));

    public ISummaryIndex CreateIndex(LanguageResources language) => new Index(createIndex(language) ?? throw new InvalidOperationException("A document index factory returned null."), language);

    private sealed class Index(DocumentIndex<TSummary> index, LanguageResources language) : ISummaryIndex
    {
        public void Add(long paragraph, object? summary) => index.Add(paragraph, (TSummary)summary!);

        public void Remove(long paragraph, object? summary) => index.Remove(paragraph, (TSummary)summary!);

        public void CollectStale(ISet<long> stale) => index.CollectStale(stale);

        public void Report(object? summary, DiagnosticSink sink, int paragraphStart, int paragraphLength) =>
            index.Report(new DocumentParagraphContext<TSummary>((TSummary)summary!, sink, language, paragraphStart, paragraphLength));
    }
}
