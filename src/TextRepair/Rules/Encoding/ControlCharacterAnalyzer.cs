using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// TR1004 control characters in prose (C0 other than tab and line breaks, DEL, C1), and TR1005 the replacement
/// character U+FFFD, which marks data lost by an earlier decoder and cannot be repaired, and its kin, the unpaired
/// surrogate: half a character, left by code that cut a string between the two halves of a pair.
/// </summary>
/// <remarks>
/// A C1 control inside a mojibake run ("â€\u009d") is left to TR1001, whose fix restores the character; one glued to
/// debris that does not decode cleanly is reported with a suggested fix only.
/// </remarks>
internal sealed class ControlCharacterAnalyzer : Analyzer
{
    /// <summary>Control characters.</summary>
    public static readonly DiagnosticDescriptor ControlCharacter = new(
        "TR1004",
        "Control character",
        "Control character U+{0:X4} in text",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Warning,
        description: "A control character other than tab and line breaks.");

    /// <summary>Replacement characters.</summary>
    public static readonly DiagnosticDescriptor ReplacementCharacter = new(
        "TR1005",
        "Replacement character",
        "U+FFFD marks characters lost when the text was decoded; the original cannot be recovered here",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Warning,
        description: "The replacement character U+FFFD, left by a decoder that met bytes it could not read, or an unpaired surrogate, half of a character that no encoder can write.");

    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017"
        + "\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0080\u0081\u0082\u0083\u0084\u0086\u0087\u0088\u0089\u008A"
        + "\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D"
        + "\u009E\u009F");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ControlCharacter, ReplacementCharacter];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterParagraphAction(Analyze, TokenShape.Control | TokenShape.NonAscii);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        if ((context.Shape & TokenShape.Control) != 0)
        {
            ReportControls(context, text);
        }

        for (int index = text.IndexOf('\uFFFD'); index >= 0;)
        {
            int end = index;
            while (end < text.Length && text[end] == '\uFFFD')
            {
                end++;
            }

            context.Report(ReplacementCharacter, TextSpan.FromBounds(index, end), ReplacementCharacter.MessageFormat);
            index = CharacterSearch.IndexOf(text, end, '\uFFFD');
        }

        ReportUnpairedSurrogates(context, text);
    }

    /// <summary>
    /// An unpaired surrogate cannot be written as UTF-8: an encoder turns it into U+FFFD, which is what the suggested fix
    /// does, so the loss is visible in the text rather than in the output of whoever writes it next.
    /// </summary>
    private static void ReportUnpairedSurrogates(ParagraphAnalysisContext context, ReadOnlySpan<char> text)
    {
        for (int index = text.IndexOfAnyInRange('\uD800', '\uDFFF'); index >= 0;)
        {
            char character = text[index];
            bool paired = char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
            if (paired)
            {
                index += 2;
            }
            else
            {
                var span = new TextSpan(index, 1);
                var fix = new Fix("Replace it with U+FFFD", FixApplicability.Suggested, new TextChange(span, "\uFFFD"));
                context.Report(ReplacementCharacter, span, string.Create(CultureInfo.InvariantCulture, $"Unpaired surrogate U+{(int)character:X4}: half of a character, cut off when the text was split or decoded; no encoder can write it"), fix);
                index++;
            }

            int next = index < text.Length ? text[index..].IndexOfAnyInRange('\uD800', '\uDFFF') : -1;
            index = next < 0 ? -1 : index + next;
        }
    }

    private static void ReportControls(ParagraphAnalysisContext context, ReadOnlySpan<char> text)
    {
        for (int index = text.IndexOfAny(Controls); index >= 0;)
        {
            // A sequence is at most four characters long: look at most three back for its lead.
            bool inMojibake = text[index] >= '\u0080'
                && MojibakeDetector.TryFindNext(text[..Math.Min(text.Length, index + 4)], Math.Max(0, index - 3), out TextSpan run, out _)
                && run.Contains(index);
            if (!inMojibake)
            {
                // A C1 control glued to debris of damaged encoding that does not decode cleanly is evidence of what the
                // text was: removing it unattended would let a later pass "decode" the rest into invented characters.
                bool evidence = text[index] >= '\u0080' && MojibakeDetector.IsGluedToMojibake(text, index);

                // One glued into a word is debris; one standing alone between spaces may be meant (ftfy keeps those).
                bool glued = (index > 0 && char.IsLetterOrDigit(text[index - 1])) || (index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]));
                var span = new TextSpan(index, 1);
                var fix = new Fix("Remove it", !evidence && glued ? FixApplicability.Automatic : FixApplicability.Suggested, TextChange.Delete(span));
                context.Report(ControlCharacter, span, ControlCharacter.FormatMessage((int)text[index]), fix);
            }

            index = CharacterSearch.IndexOfAny(text, index + 1, Controls);
        }
    }
}
