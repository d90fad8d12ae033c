namespace TextRepair.Rules.Spelling;

/// <summary>What a spelling candidate is.</summary>
internal enum SpellingCandidateKind : byte
{
    /// <summary>An unknown lowercase word: checked for a correction or a split.</summary>
    Word,

    /// <summary>An unknown capitalized word opening a sentence: reported only as a typo of a common word.</summary>
    SentenceInitial,

    /// <summary>
    /// An unknown lowercase word after a capitalized word the lexicon does not know, where a Latin name's second word
    /// stands as well as a surname's verb: reported only as a typo of a common word (one edit from a very common word).
    /// </summary>
    AfterName,

    /// <summary>Two words whose space stands in the wrong place ("spac eis"), or a contraction that lost its apostrophe ("dont"); the replacement is known.</summary>
    MisplacedSpace,
}
