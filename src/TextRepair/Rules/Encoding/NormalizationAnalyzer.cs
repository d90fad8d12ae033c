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
/// <remarks>
/// Fullwidth and ideographic punctuation is left alone inside Chinese and Japanese text, which uses it on purpose; between
/// two English words, or after one at a paragraph's end, it is what translation from those languages leaves ("nodes，
/// whether", "cout、endl", "are listed。"): the English mark, spaced as English spaces it, is suggested. Only suggested:
/// which marks a document mixing scripts should use is its house style (ftfy keeps "Ningbo，China" as it is).
/// </remarks>
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
        + string.Concat(Enumerable.Range(0xFF01, 0x5A).Select(code => (char)code))
        + "\u3001\u3002");

    private static readonly SearchValues<char> WideMarks = SearchValues.Create("\uFF0C\u3001\uFF1B\uFF1A\u3002\uFF01\uFF1F");

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

        AnalyzeWideMarks(context);

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

    /// <summary>
    /// Reports each fullwidth or ideographic comma, semicolon, colon, stop, exclamation or question mark whose neighbours
    /// are English: an ASCII letter or digit before it (a space between is taken out) and one after it (the mark then gets
    /// the one space English puts after it), or nothing after it at the paragraph's end.
    /// </summary>
    private static void AnalyzeWideMarks(ParagraphAnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        for (int at = text.IndexOfAny(WideMarks); at >= 0; at = NextWideMark(text, at + 1))
        {
            int start = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
            int end = at + 1;
            while (end < text.Length && text[end] == ' ')
            {
                end++;
            }

            bool atEnd = end == text.Length;
            if (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1]) || !(atEnd || char.IsAsciiLetterOrDigit(text[end])))
            {
                continue;
            }

            string mark = text[at] switch
            {
                '\uFF0C' or '\u3001' => ",",
                '\uFF1B' => ";",
                '\uFF1A' => ":",
                '\u3002' => ".",
                '\uFF01' => "!",
                _ => "?",
            };

            var span = TextSpan.FromBounds(start, atEnd ? at + 1 : end);
            var fix = new Fix($"Write '{mark}'", FixApplicability.Suggested, new TextChange(span, atEnd ? mark : mark + " "));
            context.Report(Rule, new TextSpan(at, 1), Rule.FormatMessage(text[at].ToString(), mark), fix);
        }
    }

    private static int NextWideMark(ReadOnlySpan<char> text, int from)
    {
        int next = text[from..].IndexOfAny(WideMarks);
        return next < 0 ? -1 : from + next;
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
