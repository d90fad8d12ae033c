namespace TextRepair.Analysis;

/// <summary>
/// The document-wide state of a rule whose findings in a paragraph depend on the rest of the document ("a word used
/// twice is a term of the story, not a typo"; "a name written one way nine times and another way once"), built from
/// the paragraphs' summaries and kept up to date as a document's versions follow each other: an edit takes the summaries
/// of the paragraphs it changed out and puts their new ones in, and only the paragraphs whose findings that can change
/// are reported again. The cost of an edit then follows what it changed, not the document's length.
/// </summary>
/// <remarks>
/// One index serves one chain of versions and is used by one analysis at a time. Its findings for a paragraph must
/// depend only on the paragraph's summary and on the summaries in the index, so that a version's result is the same
/// whatever versions came before it.
/// </remarks>
/// <typeparam name="TSummary">What the rule keeps of a paragraph (see <see cref="ParagraphSummarizer{TSummary}"/>).</typeparam>
public abstract class DocumentIndex<TSummary>
{
    /// <summary>Takes in the summary of a paragraph that is now part of the document.</summary>
    /// <param name="paragraph">The paragraph's identity: it stays the same while its characters do.</param>
    /// <param name="summary">The paragraph's summary.</param>
    protected internal abstract void Add(long paragraph, TSummary summary);

    /// <summary>Takes out the summary of a paragraph that is no longer part of the document (as it was given to <see cref="Add"/>).</summary>
    /// <param name="paragraph">The paragraph's identity.</param>
    /// <param name="summary">The summary it was added with.</param>
    protected internal abstract void Remove(long paragraph, TSummary summary);

    /// <summary>
    /// Adds to <paramref name="stale"/> every paragraph whose findings the additions and removals since the last call may
    /// have changed (more is allowed, fewer is a bug). Paragraphs added since then are reported again anyway.
    /// </summary>
    /// <param name="stale">The set to add the paragraphs' identities to.</param>
    protected internal abstract void CollectStale(ISet<long> stale);

    /// <summary>Reports the findings of one paragraph as the document now stands.</summary>
    /// <param name="context">The paragraph's summary and where to report.</param>
    protected internal abstract void Report(DocumentParagraphContext<TSummary> context);
}
