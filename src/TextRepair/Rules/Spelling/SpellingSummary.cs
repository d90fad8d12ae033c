using TextRepair.Lexicon;

namespace TextRepair.Rules.Spelling;

/// <summary>
/// What the spelling rules keep of one paragraph: the words to check, and the hash codes of the unknown capitalized
/// words inside its sentences (names, never reported, which vouch for the same spelling opening a sentence elsewhere).
/// Hashes rather than strings: a paragraph of names costs four bytes a name, and a collision only spares a word.
/// </summary>
/// <remarks>
/// The suggestions for a candidate are searched when the document step first needs them and kept here: a paragraph an
/// edit leaves alone keeps its summary, so the next version's document step reads them instead of searching again
/// (a document's misspellings were searched on every edit before, most of an edit's cost in a long document). They are
/// a pure function of the word and the lexicon, so two threads filling the same slot store the same answer.
/// </remarks>
internal sealed class SpellingSummary(SpellingCandidate[] candidates, int[] vouchers)
{
    /// <summary>How many suggestions a candidate gets.</summary>
    public const int SuggestionCount = 3;

    private IReadOnlyList<SpellingSuggestion>?[]? suggestions;

    /// <summary>A summary whose candidates' suggestions are those of <paramref name="searched"/> where it has them (searched while collecting).</summary>
    public SpellingSummary(SpellingCandidate[] candidates, int[] vouchers, Dictionary<string, IReadOnlyList<SpellingSuggestion>> searched)
        : this(candidates, vouchers)
    {
        if (searched.Count == 0)
        {
            return;
        }

        suggestions = new IReadOnlyList<SpellingSuggestion>?[candidates.Length];
        for (int index = 0; index < candidates.Length; index++)
        {
            suggestions[index] = searched.GetValueOrDefault(candidates[index].Word);
        }
    }

    /// <summary>The words to check, offsets relative to the paragraph.</summary>
    public SpellingCandidate[] Candidates { get; } = candidates;

    /// <summary>The hash codes of the names inside the paragraph's sentences.</summary>
    public int[] Vouchers { get; } = vouchers;

    /// <summary>The summary of a paragraph with nothing to check and no names.</summary>
    public static SpellingSummary Empty { get; } = new([], []);

    /// <summary>The three nearest known words to candidate <paramref name="index"/>, searched once.</summary>
    public IReadOnlyList<SpellingSuggestion> GetSuggestions(int index, EnglishLexicon lexicon)
    {
        IReadOnlyList<SpellingSuggestion>?[] slots = Volatile.Read(ref suggestions) ?? InitializeSlots();
        return slots[index] ??= lexicon.Suggest(Candidates[index].Word, SuggestionCount);
    }

    private IReadOnlyList<SpellingSuggestion>?[] InitializeSlots()
    {
        Interlocked.CompareExchange(ref suggestions, new IReadOnlyList<SpellingSuggestion>?[Candidates.Length], null);
        return suggestions!;
    }
}
