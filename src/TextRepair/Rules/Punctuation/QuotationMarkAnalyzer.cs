using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Punctuation;

/// <summary>
/// TR3001 a closing quotation mark with no opener ("problems.” ”"), TR3002 a space before a closing quotation mark
/// ("work. ”"), TR3003 a quotation left open.
/// </summary>
/// <remarks>
/// Double quotation marks only (“ ” „ « » and "): a single ’ is far more often an apostrophe. News convention is kept: a
/// quotation that runs over several paragraphs leaves the closing mark off each paragraph but the last, and each new
/// paragraph opens again; so a paragraph may end open when the next one starts with an opening mark, and a paragraph
/// that continues an open quotation without reopening it may close it.
/// </remarks>
internal sealed class QuotationMarkAnalyzer : Analyzer
{
    /// <summary>A closing quotation mark that closes nothing.</summary>
    public static readonly DiagnosticDescriptor StrayClosingQuote = new(
        "TR3001",
        "Stray closing quotation mark",
        "This closing quotation mark has no opening mark",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Warning,
        description: "A closing quotation mark that no opening mark in the paragraph (or an open quotation before it) matches.",
        garbleWeight: 0);

    /// <summary>White space between the end of a quotation and its closing mark.</summary>
    public static readonly DiagnosticDescriptor SpaceBeforeClosingQuote = new(
        "TR3002",
        "Space before closing quotation mark",
        "Remove the space before the closing quotation mark",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Warning,
        description: "A closing quotation mark sits right after the last word or stop of the quotation, without a space.");

    /// <summary>A quotation that never closes.</summary>
    public static readonly DiagnosticDescriptor UnclosedQuote = new(
        "TR3003",
        "Unclosed quotation",
        "This quotation is not closed",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Warning,
        description: "An opening quotation mark whose quotation neither closes in its paragraph nor continues in the next paragraph.",
        garbleWeight: 0);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [StrayClosingQuote, SpaceBeforeClosingQuote, UnclosedQuote];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens;

        // Without a quotation mark there is nothing to report, and no need to read the previous paragraph (which would
        // make this paragraph's result depend on it, and be computed again after every edit there).
        if (!HasQuotationMark(tokens))
        {
            return;
        }

        // A quotation left open by the previous paragraph (without reopening here) may be closed in this one.
        bool continuesQuotation = context.HasPreviousParagraph && !StartsWithOpeningQuote(text, tokens)
            && FindUnclosed(context.PreviousParagraphText, context.PreviousParagraphTokens, startsOpen: false) >= 0;
        int open = continuesQuotation ? int.MaxValue : -1;
        int lastClosing = -1;
        var walker = new QuoteWalker(text, tokens);
        for (int index = 0; index < tokens.Length; index++)
        {
            QuoteRole role = walker.Next(index, open >= 0);
            if (role == QuoteRole.Opening)
            {
                open = index;
            }
            else if (role == QuoteRole.Closing)
            {
                if (open < 0)
                {
                    ReportStray(context, index, closesRightBefore: lastClosing == index - 2);
                }
                else
                {
                    CheckSpaceBefore(context, index);
                    open = -1;
                }

                lastClosing = index;
            }
        }

        if (open >= 0 && open != int.MaxValue && !(context.HasNextParagraph && ContinuesInto(context.NextParagraphText, context.NextParagraphTokens)))
        {
            context.Report(UnclosedQuote, tokens[open].Span, UnclosedQuote.MessageFormat);
        }
    }

    private static bool HasQuotationMark(ReadOnlySpan<Token> tokens)
    {
        foreach (Token token in tokens)
        {
            if (token.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.AmbiguousQuote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the opening mark left unclosed at the end of <paramref name="tokens"/>, or -1.</summary>
    private static int FindUnclosed(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, bool startsOpen)
    {
        int open = startsOpen ? int.MaxValue : -1;
        var walker = new QuoteWalker(text, tokens);
        for (int index = 0; index < tokens.Length; index++)
        {
            QuoteRole role = walker.Next(index, open >= 0);
            open = role switch
            {
                QuoteRole.Opening => index,
                QuoteRole.Closing => -1,
                _ => open,
            };
        }

        return open;
    }

    /// <summary>Whether a paragraph carries on a quotation left open before it: it reopens it, or closes it without opening.</summary>
    private static bool ContinuesInto(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (StartsWithOpeningQuote(text, tokens))
        {
            return true;
        }

        var walker = new QuoteWalker(text, tokens);
        for (int index = 0; index < tokens.Length; index++)
        {
            QuoteRole role = walker.Next(index, isOpen: true);
            if (role != QuoteRole.None)
            {
                return role == QuoteRole.Closing;
            }
        }

        return false;
    }

    private static bool StartsWithOpeningQuote(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int first = TokenNavigation.NextContent(tokens, -1);
        return first >= 0 && new QuoteWalker(text, tokens).Next(first, isOpen: false) == QuoteRole.Opening;
    }

    private static void ReportStray(ParagraphAnalysisContext context, int index, bool closesRightBefore)
    {
        ReadOnlySpan<Token> tokens = context.Tokens;
        Token quote = tokens[index];
        bool spaceBefore = index > 0 && tokens[index - 1].Kind == TokenKind.Whitespace;
        bool endsRun = index + 1 >= tokens.Length || tokens[index + 1].IsTrivia;
        TextSpan removed = spaceBefore && endsRun ? TextSpan.FromBounds(tokens[index - 1].Start, quote.End) : quote.Span;
        // Right after a quotation that just closed ("problems.” ”") the mark is certainly a leftover.
        FixApplicability applicability = spaceBefore && closesRightBefore ? FixApplicability.Automatic : FixApplicability.Suggested;
        var fix = new Fix("Remove the stray quotation mark", applicability, TextChange.Delete(removed));
        context.Report(StrayClosingQuote, quote.Span, StrayClosingQuote.MessageFormat, fix);
    }

    private static void CheckSpaceBefore(ParagraphAnalysisContext context, int index)
    {
        ReadOnlySpan<Token> tokens = context.Tokens;
        if (index < 2 || tokens[index - 1].Kind != TokenKind.Whitespace)
        {
            return;
        }

        Token before = tokens[index - 2];
        bool afterStop = before.Kind == TokenKind.Punctuation && context.Text[before.Start] is '.' or '!' or '?' or ',' or '\u2026';
        bool curly = tokens[index].Kind == TokenKind.CloseQuote;
        if (!afterStop && !(curly && before.IsWordLike))
        {
            return;
        }

        var fix = new Fix("Remove the space", FixApplicability.Automatic, TextChange.Delete(tokens[index - 1].Span));
        context.Report(SpaceBeforeClosingQuote, TextSpan.FromBounds(tokens[index - 1].Start, tokens[index].End), SpaceBeforeClosingQuote.MessageFormat, fix);
    }
}
