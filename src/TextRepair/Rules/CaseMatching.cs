namespace TextRepair.Rules;

/// <summary>Carries the casing of the original word into a replacement, so that a fix never changes a capital by accident.</summary>
internal static class CaseMatching
{
    /// <summary>
    /// <paramref name="replacement"/> in the case of <paramref name="original"/>: all capitals when the original has
    /// more than one letter and all are capitals, a capital first letter when the original has one, lowercase otherwise.
    /// </summary>
    public static string Match(ReadOnlySpan<char> original, string replacement)
    {
        if (original.IsEmpty || replacement.Length == 0)
        {
            return replacement;
        }

        bool firstUpper = char.IsUpper(original[0]);
        bool allUpper = original.Length > 1 && !original.ContainsAnyExceptInRange('A', 'Z') && firstUpper;
        if (allUpper)
        {
            return replacement.ToUpperInvariant();
        }

        string lower = replacement.ToLowerInvariant();
        return firstUpper ? string.Concat(char.ToUpperInvariant(lower[0]).ToString(), lower.AsSpan(1)) : lower;
    }
}
