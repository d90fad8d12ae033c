namespace TextRepair.Analysis;

/// <summary>A callback for the whole document.</summary>
public delegate void DocumentAction(DocumentAnalysisContext context);
