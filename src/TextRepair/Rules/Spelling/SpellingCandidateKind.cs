namespace TextRepair.Rules.Spelling;

/// <summary>What a spelling candidate is.</summary>
internal enum SpellingCandidateKind : byte
{
    /// <summary>An unknown lowercase word: checked for a correction or a split.</summary>
    Word,

    /// <summary>An unknown capitalized word opening a sentence: reported only as a typo of a common word.</summary>
    SentenceInitial,

    /// <summary>Two words whose space stands in the wrong place ("spac eis"), or a contraction that lost its apostrophe ("dont"); the replacement is known.</summary>
    MisplacedSpace,
}
