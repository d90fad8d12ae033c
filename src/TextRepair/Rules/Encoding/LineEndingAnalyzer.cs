using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>TR1009: a document that mixes line endings (CR LF, LF, CR); the fix gives the rare ones the majority's form.</summary>
internal sealed class LineEndingAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR1009",
        "Mixed line endings",
        "This line ends with {0}, but most lines of the document end with {1}",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Info,
        description: "Line endings of different kinds in one document, as text pasted from several sources has.",
        garbleWeight: 0);

    private static readonly string[] Names = ["CR LF", "LF", "CR"];
    private static readonly string[] Endings = ["\r\n", "\n", "\r"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        // The common case, one kind, is read from counts the text keeps per chunk: an edit does not scan the document.
        if (!context.Source.HasMixedLineBreaks)
        {
            return;
        }

        ReadOnlySpan<char> text = context.Text;
        Span<int> counts = stackalloc int[3];
        for (int position = NextBreak(text, 0); position >= 0; position = NextBreak(text, position + LengthOf(KindAt(text, position))))
        {
            counts[KindAt(text, position)]++;
        }

        int majority = counts[0] >= counts[1] && counts[0] >= counts[2] ? 0 : counts[1] >= counts[2] ? 1 : 2;
        if (counts[majority] == counts[0] + counts[1] + counts[2])
        {
            return;
        }

        for (int position = NextBreak(text, 0); position >= 0; position = NextBreak(text, position + LengthOf(KindAt(text, position))))
        {
            int kind = KindAt(text, position);
            if (kind != majority)
            {
                var span = new TextSpan(position, LengthOf(kind));
                var fix = new Fix($"End the line with {Names[majority]}", FixApplicability.Automatic, new TextChange(span, Endings[majority]));
                context.Report(Rule, span, Rule.FormatMessage(Names[kind], Names[majority]), fix);
            }
        }
    }

    /// <summary>The next CR or LF at or after <paramref name="from"/>, or -1.</summary>
    private static int NextBreak(ReadOnlySpan<char> text, int from)
    {
        int found = from >= text.Length ? -1 : text[from..].IndexOfAny('\r', '\n');
        return found < 0 ? -1 : from + found;
    }

    private static int LengthOf(int kind) => kind == 0 ? 2 : 1;

    /// <summary>0 for CR LF, 1 for LF, 2 for CR, at a position that holds a CR or an LF.</summary>
    private static int KindAt(ReadOnlySpan<char> text, int position) =>
        text[position] == '\n' ? 1 : position + 1 < text.Length && text[position + 1] == '\n' ? 0 : 2;
}
