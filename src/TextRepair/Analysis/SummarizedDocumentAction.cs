namespace TextRepair.Analysis;

/// <summary>A document-level callback that works from the summaries of every paragraph.</summary>
public delegate void SummarizedDocumentAction<TSummary>(SummarizedDocumentContext<TSummary> context);
