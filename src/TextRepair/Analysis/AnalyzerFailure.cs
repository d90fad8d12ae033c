using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// TR0001: an analyzer threw while analysing a paragraph, the way Roslyn reports AD0001. The driver catches the
/// exception, reports it here at the token, sentence or paragraph the action was given, and goes on with the next action:
/// one rule's bug costs its own findings there, never the others' or the document's.
/// </summary>
internal static class AnalyzerFailure
{
    /// <summary>The rule's descriptor: a warning, counted in no garble score.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR0001",
        "Analyzer failure",
        "The analyzer {0} threw {1} here ('{2}'); what it would have found in this {3} may be missing",
        DiagnosticCategory.Analysis,
        DiagnosticSeverity.Warning,
        description: "An analyzer threw an exception; the others ran, and its findings at that place may be missing.",
        garbleWeight: 0);

    /// <summary>
    /// Whether the driver turns <paramref name="exception"/> into a diagnostic: anything but cancellation, which ends
    /// the analysis as asked.
    /// </summary>
    public static bool IsReported(Exception exception) => exception is not OperationCanceledException;

    /// <summary>Reports that <paramref name="action"/> threw <paramref name="exception"/> on <paramref name="span"/> (relative to the paragraph).</summary>
    public static void Report(ParagraphScope scope, Delegate action, Exception exception, TextSpan span, string place)
    {
        // A lambda's method lives in a compiler-generated class nested in the analyzer's.
        Type? type = action.Method.DeclaringType;
        while (type is { DeclaringType: not null } && type.Name.StartsWith('<'))
        {
            type = type.DeclaringType;
        }

        string analyzer = type?.Name ?? action.Method.Name;
        string message = exception.Message.Length > 200 ? exception.Message[..200] + "…" : exception.Message;
        scope.Report(Rule, span, Rule.FormatMessage(analyzer, exception.GetType().Name, message, place), []);
    }
}
