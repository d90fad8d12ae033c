using TextRepair.Analysis;

namespace TextRepair.Cli;

/// <summary>Where the inputs come from and which rules run: shared by every command.</summary>
/// <param name="Config">A configuration file given with <c>--config</c>, or null to look next to each file.</param>
/// <param name="Include">Glob patterns for files inside folders.</param>
/// <param name="Selection">The <c>--select</c> and <c>--ignore</c> lists.</param>
internal sealed record InputSettings(string? Config, IReadOnlyList<string> Include, RuleSelection Selection);

/// <summary>How <c>check</c> reports and what its exit code says.</summary>
/// <param name="Format">text, json, sarif or github.</param>
/// <param name="Threshold">The lowest severity shown.</param>
/// <param name="FixableOnly">Show only what <c>fix</c> would repair (<c>--fix-only</c>).</param>
/// <param name="Quiet">Only the diagnostic lines: no excerpt, no summary.</param>
/// <param name="Color">auto, always or never.</param>
/// <param name="MaximumWarnings">With a value, exit 1 only on an error or on more non-error diagnostics than this.</param>
/// <param name="ExitZero">Exit 0 whatever is found (input errors still give 2).</param>
internal sealed record CheckSettings(string Format, DiagnosticSeverity Threshold, bool FixableOnly, bool Quiet, string Color, int? MaximumWarnings, bool ExitZero)
{
    /// <summary>The exit code for the diagnostics shown.</summary>
    public int ExitCode(IEnumerable<Diagnostic> shown)
    {
        if (ExitZero)
        {
            return ExitCodes.Clean;
        }

        List<Diagnostic> all = [.. shown];
        if (MaximumWarnings is { } maximum)
        {
            bool failed = all.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error) || all.Count(diagnostic => diagnostic.Severity != DiagnosticSeverity.Error) > maximum;
            return failed ? ExitCodes.Found : ExitCodes.Clean;
        }

        return all.Count > 0 ? ExitCodes.Found : ExitCodes.Clean;
    }
}

/// <summary>Where <c>fix</c> puts the repaired text.</summary>
/// <param name="ToStandardOutput">Print the text (<c>--stdout</c>).</param>
/// <param name="Diff">Print a unified diff (<c>--diff</c>).</param>
/// <param name="Verify">Write nothing; exit 1 when a file would change (<c>--check</c>).</param>
/// <param name="Force">Write read-only files too.</param>
internal sealed record FixSettings(bool ToStandardOutput, bool Diff, bool Verify, bool Force);

/// <summary>The batch mode's settings.</summary>
internal sealed record JsonLinesSettings(string Field, DiagnosticSeverity Threshold, int Parallel, int MaximumRecordBytes, bool ExitZero);
