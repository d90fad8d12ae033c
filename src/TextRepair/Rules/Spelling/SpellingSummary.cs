namespace TextRepair.Rules.Spelling;

/// <summary>
/// What the spelling rules keep of one paragraph: the words to check, and the hash codes of the unknown capitalized
/// words inside its sentences (names, never reported, which vouch for the same spelling opening a sentence elsewhere).
/// Hashes rather than strings: a paragraph of names costs four bytes a name, and a collision only spares a word.
/// </summary>
internal sealed record SpellingSummary(SpellingCandidate[] Candidates, int[] Vouchers)
{
    /// <summary>The summary of a paragraph with nothing to check and no names.</summary>
    public static SpellingSummary Empty { get; } = new([], []);
}
