using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// TR1006: a Latin word with Cyrillic or Greek look-alike letters inside ("Krеmlin" with a Cyrillic е), left by
/// spoofing or by keyboards switched mid-word. The fix puts the Latin letters back.
/// </summary>
/// <remarks>
/// Only a word whose letters are mostly Latin and whose other letters all have a Latin twin is fixed; whole Cyrillic or
/// Greek words, and words that mix scripts with letters that look like nothing Latin, are left alone.
/// </remarks>
internal sealed class HomoglyphAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR1006",
        "Look-alike letters from another script",
        "'{0}' mixes Latin letters with look-alike {1} letters; it should read '{2}'",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Warning,
        description: "A Latin word that holds Cyrillic or Greek letters that look like Latin ones.");

    private static readonly FrozenDictionary<char, char> LatinTwins = new Dictionary<char, char>
    {
        ['а'] = 'a',
        ['е'] = 'e',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['у'] = 'y',
        ['х'] = 'x',
        ['і'] = 'i',
        ['ј'] = 'j',
        ['ѕ'] = 's',
        ['ԁ'] = 'd',
        ['һ'] = 'h',
        ['ӏ'] = 'l',
        ['А'] = 'A',
        ['В'] = 'B',
        ['Е'] = 'E',
        ['К'] = 'K',
        ['М'] = 'M',
        ['Н'] = 'H',
        ['О'] = 'O',
        ['Р'] = 'P',
        ['С'] = 'C',
        ['Т'] = 'T',
        ['Х'] = 'X',
        ['У'] = 'Y',
        ['І'] = 'I',
        ['Ј'] = 'J',
        ['Ѕ'] = 'S',
        ['ο'] = 'o',
        ['ν'] = 'v',
        ['Α'] = 'A',
        ['Β'] = 'B',
        ['Ε'] = 'E',
        ['Ζ'] = 'Z',
        ['Η'] = 'H',
        ['Ι'] = 'I',
        ['Κ'] = 'K',
        ['Μ'] = 'M',
        ['Ν'] = 'N',
        ['Ο'] = 'O',
        ['Ρ'] = 'P',
        ['Τ'] = 'T',
        ['Υ'] = 'Y',
        ['Χ'] = 'X',
    }.ToFrozenDictionary();

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterParagraphAction(Analyze, TokenShape.MixedScript);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        foreach (Token token in context.Tokens)
        {
            if (token.Kind == TokenKind.Word && token.Has(TokenShape.MixedScript) && TryRestore(token.GetText(context.Text), out string restored, out string script))
            {
                // In capitals the two scripts share their shapes: "SENSЕ" may be a Latin word with one Cyrillic letter or a
                // Cyrillic acronym typed partly on a Latin keyboard, so the restoration is only offered.
                FixApplicability applicability = token.Has(TokenShape.Uppercase) ? FixApplicability.Suggested : FixApplicability.Automatic;
                var fix = new Fix($"Write '{restored}'", applicability, new TextChange(token.Span, restored));
                context.Report(Rule, token.Span, Rule.FormatMessage(token.GetText(context.Text).ToString(), script, restored), fix);
            }
        }
    }

    private static bool TryRestore(ReadOnlySpan<char> word, out string restored, out string script)
    {
        var latin = new StringBuilder(word.Length);
        int latinLetters = 0;
        int lookalikes = 0;
        bool greek = false;
        foreach (char character in word)
        {
            if (LatinTwins.TryGetValue(character, out char twin))
            {
                lookalikes++;
                greek |= character is >= '\u0370' and <= '\u03FF';
                latin.Append(twin);
            }
            else if (character is (>= '\u0370' and <= '\u052F'))
            {
                restored = script = string.Empty;
                return false;
            }
            else
            {
                latinLetters += FormatCharacters.IsLatinLetter(character) ? 1 : 0;
                latin.Append(character);
            }
        }

        restored = latin.ToString();
        script = greek ? "Greek" : "Cyrillic";
        return lookalikes > 0 && latinLetters > lookalikes;
    }
}
