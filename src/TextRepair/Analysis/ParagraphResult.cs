namespace TextRepair.Analysis;

/// <summary>
/// What one paragraph's analysis produced, with what it depended on: the paragraph's characters (its id, kept beside
/// this result) and what its actions read of its neighbours (<see cref="Reads"/>: their existence or their characters,
/// <see cref="PreviousId"/>, <see cref="NextId"/>). A later version whose paragraph has the same characters and the
/// same neighbours as far as they were read reuses it instead of analysing again.
/// </summary>
internal sealed class ParagraphResult
{
    public ParagraphResult(long previousId, long nextId, NeighbourReads reads, int origin, Diagnostic[] diagnostics, double[] sentenceScores, object?[] summaries)
        : this(previousId, nextId, reads, origin, diagnostics, sentenceScores, summaries, 0, [])
    {
    }

    private ParagraphResult(long previousId, long nextId, NeighbourReads reads, int origin, Diagnostic[] diagnostics, double[] sentenceScores, object?[] summaries, int documentOrigin, Diagnostic[] documentDiagnostics)
    {
        Reads = reads;
        DocumentOrigin = documentOrigin;
        DocumentDiagnostics = documentDiagnostics;
        PreviousId = previousId;
        NextId = nextId;
        Origin = origin;
        Diagnostics = diagnostics;
        SentenceScores = sentenceScores;
        Summaries = summaries;
    }

    /// <summary>The id of the paragraph before, when analysed; 0 when there was none.</summary>
    public long PreviousId { get; }

    /// <summary>The id of the paragraph after, when analysed; 0 when there was none.</summary>
    public long NextId { get; }

    /// <summary>What the paragraph's actions read of its neighbours: what the result depends on besides the paragraph.</summary>
    public NeighbourReads Reads { get; }

    /// <summary>Where the paragraph started in the text of the version that analysed it: <see cref="Diagnostics"/>' offsets count from there.</summary>
    public int Origin { get; }

    /// <summary>The paragraph's diagnostics, with spans in the text of the version that analysed it.</summary>
    public Diagnostic[] Diagnostics { get; }

    /// <summary>
    /// What sentence actions added to each of the paragraph's sentences; empty when they added nothing (most paragraphs:
    /// one shared empty array).
    /// </summary>
    public double[] SentenceScores { get; }

    /// <summary>The paragraph's summary for each summarized document action (offsets relative to the paragraph).</summary>
    public object?[] Summaries { get; }

    /// <summary>Where the paragraph started in the text of the version whose document indexes reported <see cref="DocumentDiagnostics"/>.</summary>
    public int DocumentOrigin { get; }

    /// <summary>What the document indexes found in the paragraph (sorted), with spans in the text of the version that reported them.</summary>
    public Diagnostic[] DocumentDiagnostics { get; }

    /// <summary>This result with other findings of the document indexes, reported where the paragraph started at <paramref name="origin"/>.</summary>
    public ParagraphResult WithDocumentDiagnostics(int origin, Diagnostic[] diagnostics) =>
        new(PreviousId, NextId, Reads, Origin, Diagnostics, SentenceScores, Summaries, origin, diagnostics);

    /// <summary>Whether <paramref name="diagnostics"/>, reported where the paragraph started at <paramref name="origin"/>, are the document findings this result holds.</summary>
    public bool HasDocumentDiagnostics(int origin, List<Diagnostic> diagnostics)
    {
        if (diagnostics.Count != DocumentDiagnostics.Length)
        {
            return false;
        }

        int shift = DocumentOrigin - origin;
        for (int index = 0; index < diagnostics.Count; index++)
        {
            Diagnostic mine = DocumentDiagnostics[index];
            Diagnostic theirs = diagnostics[index];
            if (mine.Id != theirs.Id || mine.Span.Start != theirs.Span.Start + shift || mine.Span.Length != theirs.Span.Length || mine.Message != theirs.Message)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a paragraph with these neighbours reads exactly what this one read (its own characters being the same).</summary>
    public bool Matches(long previousId, long nextId) =>
        Matches(previousId, PreviousId, Reads & (NeighbourReads.PreviousExists | NeighbourReads.PreviousContent), NeighbourReads.PreviousContent)
        && Matches(nextId, NextId, Reads & (NeighbourReads.NextExists | NeighbourReads.NextContent), NeighbourReads.NextContent);

    private static bool Matches(long now, long then, NeighbourReads read, NeighbourReads content) =>
        read == NeighbourReads.None || ((read & content) != 0 ? now == then : (now != 0) == (then != 0));
}
