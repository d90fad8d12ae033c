using System.Collections.Immutable;
using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// Collects what analyzers report: applies the severity the options give, drops diagnostics of rules that are off and
/// those whose text is a user word, and checks that a rule reports only its own descriptors, inside the text.
/// </summary>
internal sealed class DiagnosticSink
{
    private readonly AnalyzerDriver driver;
    private readonly SourceText text;

    public DiagnosticSink(AnalyzerDriver driver, SourceText text)
    {
        this.driver = driver;
        this.text = text;
    }

    public List<Diagnostic> Diagnostics { get; } = [];

    public TextRepairOptions Options => driver.Options;

    /// <summary>
    /// Adds a diagnostic reported relative to a paragraph that starts at <paramref name="paragraphStart"/> and has
    /// <paramref name="paragraphLength"/> characters: refused when its span leaves the paragraph, moved to document offsets.
    /// </summary>
    public void ReportInParagraph(DiagnosticDescriptor descriptor, TextSpan span, string message, ReadOnlySpan<Fix> fixes, int paragraphStart, int paragraphLength)
    {
        if (span.End > paragraphLength)
        {
            throw new InvalidOperationException($"{descriptor?.Id} reported the span {span}, outside its paragraph of length {paragraphLength}.");
        }

        Report(descriptor!, span, message, fixes, paragraphStart);
    }

    /// <summary>Adds a diagnostic; <paramref name="offset"/> moves a span and fixes reported relative to a paragraph to document offsets.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, ReadOnlySpan<Fix> fixes, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(message);
        if (!driver.TryGetSeverity(descriptor, out DiagnosticSeverity? severity))
        {
            throw new InvalidOperationException($"An analyzer reported {descriptor.Id}, which no analyzer of this engine declares.");
        }

        if (severity is null)
        {
            return;
        }

        span = new TextSpan(span.Start + offset, span.Length);
        if (span.End > text.Length)
        {
            throw new InvalidOperationException($"{descriptor.Id} reported the span {span}, outside the text of length {text.Length}.");
        }

        if (driver.UserWords.Count > 0 && driver.UserWords.Contains(text.ToString(span)))
        {
            return;
        }

        var moved = ImmutableArray.CreateBuilder<Fix>(fixes.Length);
        foreach (Fix fix in fixes)
        {
            moved.Add(fix.WithOffset(offset));
        }

        Diagnostics.Add(new Diagnostic(descriptor, span, message, severity.Value, moved.MoveToImmutable()));
    }
}
