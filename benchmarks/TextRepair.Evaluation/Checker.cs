using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>A checker under evaluation: TextRepair itself, or a peer whose diagnostics were recorded on the same corpus.</summary>
public abstract class Checker
{
    protected Checker(string name) => Name = name;

    public string Name { get; }

    /// <summary>The findings of every item of <paramref name="corpus"/>, or null when this checker has no run on it.</summary>
    public abstract IReadOnlyList<List<Finding>>? Check(Corpus corpus);

    protected static List<Finding>[] Distribute(Corpus corpus, IEnumerable<(string Rule, TextSpan Span, string? Replacement)> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var perItem = new List<Finding>[corpus.Items.Count];
        for (int index = 0; index < perItem.Length; index++)
        {
            perItem[index] = [];
        }

        foreach ((string rule, TextSpan span, string? replacement) in diagnostics)
        {
            int item = corpus.ItemAt(span.Start);
            if (item >= 0)
            {
                perItem[item].Add(new Finding(rule, corpus.ToItem(item, span), replacement));
            }
        }

        return perItem;
    }
}
