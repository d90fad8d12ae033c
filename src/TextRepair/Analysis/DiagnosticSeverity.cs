namespace TextRepair.Analysis;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not shown to a reader, but reported to tools (and fixed by fix-all).</summary>
    Hidden,

    /// <summary>Worth a look; often a matter of style or a weak signal.</summary>
    Info,

    /// <summary>Probably a defect.</summary>
    Warning,

    /// <summary>Certainly a defect, or a dangerous one (hidden bidi controls, lost data).</summary>
    Error,
}
