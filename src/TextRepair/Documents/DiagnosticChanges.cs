using System.Collections.Immutable;
using TextRepair.Analysis;

namespace TextRepair.Documents;

/// <summary>How the diagnostics of two versions of a document differ.</summary>
/// <param name="Added">Diagnostics of the newer version that the older did not have.</param>
/// <param name="Removed">Diagnostics of the older version that are gone (spans in the older text).</param>
public sealed record DiagnosticChanges(ImmutableArray<Diagnostic> Added, ImmutableArray<Diagnostic> Removed);
