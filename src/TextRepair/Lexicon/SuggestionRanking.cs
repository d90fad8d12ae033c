namespace TextRepair.Lexicon;

/// <summary>
/// The last step of every suggestion search, whichever way its candidates were found: keep the known words within
/// distance 2 of the word, nearest first, then most frequent, then in ordinal order, so that two searches that find
/// the same candidates give the same list.
/// </summary>
internal static class SuggestionRanking
{
    /// <summary>The largest edit distance a suggestion may have.</summary>
    public const int MaximumDistance = 2;

    /// <summary>The candidates (indices into <paramref name="words"/>) within distance 2 of <paramref name="word"/> (lowercase), ranked.</summary>
    public static List<SpellingSuggestion> Rank(WordTable words, long[] counts, ReadOnlySpan<char> word, IEnumerable<int> candidates, int maximum)
    {
        // Only the best few are kept while the candidates are read (a short word has hundreds within two edits): no
        // string is made for a candidate that does not make the cut.
        var best = new List<(int Candidate, int Distance)>(maximum + 1);
        Span<int> letters = stackalloc int[27];
        CountLetters(word, letters, 1);
        foreach (int candidate in candidates)
        {
            // Letters one word has and the other lacks bound the edit distance from below, at a fraction of its cost.
            if (!LettersWithin(letters, words[candidate]))
            {
                continue;
            }

            int distance = EditDistance.Compute(word, words[candidate], MaximumDistance);
            if (distance > MaximumDistance || distance == 0)
            {
                continue;
            }

            int at = best.Count;
            while (at > 0 && Compare(words, counts, (candidate, distance), best[at - 1]) < 0)
            {
                at--;
            }

            if (at < maximum)
            {
                best.Insert(at, (candidate, distance));
                if (best.Count > maximum)
                {
                    best.RemoveAt(maximum);
                }
            }
        }

        var suggestions = new List<SpellingSuggestion>(best.Count);
        foreach ((int candidate, int distance) in best)
        {
            suggestions.Add(new SpellingSuggestion(words[candidate].ToString(), distance, counts[candidate]));
        }

        return suggestions;
    }

    /// <summary>The order of suggestions: nearer first, then more common, then the word (ordinal).</summary>
    private static int Compare(WordTable words, long[] counts, (int Candidate, int Distance) left, (int Candidate, int Distance) right) =>
        left.Distance != right.Distance ? left.Distance.CompareTo(right.Distance)
        : counts[left.Candidate] != counts[right.Candidate] ? counts[right.Candidate].CompareTo(counts[left.Candidate])
        : words[left.Candidate].SequenceCompareTo(words[right.Candidate]);

    private static void CountLetters(ReadOnlySpan<char> word, Span<int> counts, int sign)
    {
        foreach (char character in word)
        {
            counts[character is >= 'a' and <= 'z' ? character - 'a' : 26] += sign;
        }
    }

    /// <summary>Whether the letters of <paramref name="candidate"/> differ from the counted ones by at most two on either side.</summary>
    private static bool LettersWithin(ReadOnlySpan<int> counts, ReadOnlySpan<char> candidate)
    {
        Span<int> difference = stackalloc int[27];
        counts.CopyTo(difference);
        CountLetters(candidate, difference, -1);
        int surplus = 0;
        int missing = 0;
        foreach (int value in difference)
        {
            if (value > 0)
            {
                surplus += value;
            }
            else
            {
                missing -= value;
            }
        }

        return surplus <= MaximumDistance && missing <= MaximumDistance;
    }
}
