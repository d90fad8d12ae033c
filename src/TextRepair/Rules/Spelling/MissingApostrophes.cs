using System.Collections.Frozen;

namespace TextRepair.Rules.Spelling;

/// <summary>
/// Contractions and possessives that lost their apostrophe ("dont", "hes", "childrens") and the words a contraction's
/// ending follows when the apostrophe became a space ("don t", "That s"). Spellings that are words of their own ("cant",
/// "wont", "ill", "well", "were", "shell", "hell", "its", "lets", "id", "wed", "mens") are not listed.
/// </summary>
internal static class MissingApostrophes
{
    /// <summary>An apostrophe-less spelling and the word it stands for, keyed in lowercase.</summary>
    private static readonly FrozenDictionary<string, string> Contractions = Pairs(
        """
        dont:don't doesnt:doesn't didnt:didn't isnt:isn't wasnt:wasn't werent:weren't arent:aren't hasnt:hasn't
        havent:haven't hadnt:hadn't couldnt:couldn't shouldnt:shouldn't wouldnt:wouldn't mustnt:mustn't neednt:needn't
        theyre:they're youre:you're weve:we've youve:you've theyve:they've ive:I've im:I'm hes:he's shes:she's
        thats:that's whats:what's theres:there's heres:here's whos:who's itll:it'll youll:you'll theyll:they'll
        shouldve:should've couldve:could've wouldve:would've youd:you'd theyd:they'd childrens:children's
        womens:women's
        """);

    // The span lookups are made once: asking a frozen dictionary for one checks its comparer's type each time, and
    // spelling asks both of nearly every lowercase word.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ContractionsBySpan =
        Contractions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, FrozenSet<string>> EndingHosts = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["t"] = Set("don doesn didn isn wasn weren aren hasn haven hadn couldn shouldn wouldn mustn can won ain"),
        ["s"] = Set("that it he she what there here who where let how"),
        ["m"] = Set("i"),
        ["re"] = Set("you we they who what"),
        ["ll"] = Set("i you he she it we they that there"),
        ["ve"] = Set("i you we they could should would might must"),
        ["d"] = Set("i you he she we they"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>>.AlternateLookup<ReadOnlySpan<char>> EndingHostsBySpan =
        EndingHosts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="spelling"/> is a contraction without its apostrophe ("dont"), and which (<paramref name="contraction"/>).</summary>
    public static bool TryGetContraction(ReadOnlySpan<char> spelling, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? contraction) =>
        ContractionsBySpan.TryGetValue(spelling, out contraction);

    /// <summary>
    /// Whether <paramref name="ending"/> is a contraction's ending ("t", "s", "ll") that <paramref name="host"/> takes: the
    /// two words are one contraction whose apostrophe became a space ("don t", "That s").
    /// </summary>
    public static bool IsSpacedContraction(ReadOnlySpan<char> host, ReadOnlySpan<char> ending) =>
        EndingHostsBySpan.TryGetValue(ending, out FrozenSet<string>? hosts)
        && hosts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(host);

    /// <summary>Reads "spelling:word" pairs separated by white space.</summary>
    private static FrozenDictionary<string, string> Pairs(string pairs) =>
        pairs.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(':'))
            .ToFrozenDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
