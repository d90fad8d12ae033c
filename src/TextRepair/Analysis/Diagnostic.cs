using System.Collections.Immutable;
using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// One finding: a rule's descriptor, the span it concerns (UTF-16 code units), its message, its effective severity, and the
/// fixes offered for it.
/// </summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="descriptor"/> or <paramref name="message"/> is null.</exception>
    public Diagnostic(DiagnosticDescriptor descriptor, TextSpan span, string message, DiagnosticSeverity severity, ImmutableArray<Fix> fixes)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(message);
        Descriptor = descriptor;
        Span = span;
        Message = message;
        Severity = severity;
        Fixes = fixes.IsDefault ? [] : fixes;
    }

    /// <summary>The rule that reported it.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule id (the descriptor's).</summary>
    public string Id => Descriptor.Id;

    /// <summary>The range of the text it concerns.</summary>
    public TextSpan Span { get; }

    /// <summary>The formatted message.</summary>
    public string Message { get; }

    /// <summary>The severity after the options were applied.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The fixes offered, best first; may be empty.</summary>
    public ImmutableArray<Fix> Fixes { get; }

    /// <summary>The first fix that may be applied without a human look, if any.</summary>
    public Fix? AutomaticFix => Fixes.FirstOrDefault(static fix => fix.Applicability == FixApplicability.Automatic);

    /// <summary>The same diagnostic for the same text moved by <paramref name="delta"/> characters (an edit before it).</summary>
    internal Diagnostic WithOffset(int delta) => new(
        Descriptor,
        new TextSpan(Span.Start + delta, Span.Length),
        Message,
        Severity,
        [.. Fixes.Select(fix => fix.WithOffset(delta))]);

    /// <summary>Shows the diagnostic as <c>ID [start..end): message</c>.</summary>
    public override string ToString() => $"{Id} {Span}: {Message}";
}
