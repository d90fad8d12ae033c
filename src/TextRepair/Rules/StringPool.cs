namespace TextRepair.Rules;

/// <summary>
/// Gives one string instance per distinct word, per thread, so that summaries that name the same word many times
/// allocate it once. It forgets everything past a few thousand words, so it never grows without bound.
/// </summary>
internal static class StringPool
{
    private const int Capacity = 4096;

    [ThreadStatic]
    private static HashSet<string>? pool;

    public static string Get(ReadOnlySpan<char> word)
    {
        pool ??= new HashSet<string>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out string? known))
        {
            return known;
        }

        if (pool.Count >= Capacity)
        {
            pool.Clear();
        }

        string created = word.ToString();
        pool.Add(created);
        return created;
    }
}
