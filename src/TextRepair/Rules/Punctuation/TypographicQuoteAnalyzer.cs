using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Punctuation;

/// <summary>
/// TR3009 (off by default): a straight double quotation mark (") where a house style sets typographic ones (“ ”), as
/// machine translation leaves when the source had its own marks (Chinese “ ” and 《 》, German „ “).
/// </summary>
/// <remarks>
/// Straight marks are correct in many house styles (Wikinews, wire copy, code), so the rule is off unless a style asks
/// for it; a post-editing pipeline whose style wants typographic marks turns it on. The side of each mark comes from
/// the walk the quotation rules use: straight marks pair up in order when a paragraph has an even number of them. The
/// fix is automatic only when the pairing and the glue agree (an opening mark glued to the word after it, a closing mark
/// to the word or stop before it); otherwise it is suggested. A mark glued to a number (an inch mark) is left alone.
/// </remarks>
internal sealed class TypographicQuoteAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR3009",
        "Straight quotation mark",
        "Use the typographic {0} quotation mark '{1}'",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Info,
        description: "A straight double quotation mark where the house style sets typographic marks (“ ”); off by default.",
        isEnabledByDefault: false,
        garbleWeight: 0);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) => registration.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens;
        if (text.IndexOf('"') < 0)
        {
            return;
        }

        var walker = new QuoteWalker(text, tokens);
        bool open = false;
        for (int index = 0; index < tokens.Length; index++)
        {
            QuoteRole role = walker.Next(index, open);
            if (role == QuoteRole.None)
            {
                continue;
            }

            open = role == QuoteRole.Opening;
            if (!QuoteWalker.IsStraightDoubleQuote(text, tokens[index]))
            {
                continue;
            }

            bool gluedBefore = QuoteWalker.IsGluedBefore(tokens, index);
            bool glueAgrees = open ? QuoteWalker.IsGluedAfter(tokens, index) && !gluedBefore : gluedBefore;
            string mark = open ? "\u201C" : "\u201D";
            var fix = new Fix(
                $"Use '{mark}'",
                glueAgrees ? FixApplicability.Automatic : FixApplicability.Suggested,
                new TextChange(tokens[index].Span, mark));
            context.Report(Rule, tokens[index].Span, Rule.FormatMessage(open ? "opening" : "closing", mark), fix);
        }
    }
}
