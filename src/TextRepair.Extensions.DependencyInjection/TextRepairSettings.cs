using TextRepair.Analysis;

namespace TextRepair.Extensions.DependencyInjection;

/// <summary>
/// The configuration form of <see cref="TextRepairOptions"/>: plain mutable members that the configuration binder can
/// fill from <c>appsettings.json</c>, environment variables or any other source, in the shape of <c>textrepair.json</c>:
/// <code>
/// "TextRepair": { "Rules": { "TR2003": "off" }, "Categories": { "Fluency": "info" }, "Words": [ "Lukashenka" ] }
/// </code>
/// </summary>
public sealed class TextRepairSettings
{
    /// <summary>Severity per rule id: off, hidden, info, warning, error or default.</summary>
    public Dictionary<string, string> Rules { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severity per category.</summary>
    public Dictionary<string, string> Categories { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words and names never flagged.</summary>
    public List<string> Words { get; } = [];

    /// <summary>See <see cref="TextRepairOptions.UseSubwordSignal"/>.</summary>
    public bool UseSubwordSignal { get; set; } = true;

    /// <summary>See <see cref="TextRepairOptions.MaximumFixPasses"/>.</summary>
    public int MaximumFixPasses { get; set; } = TextRepairOptions.Default.MaximumFixPasses;

    /// <summary>The engine's options.</summary>
    /// <exception cref="InvalidOperationException">When a severity is not one of the names above.</exception>
    public TextRepairOptions ToOptions()
    {
        TextRepairOptions options = TextRepairOptions.Default with { UseSubwordSignal = UseSubwordSignal, MaximumFixPasses = MaximumFixPasses };
        foreach ((string id, string severity) in Rules)
        {
            options = options.WithRuleSeverity(id, Parse(severity, id));
        }

        foreach ((string category, string severity) in Categories)
        {
            options = options.WithCategorySeverity(category, Parse(severity, category));
        }

        return options.WithUserWords(Words.Where(static word => !string.IsNullOrWhiteSpace(word)));
    }

    private static SeveritySetting Parse(string value, string name) => value.ToUpperInvariant() switch
    {
        "OFF" or "NONE" => SeveritySetting.Off,
        "HIDDEN" => SeveritySetting.Hidden,
        "INFO" or "SUGGESTION" => SeveritySetting.Info,
        "WARNING" => SeveritySetting.Warning,
        "ERROR" => SeveritySetting.Error,
        "DEFAULT" => SeveritySetting.Default,
        _ => throw new InvalidOperationException($"TextRepair: unknown severity '{value}' for '{name}' (use off, hidden, info, warning, error or default)."),
    };
}
