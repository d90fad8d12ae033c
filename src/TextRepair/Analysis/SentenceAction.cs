namespace TextRepair.Analysis;

/// <summary>A callback for one sentence.</summary>
public delegate void SentenceAction(SentenceAnalysisContext context);
