using TextRepair.Analysis;

namespace TextRepair.Cli;

/// <summary>
/// <c>--select</c> and <c>--ignore</c>: rule ids or categories, applied on top of the configuration file. With a
/// selection, only the selected rules report (one that is off by default is turned on at its default severity); an
/// ignored rule never reports.
/// </summary>
internal sealed class RuleSelection
{
    private readonly IReadOnlyList<string> selected;
    private readonly IReadOnlyList<string> ignored;

    private RuleSelection(IReadOnlyList<string> selected, IReadOnlyList<string> ignored)
    {
        this.selected = selected;
        this.ignored = ignored;
    }

    /// <summary>No selection: the configuration decides.</summary>
    public static RuleSelection None { get; } = new([], []);

    /// <summary>Parses the options' values (each may be a comma-separated list).</summary>
    /// <exception cref="InvalidDataException">When a name is neither a rule id nor a category, with a hint.</exception>
    public static RuleSelection Parse(IEnumerable<string> select, IEnumerable<string> ignore)
    {
        List<string> selected = Split(select, "--select");
        List<string> ignored = Split(ignore, "--ignore");
        return new RuleSelection(selected, ignored);
    }

    /// <summary>Whether a name (id or category, any case) is known; for the JSON-lines per-record list too.</summary>
    public static void Require(string option, string name)
    {
        string[] known = [.. Configuration.RuleIds, .. Configuration.Categories];
        Configuration.Require(option, "rule or category", name, known, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The options with the selection applied.</summary>
    public TextRepairOptions Apply(TextRepairOptions options)
    {
        if (selected.Count == 0 && ignored.Count == 0)
        {
            return options;
        }

        foreach (DiagnosticDescriptor rule in Configuration.Rules)
        {
            if (Matches(ignored, rule) || (selected.Count > 0 && !Matches(selected, rule)))
            {
                options = options.WithRuleSeverity(rule.Id, SeveritySetting.Off);
            }
            else if (selected.Count > 0 && options.GetEffectiveSeverity(rule) is null)
            {
                options = options.WithRuleSeverity(rule.Id, rule.DefaultSeverity switch
                {
                    DiagnosticSeverity.Error => SeveritySetting.Error,
                    DiagnosticSeverity.Warning => SeveritySetting.Warning,
                    DiagnosticSeverity.Info => SeveritySetting.Info,
                    _ => SeveritySetting.Hidden,
                });
            }
        }

        return options;
    }

    private static bool Matches(IReadOnlyList<string> names, DiagnosticDescriptor rule) =>
        names.Any(name => string.Equals(name, rule.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(name, rule.Category, StringComparison.OrdinalIgnoreCase));

    private static List<string> Split(IEnumerable<string> values, string option)
    {
        List<string> names = [.. values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        foreach (string name in names)
        {
            Require(option, name);
        }

        return names;
    }
}
