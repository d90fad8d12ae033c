using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>TextRepair with its default rules.</summary>
public sealed class TextRepairChecker : Checker
{
    public TextRepairChecker(TextRepairEngine engine)
        : base("TextRepair") => Engine = engine;

    /// <summary>The title line each item is checked after.</summary>
    private const string Title = "Evaluation item\n\n";

    public TextRepairEngine Engine { get; }

    /// <summary>
    /// Each item is checked as a document of its own, after a title line (so that no item sits in the headline's place):
    /// document-level rules such as spelling's "a word used twice is trusted" must not see the other items. The
    /// paragraphs of one document (the seed article) are checked together.
    /// </summary>
    public override IReadOnlyList<List<Finding>> Check(Corpus corpus)
    {
        if (corpus.IsOneDocument)
        {
            return Distribute(corpus, Engine.Analyze(corpus.Text).Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Span, Replacement(corpus.Text, diagnostic))));
        }

        var perItem = new List<Finding>[corpus.Items.Count];
        Parallel.For(0, corpus.Items.Count, index =>
        {
            string document = Title + corpus.Items[index];
            perItem[index] = Engine.Analyze(document).Diagnostics
                .Where(diagnostic => diagnostic.Span.Start >= Title.Length)
                .Select(diagnostic => new Finding(diagnostic.Id, new TextSpan(diagnostic.Span.Start - Title.Length, diagnostic.Span.Length), Replacement(document, diagnostic)))
                .ToList();
        });
        return perItem;
    }

    /// <summary>
    /// The item repaired as <see cref="Check"/> reads it: a document of its own after a title line, which is taken off
    /// again. Alone, an item would sit in the headline's place, where a missing stop is no defect.
    /// </summary>
    public string RepairItem(string item)
    {
        string repaired = Engine.Repair(Title + item);
        return repaired.StartsWith(Title, StringComparison.Ordinal) ? repaired[Title.Length..] : repaired;
    }

    /// <summary>What the first fix makes of the diagnostic's span ("goverment" → "government", "thecapital" → "the capital").</summary>
    private static string? Replacement(string text, Diagnostic diagnostic)
    {
        if (diagnostic.Fixes.IsEmpty)
        {
            return null;
        }

        var result = new System.Text.StringBuilder();
        int position = diagnostic.Span.Start;
        foreach (var change in diagnostic.Fixes[0].Changes.Where(change => diagnostic.Span.Contains(change.Span) || change.Span.Start == diagnostic.Span.End))
        {
            result.Append(text, position, change.Span.Start - position).Append(change.NewText);
            position = change.Span.End;
        }

        return result.Append(text, position, Math.Max(0, diagnostic.Span.End - position)).ToString();
    }
}
