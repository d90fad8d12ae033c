using System.Collections.Immutable;
using System.Net;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// TR1011: an HTML character reference left in plain text ("Tom &amp;amp; Jerry", "don&amp;#8217;t", "ok&amp;nbsp;now"):
/// scrapers and feeds that escape text for HTML once more than they unescape it. The fix writes the character, as ftfy's
/// <c>unescape_html</c> does; a paragraph with markup in it (a tag) is HTML, whose references are meant, and is left.
/// </summary>
internal sealed class HtmlEntityAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR1011",
        "HTML character reference",
        "'{0}' is an HTML character reference; it should read '{1}'",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Warning,
        description: "A named or numeric HTML character reference (&amp;amp;, &amp;#8217;, &amp;nbsp;) in text that is not HTML.");

    /// <summary>The longest reference read: HTML's longest name is 31 characters, and a numeric one is shorter.</summary>
    private const int MaximumLength = 34;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) => registration.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        int ampersand = text.IndexOf('&');
        if (ampersand < 0 || HasMarkup(text))
        {
            return;
        }

        ReadOnlySpan<Token> tokens = context.Tokens;
        int token = 0;
        for (; ampersand >= 0; ampersand = CharacterSearch.IndexOf(text, ampersand + 1, '&'))
        {
            int length = ReferenceLength(text[ampersand..]);
            if (length == 0)
            {
                continue;
            }

            // Glued to a character outside ASCII it may be part of damaged encoding ("10Î&amp;frac14;s" is "10μs" whose
            // second byte was escaped): reading one layer of that would leave the other, so it is left whole, as ftfy leaves it.
            if ((ampersand > 0 && text[ampersand - 1] > '\u007F') || (ampersand + length < text.Length && text[ampersand + length] > '\u007F'))
            {
                continue;
            }

            // A reference inside an address is the address's ("?a=1&amp;b=2").
            while (token < tokens.Length && tokens[token].End <= ampersand)
            {
                token++;
            }

            if (token < tokens.Length && tokens[token].Kind == TokenKind.Url && tokens[token].Start <= ampersand)
            {
                continue;
            }

            string reference = text.Slice(ampersand, length).ToString();
            string character = WebUtility.HtmlDecode(reference);

            // A numeric reference to 0x80–0x9F means Windows-1252's character, as HTML reads it ("&amp;#146;" is "’").
            if (character.Length == 1 && SingleByteCodePage.Windows1252.TryGetMeaningOfControl(character[0], out char meant))
            {
                character = meant.ToString();
            }

            if (character == reference || !IsText(character))
            {
                continue;
            }

            var span = new TextSpan(ampersand, length);
            var fix = new Fix($"Replace with '{character}'", FixApplicability.Automatic, new TextChange(span, character));
            context.Report(Rule, span, Rule.FormatMessage(reference, character), fix);
        }
    }

    /// <summary>
    /// The length of the reference at the start of <paramref name="text"/>: "&amp;name;", "&amp;#digits;" or
    /// "&amp;#xhex;", or 0.
    /// </summary>
    private static int ReferenceLength(ReadOnlySpan<char> text)
    {
        int end = 1;
        bool numeric = end < text.Length && text[end] == '#';
        bool hex = false;
        if (numeric)
        {
            end++;
            hex = end < text.Length && text[end] is 'x' or 'X';
            end += hex ? 1 : 0;
        }

        int first = end;
        while (end < text.Length && end < MaximumLength && (numeric ? (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])) : char.IsAsciiLetterOrDigit(text[end])))
        {
            end++;
        }

        bool named = !numeric && end > first && char.IsAsciiLetter(text[first]);
        return (numeric ? end > first : named) && end < text.Length && text[end] == ';' ? end + 1 : 0;
    }

    /// <summary>Whether the decoded reference is a character of text: not a control other than tab or line feed, nor half of a pair.</summary>
    private static bool IsText(string character)
    {
        foreach (char unit in character)
        {
            if ((char.IsControl(unit) && unit is not ('\t' or '\n')) || (char.IsSurrogate(unit) && character.Length == 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the paragraph holds a tag ("&lt;p&gt;", "&lt;/a&gt;", "&lt;!--"): HTML, whose references are meant.</summary>
    private static bool HasMarkup(ReadOnlySpan<char> text)
    {
        for (int index = text.IndexOf('<'); index >= 0 && index + 1 < text.Length; index = CharacterSearch.IndexOf(text, index + 1, '<'))
        {
            if (char.IsAsciiLetter(text[index + 1]) || text[index + 1] is '/' or '!')
            {
                return true;
            }
        }

        return false;
    }
}
