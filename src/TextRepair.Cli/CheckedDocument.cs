using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>A checked document: its text as read (positions are computed on it), the analysis, and the diagnostics shown.</summary>
internal sealed record CheckedDocument(InputDocument Input, SourceText Text, AnalysisResult Result, IReadOnlyList<Diagnostic> Diagnostics);
