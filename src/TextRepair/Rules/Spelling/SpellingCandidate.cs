namespace TextRepair.Rules.Spelling;

/// <summary>
/// One entry of a paragraph's spelling summary, its offset relative to the paragraph's start so that the summary stays
/// valid wherever the paragraph moves.
/// </summary>
/// <param name="Offset">Where the span starts, from the paragraph's start.</param>
/// <param name="Length">The span's length.</param>
/// <param name="Word">The text of the span, as written: the key of "used twice".</param>
/// <param name="Kind">What the entry is.</param>
/// <param name="Replacement">For a misplaced space, the text with the space moved (or removed); otherwise null.</param>
internal readonly record struct SpellingCandidate(int Offset, int Length, string Word, SpellingCandidateKind Kind, string? Replacement = null);
