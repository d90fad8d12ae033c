using System.Collections.Frozen;

namespace TextRepair.Lexicon;

/// <summary>
/// A frozen set of words looked up by <see cref="ReadOnlySpan{T}"/> without allocating: the form rules use for word lists.
/// </summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>Creates a set of <paramref name="words"/>, compared ordinally or ignoring case.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="words"/> is null.</exception>
    public WordSet(IEnumerable<string> words, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.words = words.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of words.</summary>
    public int Count => words.Count;

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

    /// <summary>Creates a set from a space-separated list (the form the built-in lists are written in).</summary>
    internal static WordSet Parse(string spaceSeparated, bool ignoreCase) =>
        new(spaceSeparated.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), ignoreCase);
}
