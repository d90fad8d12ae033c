namespace TextRepair.Analysis;

/// <summary>
/// Sums up what a document-level rule needs of one paragraph. The summary must depend on the paragraph alone and hold
/// offsets relative to the paragraph's start, so that it stays valid when an edit elsewhere moves the paragraph.
/// </summary>
public delegate TSummary ParagraphSummarizer<TSummary>(ParagraphAnalysisContext context);
