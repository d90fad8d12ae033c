using System.Collections.Immutable;

namespace TextRepair.Analysis;

/// <summary>
/// What the engine reports and fixes: a severity per rule and per category (a rule's own setting wins over its category's),
/// and the user's words, which are never flagged. Immutable; change it with <c>with</c> or the helper methods.
/// </summary>
public sealed record TextRepairOptions
{
    /// <summary>The defaults: every rule at its default severity, no user words.</summary>
    public static TextRepairOptions Default { get; } = new();

    /// <summary>Severity per rule id (such as <c>TR2003</c>).</summary>
    public ImmutableDictionary<string, SeveritySetting> RuleSeverities { get; init; } = ImmutableDictionary.Create<string, SeveritySetting>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severity per category (see <see cref="DiagnosticCategory"/>).</summary>
    public ImmutableDictionary<string, SeveritySetting> CategorySeverities { get; init; } = ImmutableDictionary.Create<string, SeveritySetting>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words and names that are never flagged: a diagnostic whose span is exactly one of them is dropped.</summary>
    public ImmutableHashSet<string> UserWords { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    /// <summary>
    /// Whether spelling consults the cl100k subword view (Microsoft.ML.Tokenizers) on the few unknown words, to trust
    /// those the tokenizer holds whole. On by default; off saves loading the tokenizer (about 100 ms, once).
    /// </summary>
    public bool UseSubwordSignal { get; init; } = true;

    /// <summary>How many analyse-and-fix rounds <c>Repair</c> runs at most before it stops (fixes can uncover new defects).</summary>
    public int MaximumFixPasses
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 8;

    /// <summary>A copy with the severity of rule <paramref name="id"/> set.</summary>
    public TextRepairOptions WithRuleSeverity(string id, SeveritySetting severity) =>
        this with { RuleSeverities = RuleSeverities.SetItem(id, severity) };

    /// <summary>A copy with the severity of <paramref name="category"/> set.</summary>
    public TextRepairOptions WithCategorySeverity(string category, SeveritySetting severity) =>
        this with { CategorySeverities = CategorySeverities.SetItem(category, severity) };

    /// <summary>A copy with <paramref name="words"/> added to the user words.</summary>
    public TextRepairOptions WithUserWords(IEnumerable<string> words) =>
        this with { UserWords = UserWords.Union(words) };

    /// <summary>
    /// A copy with the words of a user dictionary file added: one word or name per line, in UTF-8; blank lines and lines
    /// starting with <c>#</c> are skipped.
    /// </summary>
    /// <exception cref="FileNotFoundException">When the file does not exist.</exception>
    public TextRepairOptions WithUserWordsFromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return WithUserWords(File.ReadLines(path)
            .Select(static line => line.Trim())
            .Where(static line => line.Length > 0 && !line.StartsWith('#')));
    }

    /// <summary>
    /// The severity rule <paramref name="descriptor"/> reports at under these options, or <see langword="null"/> when it is off.
    /// </summary>
    public DiagnosticSeverity? GetEffectiveSeverity(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        SeveritySetting setting = RuleSeverities.GetValueOrDefault(descriptor.Id);
        if (setting == SeveritySetting.Default)
        {
            setting = CategorySeverities.GetValueOrDefault(descriptor.Category);
        }

        return setting switch
        {
            SeveritySetting.Default => descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : null,
            SeveritySetting.Off => null,
            SeveritySetting.Hidden => DiagnosticSeverity.Hidden,
            SeveritySetting.Info => DiagnosticSeverity.Info,
            SeveritySetting.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Error,
        };
    }

    /// <summary>Whether <paramref name="other"/> sets the same severities, user words and switches (by content, not by reference).</summary>
    public bool Equals(TextRepairOptions? other) =>
        other is not null
        && UseSubwordSignal == other.UseSubwordSignal
        && MaximumFixPasses == other.MaximumFixPasses
        && SameEntries(RuleSeverities, other.RuleSeverities)
        && SameEntries(CategorySeverities, other.CategorySeverities)
        && UserWords.SetEquals(other.UserWords);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // Order-independent: the entries' hashes added (wrapping; LINQ's Sum would throw on overflow).
        int rules = RuleSeverities.Aggregate(0, static (sum, pair) => unchecked(sum + HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(pair.Key), pair.Value)));
        int categories = CategorySeverities.Aggregate(0, static (sum, pair) => unchecked(sum + HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(pair.Key), pair.Value)));
        int words = UserWords.Aggregate(0, static (sum, word) => unchecked(sum + StringComparer.Ordinal.GetHashCode(word)));
        return HashCode.Combine(UseSubwordSignal, MaximumFixPasses, rules, categories, words);
    }

    private static bool SameEntries(ImmutableDictionary<string, SeveritySetting> left, ImmutableDictionary<string, SeveritySetting> right) =>
        left.Count == right.Count && left.All(pair => right.TryGetValue(pair.Key, out SeveritySetting value) && value == pair.Value);
}
