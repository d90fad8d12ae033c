using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexicon;
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
        + "\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A"
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

            // A U+FFFD that stands for a lost byte of a sequence of mojibake is TR1001's to read ("â€�" is "”").
            if (!MojibakeDetector.IsInRun(text, index))
            {
                context.Report(ReplacementCharacter, TextSpan.FromBounds(index, end), ReplacementCharacter.MessageFormat);
            }

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

    /// <summary>
    /// What the control at <paramref name="index"/> was, and whether that is certain enough to change it unattended. A C1
    /// control is a byte of a single-byte code page read as Latin-1, as ftfy reads it: Windows-1252's character ("\u0093"
    /// is "“", "\u0096" is "–", "don\u0092t"), or, inside a word where Windows-1252's is a mark, Mac OS Roman's letter
    /// ("tur\u0092stico" is "turístico"). Anything else, and the five bytes Windows-1252 leaves undefined, is removed:
    /// unattended when glued into a word (debris), suggested when it stands alone and may be meant (ftfy keeps those).
    /// </summary>
    private static (string Title, string Replacement, bool Certain) Repair(ReadOnlySpan<char> text, int index)
    {
        char control = text[index];
        bool letterBefore = index > 0 && char.IsLetter(text[index - 1]);
        bool letterAfter = index + 1 < text.Length && char.IsLetter(text[index + 1]);
        bool glued = (index > 0 && char.IsLetterOrDigit(text[index - 1])) || (index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]));
        if (!SingleByteCodePage.Windows1252.TryGetMeaningOfControl(control, out char meant))
        {
            return ("Remove it", string.Empty, glued);
        }

        if (letterBefore && letterAfter && !char.IsLetter(meant) && !(meant == '\u2019' && EnglishWords.ContractionEndings.Contains(WordAt(text, index + 1))))
        {
            // Mac OS Roman has a letter at every byte of 0x80–0x9F.
            SingleByteCodePage.MacRoman.TryGetMeaningOfControl(control, out char letter);
            return ($"Replace it with '{letter}'", letter.ToString(), char.IsLower(text[index - 1]) && char.IsLower(text[index + 1]));
        }

        // A mark glued to another ("quotes\u0085\u0094" is "quotes…”", the second read once the first is) is as sure as
        // one glued to a word, and so is a dash between spaces ("Paris \u0096 the").
        bool gluedToMark = (index > 0 && IsMark(text[index - 1])) || (index + 1 < text.Length && IsMark(text[index + 1]));
        bool dashBetweenSpaces = meant is '\u2013' or '\u2014' && index > 0 && text[index - 1] == ' ' && index + 1 < text.Length && text[index + 1] == ' ';
        return ($"Replace it with '{meant}'", meant.ToString(), glued || gluedToMark || dashBetweenSpaces);
    }

    /// <summary>The letters from <paramref name="start"/> to the first character that is none.</summary>
    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static bool IsMark(char character) => char.IsPunctuation(character) || char.IsSymbol(character);

    private static void ReportControls(ParagraphAnalysisContext context, ReadOnlySpan<char> text)
    {
        for (int index = text.IndexOfAny(Controls); index >= 0;)
        {
            bool inMojibake = text[index] >= '\u0080' && MojibakeAnalyzer.IsInRun(text, index);
            if (!inMojibake)
            {
                // A C1 control glued to debris of damaged encoding that does not decode cleanly is evidence of what the
                // text was: changing it unattended would let a later pass "decode" the rest into invented characters.
                bool evidence = text[index] >= '\u0080' && MojibakeDetector.IsGluedToMojibake(text, index);
                var span = new TextSpan(index, 1);
                (string title, string replacement, bool certain) = Repair(text, index);
                var fix = new Fix(title, !evidence && certain ? FixApplicability.Automatic : FixApplicability.Suggested, new TextChange(span, replacement));
                string message = replacement.Length == 0
                    ? ControlCharacter.FormatMessage((int)text[index])
                    : string.Create(CultureInfo.InvariantCulture, $"Control character U+{(int)text[index]:X4} in text: the byte of '{replacement}', read as Latin-1");
                context.Report(ControlCharacter, span, message, fix);
            }

            index = CharacterSearch.IndexOfAny(text, index + 1, Controls);
        }
    }
}
