using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Words;

/// <summary>
/// TR2001: characters or words glued together where machine translation or scraping lost a space or left a stray letter:
/// "aOn Sunday" (a stray "a"), "EuropeanSince" (two words), "2020The" (a number and a word).
/// </summary>
/// <remarks>
/// Only a case change in front of a function word counts ("On", "Since", "The"): real mixed-case words end in content
/// words ("iPhone", "eBay", "McCarthy", "MacBook", "YouTube"), or are known brands ("LinkedIn").
/// </remarks>
internal sealed class GluedCharactersAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR2001",
        "Glued characters",
        "{0}",
        DiagnosticCategory.Words,
        DiagnosticSeverity.Warning,
        description: "A stray letter glued to a word, two words run together with a case change, or a word glued to a number.");

    private static readonly WordSet KnownMixedCaseWords = WordSet.Parse(
        """
        LinkedIn WhatsOn CheckIn PlugIn LogIn SignIn WalkIn DriveIn BuiltIn AddOn HandsOn eBay eBook eBooks eMail iPhone
        iPad iPod iTunes iMac iCloud iOS iPadOS macOS watchOS tvOS jQuery kHz kWh mAh mHz
        """, ignoreCase: false);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration)
    {
        registration.RegisterTokenAction(AnalyzeWord, TokenKind.Word);
        registration.RegisterTokenAction(AnalyzeNumber, TokenKind.Number);
    }

    private static void AnalyzeWord(TokenAnalysisContext context)
    {
        Token token = context.Token;
        if (!token.Has(TokenShape.MixedCase) || token.Has(TokenShape.Initialism))
        {
            return;
        }

        ReadOnlySpan<char> word = context.TokenText;
        int split = FirstCaseChange(word);
        if (split <= 0 || KnownMixedCaseWords.Contains(word))
        {
            return;
        }

        ReadOnlySpan<char> prefix = word[..split];
        ReadOnlySpan<char> rest = word[split..];
        EnglishLexicon lexicon = context.Language.Lexicon;
        if (IsCaseTypo(lexicon, word, split))
        {
            // "tHe", "cAre", "fOr": one capital inside a common word is a slip of the shift key, not a glued letter.
            string lowered = word.ToString().ToLowerInvariant();
            FixApplicability lowering = prefix[0] is 'i' or 'e' ? FixApplicability.Suggested : FixApplicability.Automatic;
            var lower = new Fix($"Write '{lowered}'", lowering, new TextChange(token.Span, lowered));
            context.Report(Rule, token.Span, Rule.FormatMessage($"Wrong capital inside '{word}'"), lower);
            return;
        }

        // A contraction or a possessive is read by the word before its apostrophe ("pIt's", "fYou're", "bBrazil's"), a
        // compound by its first part ("cFourteen-year-old", "lKimberly-Clark").
        ReadOnlySpan<char> stem = FirstPart(rest);
        ReadOnlySpan<char> head = word[..(split + stem.Length)];
        if (head.Length < word.Length && KnownMixedCaseWords.Contains(head))
        {
            // "iPhone-maker", "eBay's": a known mixed-case word with a suffix of its own.
            return;
        }

        bool functionWord = IsCapitalizedFunctionWord(stem);

        // Where a sentence opens, a common opener ("vAs of Thursday", "lAn array", "nDr. Dee Boersma") or any capitalized
        // word of three letters or more with one lowercase letter in front: the letter is debris ("kNancy", "qPelosi"),
        // unless the lexicon knows the whole as a word not far rarer than the capitalized one ("iPhone"; "aback" is
        // no reading of "aBack to my childhood"). After a title ("Dr. mAlison Kock") a name starts as well.
        bool opener = IsCapitalizedWord(stem) && (EnglishWords.SentenceOpeners.Contains(stem) || IsTitleAbbreviation(context, stem));
        if (!IsPlainWord(prefix) || !(functionWord || (prefix.Length == 1 && (OpensSentence(context) || FollowsTitle(context))
            && (opener || (IsCapitalizedWord(stem) && stem.Length >= 3 && !IsWordOfItsOwn(lexicon, head, stem))))))
        {
            return;
        }

        if (prefix.Length == 1)
        {
            // A single letter in front of a capitalized word ("aOn", "kNancy" where a sentence opens) is debris; "i" and
            // "e" also start brand names, and before a content word the letter may belong to a name the lexicon lacks.
            FixApplicability applicability = prefix[0] is 'i' or 'e' || !(functionWord || opener)
                ? FixApplicability.Suggested : FixApplicability.Automatic;
            var fix = new Fix($"Delete '{prefix}'", applicability, TextChange.Delete(new TextSpan(token.Start, split)));
            context.Report(Rule, token.Span, Rule.FormatMessage($"Stray '{prefix}' glued to '{rest}'"), fix);
            return;
        }

        // Two words run together: the first must be a word of its own ("European"), not the start of a brand name.
        if (!lexicon.Contains(prefix))
        {
            return;
        }

        var space = new Fix($"Insert a space: '{prefix} {rest}'", FixApplicability.Automatic, TextChange.Insert(token.Start + split, " "));
        context.Report(Rule, token.Span, Rule.FormatMessage($"Words run together: '{prefix}' and '{rest}'"), space);
    }

    private static void AnalyzeNumber(TokenAnalysisContext context)
    {
        int next = context.Index + 1;
        if (next >= context.Tokens.Length)
        {
            return;
        }

        Token word = context.Tokens[next];
        if (word.Kind != TokenKind.Word || word.Start != context.Token.End || !word.Has(TokenShape.Capitalized) || word.Length < 2)
        {
            return;
        }

        ReadOnlySpan<char> wordText = word.GetText(context.Text);
        if (!EnglishWords.LowercaseFunctionWords.Contains(wordText) && !EnglishWords.SentenceOpeners.Contains(wordText))
        {
            return;
        }

        var fix = new Fix("Insert a space", FixApplicability.Automatic, TextChange.Insert(word.Start, " "));
        var span = TextSpan.FromBounds(context.Token.Start, word.End);
        context.Report(Rule, span, Rule.FormatMessage($"'{context.TokenText}' is glued to '{wordText}'"), fix);
    }

    /// <summary>The index of the first uppercase letter that follows a lowercase one, or -1.</summary>
    private static int FirstCaseChange(ReadOnlySpan<char> word)
    {
        for (int index = 1; index < word.Length; index++)
        {
            if (char.IsUpper(word[index]) && char.IsLower(word[index - 1]))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Whether the word opens a paragraph or follows a sentence stop (a closing quote may stand between).</summary>
    private static bool OpensSentence(TokenAnalysisContext context)
    {
        int previous = context.PreviousContent(context.Index);
        while (previous >= 0 && context.Tokens[previous].Kind is TokenKind.CloseQuote or TokenKind.AmbiguousQuote)
        {
            previous = context.PreviousContent(previous);
        }

        if (previous < 0)
        {
            return true;
        }

        // "the U.S. xFederal government": an initialism's stop may end a sentence too.
        Token before = context.Tokens[previous];
        return (before.Kind == TokenKind.Punctuation && context.Text[before.Start] is '.' or '!' or '?')
            || (before.Kind == TokenKind.Word && before.Has(TokenShape.Initialism));
    }

    /// <summary>Whether <paramref name="stem"/> is a title's abbreviation whose stop follows the token ("nDr. Dee").</summary>
    private static bool IsTitleAbbreviation(TokenAnalysisContext context, ReadOnlySpan<char> stem) =>
        stem.Length == context.Token.Length - 1 && EnglishWords.TitleAbbreviations.Contains(stem)
        && context.Index + 1 < context.Tokens.Length && ProseShape.IsMark(context.Text, context.Tokens[context.Index + 1], '.');

    /// <summary>Whether the word follows a title's abbreviation and its stop ("Dr. mAlison"), where a name starts.</summary>
    private static bool FollowsTitle(TokenAnalysisContext context)
    {
        int stop = context.PreviousContent(context.Index);
        if (stop < 1 || !ProseShape.IsMark(context.Text, context.Tokens[stop], '.'))
        {
            return false;
        }

        Token title = context.Tokens[stop - 1];
        return title.Kind == TokenKind.Word && EnglishWords.TitleAbbreviations.Contains(title.GetText(context.Text));
    }

    /// <summary>
    /// Whether the lexicon knows <paramref name="head"/> as a word of its own: not one that is a thousand times rarer than
    /// the capitalized word inside it, which the glued letter hides ("aBack": "aback" against "back").
    /// </summary>
    private static bool IsWordOfItsOwn(EnglishLexicon lexicon, ReadOnlySpan<char> head, ReadOnlySpan<char> stem)
    {
        const long RarerBy = 1_000;
        return lexicon.Contains(head) && lexicon.GetCount(head) * RarerBy >= lexicon.GetCount(stem);
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a very common word with one capital after its first letter: lowercased, it is a
    /// word far commoner than any brand ("tHe", "fOr"), and the capital is its only one.
    /// </summary>
    private static bool IsCaseTypo(EnglishLexicon lexicon, ReadOnlySpan<char> word, int capital)
    {
        const long VeryCommon = 10_000_000;
        if (word.Length < 3 || word.Length > 32 || !IsAllLower(word[..capital]) || !IsAllLower(word[(capital + 1)..]) || KnownMixedCaseWords.Contains(word))
        {
            return false;
        }

        Span<char> lowered = stackalloc char[word.Length];
        word.ToLowerInvariant(lowered);
        return lexicon.GetCount(lowered) >= VeryCommon;
    }

    /// <summary>
    /// The part of a hyphenated compound before its first hyphen ("Fourteen-year-old"), or the word before the apostrophe
    /// of a possessive or a contraction ("It's", "You're", "Brazil’s"), else the word.
    /// </summary>
    private static ReadOnlySpan<char> FirstPart(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen > 0)
        {
            return word[..hyphen];
        }

        return EnglishWords.WithoutClitic(word);
    }

    private static bool IsCapitalizedWord(ReadOnlySpan<char> word) => word.Length >= 2 && char.IsUpper(word[0]) && IsAllLower(word[1..]);

    private static bool IsCapitalizedFunctionWord(ReadOnlySpan<char> word) =>
        IsCapitalizedWord(word) && EnglishWords.LowercaseFunctionWords.Contains(word);

    /// <summary>All letters, either all lowercase or capitalized: a word on its own, not a brand in camel case.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word) => word.Length > 0 && IsAllLower(word[1..]) && char.IsLetter(word[0]);

    private static bool IsAllLower(ReadOnlySpan<char> letters)
    {
        foreach (char letter in letters)
        {
            if (!char.IsLower(letter))
            {
                return false;
            }
        }

        return true;
    }
}
