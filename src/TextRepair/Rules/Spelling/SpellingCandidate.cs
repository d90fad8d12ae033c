namespace TextRepair.Rules.Spelling;

/// <summary>What a paragraph summary holds for the spelling rules: a word to check, or a word that only vouches for others.</summary>
internal enum SpellingCandidateKind : byte
{
    /// <summary>An unknown lowercase word: checked for a correction or a split.</summary>
    Word,

    /// <summary>An unknown capitalized word opening a sentence: reported only as a typo of a common word.</summary>
    SentenceInitial,

    /// <summary>Two words whose space stands in the wrong place ("spac eis"), or a contraction that lost its apostrophe ("dont"); the replacement is known.</summary>
    MisplacedSpace,

    /// <summary>An unknown capitalized word inside a sentence: a name, reported never, but it makes its spelling "used twice".</summary>
    Voucher,
}

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
