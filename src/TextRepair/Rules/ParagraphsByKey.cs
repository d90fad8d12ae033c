namespace TextRepair.Rules;

/// <summary>
/// For a document index: which paragraphs hold each key (a word, a name), once per occurrence, so that a key whose
/// verdict changes names the paragraphs to report again. A list per key, not a set: most keys occur a few times, and
/// taking one occurrence out of a long list costs microseconds, once per edit that touches it.
/// </summary>
internal sealed class ParagraphsByKey
{
    private readonly Dictionary<string, List<long>> paragraphs = new(StringComparer.Ordinal);

    /// <summary>Notes one occurrence of <paramref name="key"/> in <paramref name="paragraph"/>.</summary>
    public void Add(string key, long paragraph)
    {
        if (!paragraphs.TryGetValue(key, out List<long>? holders))
        {
            paragraphs[key] = holders = new List<long>(1);
        }

        holders.Add(paragraph);
    }

    /// <summary>Forgets one occurrence of <paramref name="key"/> in <paramref name="paragraph"/> (the key goes when its last one does).</summary>
    public void Remove(string key, long paragraph)
    {
        if (paragraphs.TryGetValue(key, out List<long>? holders) && holders.Remove(paragraph) && holders.Count == 0)
        {
            paragraphs.Remove(key);
        }
    }

    /// <summary>Adds the paragraphs that hold <paramref name="key"/> to <paramref name="into"/>.</summary>
    public void CopyTo(string key, ISet<long> into)
    {
        if (paragraphs.TryGetValue(key, out List<long>? holders))
        {
            into.UnionWith(holders);
        }
    }
}
