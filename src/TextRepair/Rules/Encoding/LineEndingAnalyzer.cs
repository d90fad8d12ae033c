using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
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
        // Without a CR there is only one kind: the common case costs one vectorized search.
        if (context.Text.IndexOf('\r') < 0)
        {
            return;
        }

        Span<int> counts = stackalloc int[3];
        foreach (Token token in context.Tokens)
        {
            if (KindOf(context.Text, token) is var kind and >= 0)
            {
                counts[kind]++;
            }
        }

        int majority = counts[0] >= counts[1] && counts[0] >= counts[2] ? 0 : counts[1] >= counts[2] ? 1 : 2;
        if (counts[majority] == counts[0] + counts[1] + counts[2])
        {
            return;
        }

        foreach (Token token in context.Tokens)
        {
            int kind = KindOf(context.Text, token);
            if (kind >= 0 && kind != majority)
            {
                var fix = new Fix($"End the line with {Names[majority]}", FixApplicability.Automatic, new TextChange(token.Span, Endings[majority]));
                context.Report(Rule, token.Span, Rule.FormatMessage(Names[kind], Names[majority]), fix);
            }
        }
    }

    /// <summary>0 for CR LF, 1 for LF, 2 for CR, -1 for anything else.</summary>
    private static int KindOf(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.LineBreak)
        {
            return -1;
        }

        return token.Length == 2 ? 0 : text[token.Start] switch { '\n' => 1, '\r' => 2, _ => -1 };
    }
}
