using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>
/// Items of one data set laid out as one text, items separated by a blank line, as both TextRepair and the peers read it.
/// The first line is a title, so that no item sits in the headline's place.
/// </summary>
public sealed class Corpus
{
    private const string Separator = "\n\n";

    public Corpus(string name, IReadOnlyList<string> items, bool isOneDocument = false)
    {
        Name = name;
        Items = items;
        IsOneDocument = isOneDocument;
        var starts = new int[items.Count];
        var text = new System.Text.StringBuilder();
        text.Append("Evaluation corpus ").Append(name).Append(Separator);
        for (int index = 0; index < items.Count; index++)
        {
            if (items[index].Contains('\n', StringComparison.Ordinal) || items[index].Contains('\r', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Item {index} of {name} spans several lines.", nameof(items));
            }

            starts[index] = text.Length;
            text.Append(items[index]).Append(Separator);
        }

        Starts = starts;
        Text = text.ToString();
    }

    public string Name { get; }

    /// <summary>Whether the items are the paragraphs of one document (the seed article), to be checked together.</summary>
    public bool IsOneDocument { get; }

    public IReadOnlyList<string> Items { get; }

    /// <summary>Where each item starts in <see cref="Text"/>.</summary>
    public IReadOnlyList<int> Starts { get; }

    public string Text { get; }

    /// <summary>The item that holds <paramref name="position"/>, or -1 (the title, a separator).</summary>
    public int ItemAt(int position)
    {
        int index = BinarySearch(position);
        return index >= 0 && position <= Starts[index] + Items[index].Length ? index : -1;
    }

    /// <summary>Splits a repaired corpus back into items; null when a repair crossed an item boundary.</summary>
    public static IReadOnlyList<string>? SplitRepaired(string repaired, int count)
    {
        string[] parts = repaired.Split(Separator);
        return parts.Length == count + 2 ? parts[1..^1] : null;
    }

    /// <summary>Moves a corpus span to item coordinates.</summary>
    public TextSpan ToItem(int item, TextSpan span) => new(span.Start - Starts[item], span.Length);

    private int BinarySearch(int position)
    {
        int low = 0;
        int high = Starts.Count - 1;
        int found = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (Starts[middle] <= position)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
