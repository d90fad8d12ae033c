using TextRepair.Analysis;

namespace TextRepair.Cli;

/// <summary>A checked document and the diagnostics at or above the threshold.</summary>
internal sealed record CheckedDocument(InputDocument Input, AnalysisResult Result, IReadOnlyList<Diagnostic> Diagnostics);
