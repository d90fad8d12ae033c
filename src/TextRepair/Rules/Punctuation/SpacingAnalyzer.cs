using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Punctuation;

/// <summary>
/// TR3004 several spaces inside a sentence, TR3005 a space before , . ; : ! ? ) ], TR3006 no space after a sentence stop
/// ("work.The"), TR3010 no space after a comma or semicolon between two words ("night,the").
/// </summary>
/// <remarks>
/// Two spaces between sentences are a typing convention, not a defect. Addresses, e-mails, decimals, times, initialisms
/// and abbreviations never reach these checks as separate stops: the lexer keeps them whole.
/// </remarks>
internal sealed class SpacingAnalyzer : Analyzer
{
    /// <summary>The first parts of dotted names in code: .NET, Java and cloud namespaces.</summary>
    private static readonly WordSet NamespaceRoots = WordSet.Parse(
        "System Microsoft Google Amazon Azure Apache Newtonsoft Xunit Android Java Javax Org Com Net Windows Mono Unity Spring", ignoreCase: false);

    /// <summary>How many tokens back the opening of a spaced bracket is looked for.</summary>
    private const int BracketReach = 64;

    /// <summary>Several spaces between two words of a sentence.</summary>
    public static readonly DiagnosticDescriptor MultipleSpaces = new(
        "TR3004",
        "Multiple spaces",
        "Use one space between words",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "Two or more spaces between words inside a sentence. Off by default: scraped text is full of them, harmless to a reader.",
        garbleWeight: 0);

    /// <summary>A space before a punctuation mark that follows a word.</summary>
    public static readonly DiagnosticDescriptor SpaceBeforePunctuation = new(
        "TR3005",
        "Space before punctuation",
        "Remove the space before '{0}'",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Warning,
        description: "A space between a word and the comma, stop, colon, semicolon, question or exclamation mark or closing bracket after it.");

    /// <summary>A sentence stop glued to the next sentence.</summary>
    public static readonly DiagnosticDescriptor MissingSpaceAfterStop = new(
        "TR3006",
        "Missing space after sentence stop",
        "Insert a space after '{0}'",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Warning,
        description: "A sentence stop directly followed by the capitalized first word of the next sentence.");

    // What follows the apostrophe of a contraction: "we;ve" is an apostrophe mistyped, not a clause's end.
    private static readonly WordSet ContractionTails = WordSet.Parse("ve ll re", ignoreCase: true);

    /// <summary>A comma or semicolon glued to the word after it.</summary>
    public static readonly DiagnosticDescriptor MissingSpaceAfterComma = new(
        "TR3010",
        "Missing space after comma or semicolon",
        "Insert a space after '{0}'",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Warning,
        description: "A comma or semicolon between two words with no space after it.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MultipleSpaces, SpaceBeforePunctuation, MissingSpaceAfterStop, MissingSpaceAfterComma];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration)
    {
        if (registration.IsEnabled(MultipleSpaces))
        {
            registration.RegisterTokenAction(AnalyzeWhitespace, TokenKind.Whitespace);
        }

        registration.RegisterTokenAction(AnalyzePunctuation, TokenKind.Punctuation);
    }

    private static void AnalyzeWhitespace(TokenAnalysisContext context)
    {
        Token space = context.Token;
        if (!context.IsInSentence || space.Length < 2 || context.TokenText.ContainsAnyExcept(' '))
        {
            return;
        }

        int index = context.Index;
        if (index == 0 || index + 1 >= context.Tokens.Length)
        {
            return;
        }

        Token before = context.Tokens[index - 1];
        Token after = context.Tokens[index + 1];
        // Two spaces after a stop are the old convention between sentences, even where the segmenter saw no boundary.
        if (!after.IsWordLike || !(before.IsWordLike || ProseShape.IsMark(context.Text, before, ',')) || EndsWithStop(context.Text, before))
        {
            return;
        }

        var fix = new Fix("Use one space", FixApplicability.Automatic, new TextChange(space.Span, " "));
        context.Report(MultipleSpaces, space.Span, MultipleSpaces.MessageFormat, fix);
    }

    private static void AnalyzePunctuation(TokenAnalysisContext context)
    {
        CheckSpaceBefore(context);
        CheckSpaceAfterStop(context);
        CheckSpaceAfterComma(context);
    }

    /// <summary>Whether an HTML entity's ampersand stands within a few characters before <paramref name="start"/>, with no space between ("&amp;amp;nbsp;x").</summary>
    private static bool IsInEntity(ReadOnlySpan<char> text, int start)
    {
        for (int at = start - 1; at >= 0 && at >= start - 12 && !char.IsWhiteSpace(text[at]); at--)
        {
            if (text[at] == '&')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "said,the", "leave;however": a comma or semicolon between two words of letters, two letters or more each, with no
    /// space on either side. Numbers ("1,000", "2,4-D") are lexed whole or end in a digit; an HTML entity ("&amp;nbsp;x") is
    /// markup, not a clause's end.
    /// </summary>
    private static void CheckSpaceAfterComma(TokenAnalysisContext context)
    {
        Token mark = context.Token;
        int index = context.Index;
        ReadOnlySpan<char> text = context.Text;
        if (mark.Length != 1 || text[mark.Start] is not (',' or ';') || index == 0 || index + 1 >= context.Tokens.Length)
        {
            return;
        }

        Token before = context.Tokens[index - 1];
        Token after = context.Tokens[index + 1];
        if (before.Kind != TokenKind.Word || after.Kind != TokenKind.Word || before.Length < 2 || after.Length < 2
            || !char.IsLetter(text[before.End - 1]) || !char.IsLetter(text[after.Start]) || before.Has(TokenShape.Initialism)
            || (before.Start > 0 && text[before.Start - 1] is '#' or '\\' or '/' or '@' or '_' or '`') || IsInEntity(text, before.Start)
            || (after.End < text.Length && text[after.End] is '(' or '=' or '_' or '`') || ContractionTails.Contains(after.GetText(text)))
        {
            return;
        }

        var fix = new Fix("Insert a space", FixApplicability.Automatic, TextChange.Insert(mark.End, " "));
        context.Report(MissingSpaceAfterComma, TextSpan.FromBounds(before.Start, after.End), MissingSpaceAfterComma.FormatMessage(text[mark.Start].ToString()), fix);
    }

    private static void CheckSpaceBefore(TokenAnalysisContext context)
    {
        Token mark = context.Token;
        int index = context.Index;
        char character = context.Text[mark.Start];
        if (mark.Length != 1 || character is not (',' or '.' or ';' or ':' or '!' or '?' or ')' or ']') || index < 2)
        {
            return;
        }

        Token space = context.Tokens[index - 1];
        Token before = context.Tokens[index - 2];
        if (space.Kind != TokenKind.Whitespace || !(before.IsWordLike || before.Kind == TokenKind.CloseQuote))
        {
            return;
        }

        // A spaced ellipsis (". . .") is not a stop after a space.
        int next = context.NextContent(index);
        if (character == '.' && next >= 0 && ProseShape.IsMark(context.Text, context.Tokens[next], '.'))
        {
            return;
        }

        // " .NET", " :)" — a mark glued to what follows it is not sentence punctuation; but a comma between two words
        // ("foo ,bar") is a comma typed one space late, and moves back.
        if (index + 1 < context.Tokens.Length && !context.Tokens[index + 1].IsTrivia
            && !(context.Tokens[index + 1].Kind is TokenKind.CloseQuote or TokenKind.AmbiguousQuote or TokenKind.Punctuation))
        {
            Token after = context.Tokens[index + 1];
            if (character == ',' && before.Kind == TokenKind.Word && after.Kind == TokenKind.Word && after.Has(TokenShape.Lowercase))
            {
                var swap = new Fix("Move the space after the comma", FixApplicability.Automatic, new TextChange(TextSpan.FromBounds(space.Start, mark.End), ", "));
                context.Report(SpaceBeforePunctuation, TextSpan.FromBounds(space.Start, mark.End), SpaceBeforePunctuation.FormatMessage(","), swap);
            }

            return;
        }

        // "( o¬ô )", "[ sic ]": brackets spaced on both sides are a style (or an emoticon), not a stray space.
        if (character is ')' or ']' && OpensWithSpace(context, index, character == ')' ? '(' : '['))
        {
            return;
        }

        var fix = new Fix("Remove the space", FixApplicability.Automatic, TextChange.Delete(space.Span));
        context.Report(SpaceBeforePunctuation, TextSpan.FromBounds(space.Start, mark.End), SpaceBeforePunctuation.FormatMessage(character.ToString()), fix);
    }

    /// <summary>
    /// Whether the bracket that <paramref name="close"/> closes is followed by a space. The search goes back at most
    /// <see cref="BracketReach"/> tokens and stops at another closing bracket, so a paragraph of thousands of brackets
    /// costs a bounded amount per bracket.
    /// </summary>
    private static bool OpensWithSpace(TokenAnalysisContext context, int close, char opening)
    {
        char closing = context.Text[context.Tokens[close].Start];
        for (int index = close - 1; index >= Math.Max(0, close - BracketReach); index--)
        {
            Token token = context.Tokens[index];
            if (token.Length != 1)
            {
                continue;
            }

            char character = context.Text[token.Start];
            if (character == opening)
            {
                return index + 1 < context.Tokens.Length && context.Tokens[index + 1].Kind == TokenKind.Whitespace;
            }

            if (character == closing)
            {
                return false;
            }
        }

        return false;
    }

    private static void CheckSpaceAfterStop(TokenAnalysisContext context)
    {
        Token stop = context.Token;
        int index = context.Index;
        if (!ProseShape.IsStopMark(context.Text, stop) || index == 0 || index + 1 >= context.Tokens.Length)
        {
            return;
        }

        Token before = context.Tokens[index - 1];
        Token after = context.Tokens[index + 1];
        if (before.Kind != TokenKind.Word || before.Length < 2 || before.Has(TokenShape.Initialism) || !char.IsLower(context.Text[before.End - 1])
            || after.Kind != TokenKind.Word || !after.Has(TokenShape.Capitalized) || !IsSentenceWord(context, index + 1))
        {
            return;
        }

        // "Google.Protobuf", "System.Text.Json": a dotted name of code, where the first part is a namespace's root or the
        // name goes on with another dot. Elsewhere two capitalized words joined by a stop are two sentences
        // ("Slayer.Faced", "August.Johnson").
        if (before.Has(TokenShape.Capitalized) && context.Text[stop.Start] == '.' && !EnglishWords.SentenceOpeners.Contains(after.GetText(context.Text))
            && (NamespaceRoots.Contains(before.GetText(context.Text)) || IsDottedChain(context, index)))
        {
            return;
        }

        var fix = new Fix("Insert a space", FixApplicability.Automatic, TextChange.Insert(stop.End, " "));
        context.Report(MissingSpaceAfterStop, TextSpan.FromBounds(stop.Start, after.End), MissingSpaceAfterStop.FormatMessage(context.Text[stop.Start].ToString()), fix);
    }

    /// <summary>Whether the name goes on with another dot after the word that follows the stop, or came with one before it.</summary>
    private static bool IsDottedChain(TokenAnalysisContext context, int stop)
    {
        ReadOnlySpan<Token> tokens = context.Tokens;
        bool dotAfter = stop + 3 < tokens.Length && tokens[stop + 2].Kind == TokenKind.Punctuation && context.Text[tokens[stop + 2].Start] == '.'
            && tokens[stop + 3].Kind == TokenKind.Word;
        bool dotBefore = stop >= 3 && tokens[stop - 2].Kind == TokenKind.Punctuation && context.Text[tokens[stop - 2].Start] == '.'
            && tokens[stop - 3].Kind == TokenKind.Word;
        return dotAfter || dotBefore;
    }

    /// <summary>
    /// Whether the capitalized word after a glued stop opens a sentence: a word of two letters or more, or the one-letter
    /// words "A" and "I" followed by a space ("stove.A thin"), never an initial ("J.R.R").
    /// </summary>
    private static bool IsSentenceWord(TokenAnalysisContext context, int index)
    {
        Token word = context.Tokens[index];
        if (word.Length >= 2)
        {
            return true;
        }

        return context.Text[word.Start] is 'A' or 'I' && index + 1 < context.Tokens.Length && context.Tokens[index + 1].Kind == TokenKind.Whitespace;
    }

    private static bool EndsWithStop(ReadOnlySpan<char> text, Token token) =>
        (token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '!' or '?' or '\u2026')
        || (token.Kind == TokenKind.Word && text[token.End - 1] == '.')
        || token.Kind is TokenKind.CloseQuote or TokenKind.AmbiguousQuote;
}
