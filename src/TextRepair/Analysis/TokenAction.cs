namespace TextRepair.Analysis;

/// <summary>A callback for one token.</summary>
public delegate void TokenAction(TokenAnalysisContext context);
