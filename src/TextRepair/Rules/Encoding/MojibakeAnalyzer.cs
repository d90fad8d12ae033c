using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// TR1001: UTF-8 text decoded as Windows-1252 or Latin-1 ("donâ€™t", "OrfÃ¨vres", "â€œquotedâ€\u009d"), also encoded
/// wrongly twice; and the "Â" left in front of a space where a no-break space was damaged. The fix decodes the run again.
/// </summary>
/// <remarks>See <see cref="MojibakeDetector"/> for why correct accented text is never touched.</remarks>
internal sealed class MojibakeAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR1001",
        "Mojibake",
        "'{0}' is damaged encoding; it should read '{1}'",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Warning,
        description: "UTF-8 text that was decoded as Windows-1252 or Latin-1, once or twice.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterParagraphAction(Analyze, TokenShape.NonAscii);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        int position = 0;
        while (MojibakeDetector.TryFindNext(text, position, out TextSpan run, out string repaired))
        {
            var span = new TextSpan(run.Start, run.Length);
            var fix = new Fix($"Replace with '{repaired}'", FixApplicability.Automatic, new TextChange(span, repaired));
            context.Report(Rule, span, Rule.FormatMessage(text.Slice(run.Start, run.Length).ToString(), repaired), fix);
            position = run.End;
        }

        ReportDamagedNoBreakSpaces(context, text);
    }

    /// <summary>"100Â km": the lead byte of a no-break space whose second byte became a plain space.</summary>
    private static void ReportDamagedNoBreakSpaces(ParagraphAnalysisContext context, ReadOnlySpan<char> text)
    {
        for (int index = text.IndexOf('\u00C2'); index >= 0; index = CharacterSearch.IndexOf(text, index + 1, '\u00C2'))
        {
            if (index + 1 >= text.Length || text[index + 1] != ' ')
            {
                continue;
            }

            // Alone between spaces it might be a letter being discussed; glued to a word or number it is debris.
            bool glued = index > 0 && !char.IsWhiteSpace(text[index - 1]);
            var span = new TextSpan(index, 1);
            var fix = new Fix("Remove 'Â'", glued ? FixApplicability.Automatic : FixApplicability.Suggested, TextChange.Delete(span));
            context.Report(Rule, span, Rule.FormatMessage("Â", " "), fix);
        }
    }
}
