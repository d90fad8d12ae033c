using TextRepair.Lexicon;

namespace TextRepair.Rules.Spelling;

/// <summary>
/// Words the lexicon does not list but builds from words it knows: a known word with a common prefix
/// ("reopening", "unvaccinated"), an inflection or suffix ("perchlorates", "tapings", "podcaster"), or a closed compound
/// of two common content words ("lockdown", "takedown"). A misspelling rarely takes that shape, while news coins such
/// words every day.
/// </summary>
internal static class Morphology
{
    private static readonly string[] Prefixes = ["re", "un", "non", "pre", "post", "anti", "over", "under", "co", "neo", "mis", "dis", "de", "sub", "super", "inter", "multi", "semi", "out", "self", "micro", "mega", "agro", "bio", "eco", "geo", "cyber"];

    /// <summary>
    /// Words that take a space after or before them in English, beyond the function words: pronouns, articles, `not`, and
    /// the determiners that fuse with their noun in typing (`alot`, `aswell`, `noone`, `eachother`, `everytime`).
    /// </summary>
    private static readonly WordSet SplitAnchors = WordSet.Parse("a an i you your me my us not as no each every", ignoreCase: true);

    private static readonly string[] Suffixes = ["s", "es", "ed", "d", "ing", "er", "ers", "ly", "ness", "ment", "ments", "ism", "ist", "ists", "ity", "al", "ize", "ized", "ise", "ised", "able", "ful", "less", "ship", "hood", "y"];

    public static bool IsKnownDerivation(EnglishLexicon lexicon, ReadOnlySpan<char> word)
    {
        foreach (string prefix in Prefixes)
        {
            if (word.Length - prefix.Length >= 4 && word.StartsWith(prefix, StringComparison.Ordinal)
                && (lexicon.Contains(word[prefix.Length..]) || HasKnownStem(lexicon, word[prefix.Length..])))
            {
                return true;
            }
        }

        return HasKnownStem(lexicon, word) || IsCompound(lexicon, word);
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a function word or another word a space stands next to (see
    /// <see cref="SplitAnchors"/>): a word built with one is two words run together ("thecapital", "eachother"), not a
    /// compound.
    /// </summary>
    public static bool IsSplitAnchor(ReadOnlySpan<char> word) =>
        EnglishWords.LowercaseFunctionWords.Contains(word) || SplitAnchors.Contains(word);

    /// <summary>
    /// Two common content words of four letters or more; a function word or a determiner in front ("thecapital",
    /// "eachother") is a lost space instead.
    /// </summary>
    private static bool IsCompound(EnglishLexicon lexicon, ReadOnlySpan<char> word)
    {
        const long Common = 1_000_000;
        for (int split = 4; split <= word.Length - 4; split++)
        {
            ReadOnlySpan<char> left = word[..split];
            ReadOnlySpan<char> right = word[split..];
            if (lexicon.GetCount(left) >= Common && lexicon.GetCount(right) >= Common
                && !IsSplitAnchor(left) && !IsSplitAnchor(right))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasKnownStem(EnglishLexicon lexicon, ReadOnlySpan<char> word)
    {
        foreach (string suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                ReadOnlySpan<char> stem = word[..^suffix.Length];

                // "d" follows only an "e" ("agreed" ← "agree"): "transformd", "sould" and "holsd" are no derivations.
                if (suffix == "d" && stem[^1] != 'e')
                {
                    continue;
                }

                // "tapings" ← "taping", "cosplaying" ← "cosplay"; and a doubled or dropped letter: "blogger" ← "blog".
                if (lexicon.Contains(stem) || (stem.Length > 4 && stem[^1] == stem[^2] && lexicon.Contains(stem[..^1])))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
