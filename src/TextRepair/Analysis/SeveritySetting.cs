namespace TextRepair.Analysis;

/// <summary>A severity chosen in the options for a rule or a category, or <see cref="Off"/> to silence it.</summary>
public enum SeveritySetting
{
    /// <summary>Keep the rule's default (enabled or not, and its default severity).</summary>
    Default,

    /// <summary>Do not run the rule.</summary>
    Off,

    /// <summary>Report as <see cref="DiagnosticSeverity.Hidden"/>.</summary>
    Hidden,

    /// <summary>Report as <see cref="DiagnosticSeverity.Info"/>.</summary>
    Info,

    /// <summary>Report as <see cref="DiagnosticSeverity.Warning"/>.</summary>
    Warning,

    /// <summary>Report as <see cref="DiagnosticSeverity.Error"/>.</summary>
    Error,
}
