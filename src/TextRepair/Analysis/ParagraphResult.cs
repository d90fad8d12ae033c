namespace TextRepair.Analysis;

/// <summary>
/// What one paragraph's analysis produced, with what it depended on: the paragraph's characters (its id, kept beside
/// this result) and its neighbours' (<see cref="PreviousId"/>, <see cref="NextId"/>: the most a paragraph action may
/// read). A later version whose paragraph has the same three reuses it instead of analysing again.
/// </summary>
internal sealed class ParagraphResult
{
    public ParagraphResult(long previousId, long nextId, int origin, Diagnostic[] diagnostics, double[] sentenceScores, object?[] summaries)
    {
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

    /// <summary>Whether a paragraph with these neighbours reads exactly what this one read (its own characters being the same).</summary>
    public bool Matches(long previousId, long nextId) => PreviousId == previousId && NextId == nextId;
}
