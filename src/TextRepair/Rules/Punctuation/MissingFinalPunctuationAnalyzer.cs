using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Punctuation;

/// <summary>
/// TR3007: a paragraph of running prose that ends without a stop ("... seen at some anti-Kremlin rallies").
/// </summary>
/// <remarks>
/// Only prose counts: at least eight words, and more than one sentence, a comma or twelve words. Left alone: the first
/// paragraph (the headline's place), title-case lines, short lines (bylines such as "Al Jazeera and news agencies",
/// datelines), list items, a paragraph after one that ends with a colon (a list), and a headline elsewhere (a page of
/// several stories, a list of related headlines): one sentence of at most <see cref="HeadlineWords"/> words without an
/// article, which headlines drop and prose keeps ("Truck crash kills five children, two truck drivers"); and a line
/// that ends as a line of text filled to a width does, right above the next (it may be a wrap: "official Troy" above
/// "Roberts said").
/// </remarks>
internal sealed class MissingFinalPunctuationAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR3007",
        "Missing final punctuation",
        "This paragraph ends without a full stop",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Warning,
        description: "A paragraph of running prose whose last sentence has no final stop.");

    private const int MinimumWords = 8;
    private const int WordsWithoutOtherSigns = 12;

    /// <summary>The longest sentence read as a headline when it has no article.</summary>
    private const int HeadlineWords = 16;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens;
        int last = TokenNavigation.PreviousContent(tokens, tokens.Length);
        // An initialism keeps its own stop, which also ends the sentence ("in the U.S.").
        if (!context.HasPreviousParagraph || last < 0 || !tokens[last].IsWordLike || tokens[last].Has(TokenShape.Initialism))
        {
            return;
        }

        int words = ProseShape.CountWords(tokens);
        bool hasComma = HasComma(text, tokens);
        if (words < MinimumWords || !(context.SentenceCount > 1 || hasComma || words >= WordsWithoutOtherSigns)
            || ProseShape.IsTitleCase(text, tokens) || IsListItem(text, tokens) || EndsWithColon(context.PreviousParagraphText, context.PreviousParagraphTokens)
            || (context.SentenceCount == 1 && words <= HeadlineWords && !HasArticle(text, tokens))
            || context.EndsAsFilledLine)
        {
            return;
        }

        Token final = tokens[last];
        var fix = new Fix("Add a full stop", FixApplicability.Automatic, TextChange.Insert(final.End, "."));
        context.Report(Rule, final.Span, Rule.MessageFormat, fix);
    }

    private static bool HasComma(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        foreach (Token token in tokens)
        {
            if (ProseShape.IsMark(text, token, ','))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasArticle(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        foreach (Token token in tokens)
        {
            if (token.Kind == TokenKind.Word && token.Length <= 3 && EnglishWords.Articles.Contains(token.GetText(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsListItem(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int first = TokenNavigation.NextContent(tokens, -1);
        if (first < 0)
        {
            return false;
        }

        Token token = tokens[first];
        if (token.Kind is TokenKind.Dash or TokenKind.Symbol)
        {
            return true;
        }

        int second = TokenNavigation.NextContent(tokens, first);
        return token.Kind == TokenKind.Number && second == first + 1 && text[tokens[second].Start] is '.' or ')';
    }

    private static bool EndsWithColon(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int last = TokenNavigation.PreviousContent(tokens, tokens.Length);
        return last >= 0 && ProseShape.IsMark(text, tokens[last], ':');
    }
}
