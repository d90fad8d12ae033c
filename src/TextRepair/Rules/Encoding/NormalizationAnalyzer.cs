using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// TR1010: letters that are not in their composed form (e + a combining acute accent instead of é) and compatibility
/// characters that translation and PDF tools leave (fullwidth letters and digits, the ligatures ﬁ ﬂ). Both look right
/// but break search, matching and spelling.
/// </summary>
/// <remarks>Fullwidth punctuation is left alone: Chinese and Japanese quotations use it on purpose.</remarks>
internal sealed class NormalizationAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR1010",
        "Unnormalized characters",
        "'{0}' should be written '{1}'",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Warning,
        description: "Decomposed letters (to be composed, NFC) and compatibility characters: fullwidth letters and digits, ligatures.");

    private static readonly SearchValues<char> Triggers = SearchValues.Create(
        string.Concat(Enumerable.Range(0x0300, 0x70).Select(code => (char)code))
        + string.Concat(Enumerable.Range(0xFB00, 7).Select(code => (char)code))
        + string.Concat(Enumerable.Range(0xFF10, 0x4B).Select(code => (char)code)));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterParagraphAction(Analyze, TokenShape.NonAscii);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        if (context.Text.IndexOfAny(Triggers) < 0)
        {
            return;
        }

        foreach (Token token in context.Tokens)
        {
            if (!token.IsWordLike || !token.Has(TokenShape.NonAscii))
            {
                continue;
            }

            ReadOnlySpan<char> word = token.GetText(context.Text);
            if (word.IndexOfAny(Triggers) < 0)
            {
                continue;
            }

            string normalized = Normalize(word);
            if (!word.SequenceEqual(normalized))
            {
                var fix = new Fix($"Write '{normalized}'", FixApplicability.Automatic, new TextChange(token.Span, normalized));
                context.Report(Rule, token.Span, Rule.FormatMessage(word.ToString(), normalized), fix);
            }
        }
    }

    private static string Normalize(ReadOnlySpan<char> word)
    {
        var plain = new StringBuilder(word.Length + 2);
        foreach (char character in word)
        {
            plain.Append(character switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => ((char)(character - 0xFEE0)).ToString(),
                _ => character.ToString(),
            });
        }

        return plain.ToString().Normalize(NormalizationForm.FormC);
    }
}
