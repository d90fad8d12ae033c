namespace TextRepair.Analysis;

/// <summary>A callback for one paragraph.</summary>
public delegate void ParagraphAction(ParagraphAnalysisContext context);
