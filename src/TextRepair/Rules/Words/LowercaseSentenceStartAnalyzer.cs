using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Words;

/// <summary>
/// TR2006: a sentence that starts with a lowercase word ("She is guilty. she knew it."), as scraped text and text
/// typed in a hurry leave it.
/// </summary>
/// <remarks>
/// A sentence starts where a paragraph does (one that ends in a stop, after one that ends in a stop) and after a lone
/// stop, question mark or exclamation mark, a space and the word, when the word before the stop is an ordinary word
/// or a number, never an abbreviation ("approx. the", "esp. if", "Inc. and", "a.m. on"). The lowercase word must be an
/// English word in lowercase only: a brand or a term written that way ("iPhone", "mRNA", "macOS", "npm") and a name's
/// particle ("de Gaulle", "van Gogh") are left alone, and so is "i", which TR2005 capitalizes. After a stop inside a
/// paragraph the capital is fixed unattended; at a paragraph's start it is suggested only, for a paragraph may be a
/// piece of a sentence on purpose (a list's item, a caption that goes on from its picture, a quoted fragment).
/// </remarks>
internal sealed class LowercaseSentenceStartAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR2006",
        "Lowercase sentence start",
        "The sentence starts with '{0}' in lowercase",
        DiagnosticCategory.Words,
        DiagnosticSeverity.Warning,
        description: "A sentence's first word starts with a capital.");

    // Abbreviations written in lowercase that end with a stop inside a sentence.
    private static readonly WordSet LowercaseAbbreviations = WordSet.Parse(
        """
        esp approx incl excl etc cf viz vs ca resp fig figs no nos vol vols ed eds pp p min max sec hr hrs yr yrs mo mos
        wk wks km kg cm mm ml ft lb lbs oz pt qt gal mph dept est govt intl natl assn ave st rd blvd sq mt jr sr co corp
        inc ltd bros misc op pg ch chap sect art para al approx appx av avg int tel ext
        """,
        ignoreCase: true);

    // Lowercase particles of names ("de Gaulle", "van Gogh", "bin Salman").
    private static readonly WordSet NameParticles = WordSet.Parse(
        "de da di du del della der den van von ter ten le la al el bin ibn ben dos das y e",
        ignoreCase: false);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) => registration.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        ReadOnlySpan<Token> tokens = context.Tokens;
        ReadOnlySpan<char> text = context.Text;
        if (tokens.IsEmpty)
        {
            return;
        }

        // The paragraph before is read only for a paragraph that opens in lowercase: a paragraph that reads its neighbour
        // is analysed again whenever the neighbour changes.
        if (tokens[0].Kind == TokenKind.Word && tokens[0].Has(TokenShape.Lowercase) && EndsWithStop(text, tokens)
            && (!context.HasPreviousParagraph || EndsWithStop(context.PreviousParagraphText, context.PreviousParagraphTokens)))
        {
            Check(context, 0, FixApplicability.Suggested);
        }

        for (int index = 1; index + 2 < tokens.Length; index++)
        {
            Token token = tokens[index];
            if (ProseShape.IsStopMark(text, token) && tokens[index + 1].Kind == TokenKind.Whitespace && tokens[index + 2].Kind == TokenKind.Word
                && tokens[index + 2].Has(TokenShape.Lowercase) && IsOrdinaryWordBefore(context, tokens[index - 1]))
            {
                Check(context, index + 2, FixApplicability.Automatic);
            }
        }
    }

    /// <summary>
    /// Reports the lowercase word at <paramref name="index"/> if it is an English word: not a list's letter, a name's
    /// particle, an abbreviation, nor "i" and its contractions (TR2005's).
    /// </summary>
    private static void Check(ParagraphAnalysisContext context, int index, FixApplicability applicability)
    {
        Token token = context.Tokens[index];
        ReadOnlySpan<char> word = token.GetText(context.Text);

        // A list's letter: "a) leaving …, b) refusing …".
        bool marker = index + 1 < context.Tokens.Length && context.Tokens[index + 1].Kind == TokenKind.Punctuation
            && context.Text[context.Tokens[index + 1].Start] is ')' or '.';
        if (marker || (word.Length == 1 && word is not "a") || !char.IsAsciiLetterLower(word[0]) || word.StartsWith("i'", StringComparison.Ordinal)
            || word.StartsWith("i’", StringComparison.Ordinal) || NameParticles.Contains(word) || LowercaseAbbreviations.Contains(word)
            || context.Language.PartsOfSpeech.GetClasses(word) == WordClass.None)
        {
            return;
        }

        string capitalized = char.ToUpperInvariant(word[0]) + word[1..].ToString();
        var fix = new Fix($"Write '{capitalized}'", applicability, new TextChange(new TextSpan(token.Start, 1), capitalized[..1]));
        context.Report(Rule, token.Span, Rule.FormatMessage(word.ToString()), fix);
    }

    /// <summary>
    /// Whether the token before a stop makes the stop end a sentence: a number, or a word the part-of-speech lexicon
    /// knows that is no abbreviation and holds no stop of its own ("U.S.", "a.m.").
    /// </summary>
    private static bool IsOrdinaryWordBefore(ParagraphAnalysisContext context, Token before)
    {
        ReadOnlySpan<char> word = before.GetText(context.Text);
        if (before.Kind == TokenKind.Number)
        {
            return word.Length >= 2;
        }

        return before.Kind == TokenKind.Word && word.Length >= 2 && !before.Has(TokenShape.Initialism) && !word.Contains('.')
            && !LowercaseAbbreviations.Contains(word) && !EnglishWords.TitleAbbreviations.Contains(word)
            && !EnglishWords.SentenceFinalAbbreviations.Contains(word) && context.Language.PartsOfSpeech.GetClasses(word) != WordClass.None;
    }

    /// <summary>Whether the paragraph's last content is a sentence stop, perhaps inside closing quotation marks or brackets.</summary>
    private static bool EndsWithStop(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        for (int index = tokens.Length - 1; index >= 0; index--)
        {
            Token token = tokens[index];
            if (token.Kind is TokenKind.Whitespace or TokenKind.LineBreak or TokenKind.CloseQuote or TokenKind.AmbiguousQuote
                || (token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] is ')' or ']'))
            {
                continue;
            }

            return token.Kind == TokenKind.Punctuation && text[token.End - 1] is '.' or '?' or '!' && !(token.Length == 1 && index > 0 && text[token.Start - 1] == '.');
        }

        return false;
    }
}
