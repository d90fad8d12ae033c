using TextRepair.Language;

namespace TextRepair.Analysis;

/// <summary>A registered pair of a paragraph summarizer and the document action that reads the summaries.</summary>
internal interface ISummarizedAction
{
    /// <summary>Summarizes the paragraph the scope stands on (the summary is kept with the paragraph's result).</summary>
    object? Summarize(ParagraphScope scope);

    /// <summary>Runs the document action over the summaries of every paragraph, with where each paragraph starts.</summary>
    void Analyze(IReadOnlyList<object?> summaries, ReadOnlySpan<int> paragraphStarts, DiagnosticSink sink, LanguageResources language);
}

/// <summary>A summarizer and a document action over summaries of type <typeparamref name="TSummary"/>.</summary>
internal sealed class SummarizedAction<TSummary>(ParagraphSummarizer<TSummary> summarize, SummarizedDocumentAction<TSummary> analyze) : ISummarizedAction
{
    public object? Summarize(ParagraphScope scope) => summarize(new ParagraphAnalysisContext(scope));

    public void Analyze(IReadOnlyList<object?> summaries, ReadOnlySpan<int> paragraphStarts, DiagnosticSink sink, LanguageResources language)
    {
        var typed = new TSummary[summaries.Count];
        for (int index = 0; index < typed.Length; index++)
        {
            typed[index] = (TSummary)summaries[index]!;
        }

        analyze(new SummarizedDocumentContext<TSummary>(typed, paragraphStarts, sink, language));
    }
}
