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
        "LinkedIn WhatsOn CheckIn PlugIn LogIn SignIn WalkIn DriveIn BuiltIn AddOn HandsOn", ignoreCase: false);

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
        if (!IsCapitalizedFunctionWord(rest) || !IsPlainWord(prefix))
        {
            return;
        }

        if (prefix.Length == 1)
        {
            // A single letter in front of a capitalized word ("aOn") is debris; "i" and "e" also start brand names.
            FixApplicability applicability = prefix[0] is 'i' or 'e' ? FixApplicability.Suggested : FixApplicability.Automatic;
            var fix = new Fix($"Delete '{prefix}'", applicability, TextChange.Delete(new TextSpan(token.Start, split)));
            context.Report(Rule, token.Span, Rule.FormatMessage($"Stray '{prefix}' glued to '{rest}'"), fix);
            return;
        }

        // Two words run together: the first must be a word of its own ("European"), not the start of a brand name.
        if (!EnglishLexicon.Default.Contains(prefix))
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

    private static bool IsCapitalizedFunctionWord(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && IsAllLower(word[1..]) && EnglishWords.LowercaseFunctionWords.Contains(word);

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
