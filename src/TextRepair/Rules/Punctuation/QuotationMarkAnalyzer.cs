using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Punctuation;

/// <summary>
/// TR3001 a closing quotation mark with no opener ("problems.” ”"), TR3002 a space before a closing quotation mark
/// ("work. ”"), TR3003 a quotation left open, TR3011 a mark glued to the word outside its quotation ("said"hello"").
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

    /// <summary>A quotation mark glued to the word outside its quotation.</summary>
    public static readonly DiagnosticDescriptor MissingSpaceOutsideQuote = new(
        "TR3011",
        "Missing space outside a quotation",
        "Insert a space {0} the quotation mark",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Warning,
        description: "An opening quotation mark glued to the word before it, or a closing one glued to the word after it: scraped text loses the space where markup stood.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [StrayClosingQuote, SpaceBeforeClosingQuote, UnclosedQuote, MissingSpaceOutsideQuote];

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
                CheckSpaceOutside(context, index, role, walker.IsPaired);
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
                    CheckSpaceOutside(context, index, role, walker.IsPaired);
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

    /// <summary>
    /// TR3011: an opening mark glued to the word before it ("said"hello"") or a closing one glued to the word after it
    /// ("hurry"and"), and glued to its quotation on the other side. Straight marks say their side only by pairing, so only
    /// a paragraph whose straight marks pair up is read, a straight mark must touch a word of its quotation and have a
    /// partner that stands as a partner should, and one before the ending of a contraction ("don"t") is a mistyped
    /// apostrophe.
    /// </summary>
    private static void CheckSpaceOutside(ParagraphAnalysisContext context, int index, QuoteRole role, bool paired)
    {
        ReadOnlySpan<Token> tokens = context.Tokens;
        ReadOnlySpan<char> text = context.Text;
        bool opening = role == QuoteRole.Opening;
        int outside = opening ? index - 1 : index + 1;
        if ((uint)outside >= (uint)tokens.Length || tokens[outside].Kind != TokenKind.Word)
        {
            return;
        }

        // A mark glued outside must also be glued inside, to its quotation ("said"hello""): one with a space inside may be a
        // mark of another style whose partner is not read yet ("„scars stones“ after", with "„" still damaged). A straight
        // mark's side comes from its order, so its paragraph's straight marks must pair up, and it must not be a mistyped
        // apostrophe ("don"t").
        bool straight = QuoteWalker.IsStraightDoubleQuote(text, tokens[index]);
        int inside = opening ? index + 1 : index - 1;
        bool gluedInside = (uint)inside < (uint)tokens.Length && !tokens[inside].IsTrivia;
        if (!gluedInside || (straight && (!paired || tokens[inside].Kind != TokenKind.Word
            || EnglishWords.ContractionEndings.Contains(tokens[index + 1].GetText(text)) || !HasCleanPartner(text, tokens, index, opening))))
        {
            return;
        }

        // A mark between characters outside ASCII may be a byte of damaged encoding ("RÄ«ga", "konkrÄ“tus"): TR1001's.
        Token mark = tokens[index];
        if ((mark.Start > 0 && !char.IsAscii(text[mark.Start - 1])) || (mark.End < text.Length && !char.IsAscii(text[mark.End])))
        {
            return;
        }

        int at = opening ? mark.Start : mark.End;
        var fix = new Fix("Insert a space", FixApplicability.Automatic, TextChange.Insert(at, " "));
        TextSpan span = opening ? TextSpan.FromBounds(tokens[outside].Start, tokens[index].End) : TextSpan.FromBounds(tokens[index].Start, tokens[outside].End);
        context.Report(MissingSpaceOutsideQuote, span, MissingSpaceOutsideQuote.FormatMessage(opening ? "before" : "after"), fix);
    }

    /// <summary>
    /// Whether the straight mark's partner, the next straight mark after an opening one or the one before a closing one,
    /// stands as its side asks: glued to the quotation and spaced from the words outside. Order alone misreads the
    /// marks of a paragraph whose quotation opened in an earlier one, or whose stray mark a fix removed, by one
    /// (`said,"I think`, read as closing after a comma); then the partner is as wrong as the mark, and nothing is said.
    /// </summary>
    private static bool HasCleanPartner(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, bool opening)
    {
        int step = opening ? 1 : -1;
        int partner = index + step;
        while ((uint)partner < (uint)tokens.Length && !QuoteWalker.IsStraightDoubleQuote(text, tokens[partner]))
        {
            partner += step;
        }

        if ((uint)partner >= (uint)tokens.Length)
        {
            return false;
        }

        bool gluedInside = opening ? QuoteWalker.IsGluedBefore(tokens, partner) : QuoteWalker.IsGluedAfter(tokens, partner);
        int outside = partner + step;
        bool wordOutside = (uint)outside < (uint)tokens.Length && tokens[outside].Kind == TokenKind.Word;
        return gluedInside && !wordOutside;
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
