using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// TR1002 invisible characters that only get in the way in plain text (zero-width space, word joiner, soft hyphen, a
/// byte-order mark inside the text, joiners between Latin letters, directional marks in text without right-to-left
/// script), and TR1003 bidirectional embedding, override and isolate controls, which can make text read differently
/// from how it displays ("Trojan Source").
/// </summary>
/// <remarks>
/// Joiners stay where they shape a script or an emoji; directional marks and controls stay fixable only by hand in
/// paragraphs that hold right-to-left letters. A byte-order mark at the very start of a document is left alone.
/// </remarks>
internal sealed class InvisibleCharacterAnalyzer : Analyzer
{
    /// <summary>Invisible characters.</summary>
    public static readonly DiagnosticDescriptor InvisibleCharacter = new(
        "TR1002",
        "Invisible character",
        "Invisible character U+{0:X4} ({1})",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Warning,
        description: "A zero-width, joiner, soft hyphen, byte-order mark or directional mark character that plain text does not need.");

    /// <summary>Bidirectional controls.</summary>
    public static readonly DiagnosticDescriptor BidiControl = new(
        "TR1003",
        "Bidirectional control character",
        "Bidirectional control U+{0:X4} ({1}) can make the text display differently from how it reads",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Error,
        description: "An embedding, override or isolate control: the characters of the Trojan Source attacks.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [InvisibleCharacter, BidiControl];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterParagraphAction(Analyze, TokenShape.Invisible);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        bool rightToLeft = FormatCharacters.HasRightToLeftLetters(text);
        for (int index = text.IndexOfAny(FormatCharacters.All); index >= 0; index = CharacterSearch.IndexOfAny(text, index + 1, FormatCharacters.All))
        {
            char character = text[index];
            var span = new TextSpan(index, 1);
            if (FormatCharacters.IsBidiControl(character))
            {
                FixApplicability applicability = rightToLeft ? FixApplicability.Suggested : FixApplicability.Automatic;
                context.Report(BidiControl, span, BidiControl.FormatMessage((int)character, Name(character)), new Fix("Remove it", applicability, TextChange.Delete(span)));
            }
            // A byte-order mark opening the document is the file's, not the prose's.
            else if (IsUnneeded(text, index, rightToLeft) && (index > 0 || context.HasPreviousParagraph) && !IsByteOfMojibake(text, index))
            {
                // A soft hyphen after a UTF-8 lead as a code page shows it is the byte 0xAD of damage no page reads
                // cleanly ("tisĂ\u00ADciletĂ\u00AD"): removed, it would leave the lead alone and the damage unreadable.
                FixApplicability applicability = character == '\u00AD' && IsAfterLead(text, index) ? FixApplicability.Suggested : FixApplicability.Automatic;
                var fix = new Fix("Remove it", applicability, TextChange.Delete(span));
                context.Report(InvisibleCharacter, span, InvisibleCharacter.FormatMessage((int)character, Name(character)), fix);
            }
        }
    }

    /// <summary>A soft hyphen is the byte 0xAD: inside a run of mojibake it is TR1001's to read ("NapĂ\u00ADĹˇte" is "Napíšte").</summary>
    private static bool IsByteOfMojibake(ReadOnlySpan<char> text, int index) =>
        text[index] == '\u00AD' && MojibakeAnalyzer.IsInRun(text, index);

    private static bool IsAfterLead(ReadOnlySpan<char> text, int index)
    {
        if (index == 0)
        {
            return false;
        }

        if (SingleByteCodePage.Windows1252.SequenceLength(text[index - 1]) == 2)
        {
            return true;
        }

        foreach (SingleByteCodePage page in SingleByteCodePage.Others)
        {
            if (page.SequenceLength(text[index - 1]) == 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnneeded(ReadOnlySpan<char> text, int index, bool rightToLeft) => text[index] switch
    {
        '\u200C' or '\u200D' => IsJoinerBesideLatin(text, index),
        '\u200E' or '\u200F' or '\u061C' => !rightToLeft,
        _ => true,
    };

    /// <summary>
    /// A joiner that touches a Latin letter and shapes nothing: its other side is a Latin letter, a space, punctuation or
    /// the end, not a letter of a joining script, an emoji or another joiner or selector.
    /// </summary>
    private static bool IsJoinerBesideLatin(ReadOnlySpan<char> text, int index)
    {
        char before = index > 0 ? text[index - 1] : ' ';
        char after = index + 1 < text.Length ? text[index + 1] : ' ';
        return (FormatCharacters.IsLatinLetter(before) || FormatCharacters.IsLatinLetter(after)) && !CanBeShaped(before) && !CanBeShaped(after);
    }

    private static bool CanBeShaped(char character) =>
        char.IsSurrogate(character) || character is '\u200C' or '\u200D' or (>= '\uFE00' and <= '\uFE0F') or (>= '\u2600' and <= '\u27BF')
        || (char.IsLetter(character) && !FormatCharacters.IsLatinLetter(character));

    private static string Name(char character) => character switch
    {
        '\u00AD' => "soft hyphen",
        '\u200B' => "zero-width space",
        '\u200C' => "zero-width non-joiner",
        '\u200D' => "zero-width joiner",
        '\u200E' => "left-to-right mark",
        '\u200F' => "right-to-left mark",
        '\u061C' => "Arabic letter mark",
        '\u2060' => "word joiner",
        '\uFEFF' => "byte-order mark",
        '\u202A' => "left-to-right embedding",
        '\u202B' => "right-to-left embedding",
        '\u202C' => "pop directional formatting",
        '\u202D' => "left-to-right override",
        '\u202E' => "right-to-left override",
        '\u2066' => "left-to-right isolate",
        '\u2067' => "right-to-left isolate",
        '\u2068' => "first strong isolate",
        '\u2069' => "pop directional isolate",
        _ => "invisible format character",
    };
}
