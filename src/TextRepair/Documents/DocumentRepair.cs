using TextRepair.Fixes;

namespace TextRepair.Documents;

/// <summary>A repaired version of a document and what the fix-all loop did to get there.</summary>
/// <param name="Document">The repaired version (the same document when nothing was fixed).</param>
/// <param name="Result">The passes, the fixed diagnostics and whether the loop converged.</param>
public sealed record DocumentRepair(TextDocument Document, FixAllResult Result);
