using System.Buffers;
using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// TR1007 odd white space between words (tabs, ideographic, em, en and other Unicode spaces) and TR1008 white space at
/// the end of a line.
/// </summary>
/// <remarks>
/// No-break spaces (U+00A0, U+202F, U+2007) are left alone: clean news uses them on purpose, to keep "10 km",
/// "Mr. Smith" or a name together, and a reader cannot tell them from a space.
/// </remarks>
internal sealed class UnusualWhitespaceAnalyzer : Analyzer
{
    /// <summary>Odd white space between words.</summary>
    public static readonly DiagnosticDescriptor UnusualWhitespace = new(
        "TR1007",
        "Unusual white space",
        "Unusual white space (U+{0:X4}) between words",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Info,
        description: "A tab or an ideographic, em, en or other Unicode space where the text means an ordinary space.");

    /// <summary>Spaces that are fine between words: the space and the no-break spaces.</summary>
    private static readonly SearchValues<char> Ordinary = SearchValues.Create(" \u00A0\u202F\u2007");

    /// <summary>White space at the end of a line.</summary>
    public static readonly DiagnosticDescriptor TrailingWhitespace = new(
        "TR1008",
        "Trailing white space",
        "White space at the end of the line",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Info,
        description: "Spaces or tabs before a line break or the end of the text.",
        garbleWeight: 0);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [UnusualWhitespace, TrailingWhitespace];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        ReadOnlySpan<Token> tokens = context.Tokens;
        Token last = tokens[^1];
        if (last.Kind == TokenKind.Whitespace)
        {
            // A trailing no-break or other typographic space was typed on purpose more often than not: removed on request only.
            FixApplicability applicability = last.Has(TokenShape.NonAscii) ? FixApplicability.Suggested : FixApplicability.Automatic;
            var fix = new Fix("Remove it", applicability, TextChange.Delete(last.Span));
            context.Report(TrailingWhitespace, last.Span, TrailingWhitespace.MessageFormat, fix);
        }

        if ((context.Shape & (TokenShape.NonAscii | TokenShape.Tab)) == 0)
        {
            return;
        }

        ReadOnlySpan<char> text = context.Text;
        for (int index = 1; index + 1 < tokens.Length; index++)
        {
            Token space = tokens[index];
            if (space.Kind != TokenKind.Whitespace || (space.Flags & (TokenShape.NonAscii | TokenShape.Tab)) == 0
                || !tokens[index - 1].IsWordLike || !tokens[index + 1].IsWordLike)
            {
                continue;
            }

            ReadOnlySpan<char> characters = space.GetText(text);
            int odd = characters.IndexOfAnyExcept(Ordinary);
            if (odd < 0)
            {
                continue;
            }

            var fix = new Fix("Use an ordinary space", FixApplicability.Automatic, new TextChange(space.Span, " "));
            context.Report(UnusualWhitespace, space.Span, UnusualWhitespace.FormatMessage((int)characters[odd]), fix);
        }
    }
}
