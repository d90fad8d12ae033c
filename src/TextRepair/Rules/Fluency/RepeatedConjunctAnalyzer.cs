using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Language;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Fluency;

/// <summary>
/// TR6004: a noun joined to itself by "and" or "or" ("with benevolence and benevolence", "the experience and
/// experience of daily creation", "friends between Vietnam and Vietnam"), as machine translation leaves when the source
/// paired two near-synonyms or two different names and both came out as the same word.
/// </summary>
/// <remarks>
/// English repeats a word around "and" only for emphasis or duration ("more and more", "over and over", "crying and
/// crying", "for years and years", "time and time again"): the first word must be able to be a noun and nothing that
/// repeats for emphasis (an adverb, a preposition, a verb form in -ing, a word of time or quantity). A second copy that
/// opens a longer name or a compound ("Turkish and Turkish Cypriot", "Public Health and Health Care", "data and data
/// rate") and a word after a hyphen ("re-posts and posts") are left alone. No fix: the second word is a mistranslation
/// whose right word only the source knows.
/// </remarks>
internal sealed class RepeatedConjunctAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR6004",
        "Word joined to itself",
        "'{0}' joins a word to itself; one of them is likely a mistranslation",
        DiagnosticCategory.Fluency,
        DiagnosticSeverity.Info,
        description: "A noun joined to itself by 'and' or 'or' ('benevolence and benevolence'), where the source had two different words.",
        garbleWeight: 1);

    private static readonly WordSet Conjunctions = WordSet.Parse("and or", ignoreCase: true);

    // Nouns repeated for duration or amount: "for years and years", "miles and miles of road".
    private static readonly WordSet EmphaticNouns = WordSet.Parse(
        """
        time times year years month months week weeks day days hour hours minute minutes second seconds mile miles
        acre acres ton tons hundred hundreds thousand thousands million millions billion billions dozen dozens age ages
        row rows layer layers pile piles page pages round rounds step steps bit bits
        """,
        ignoreCase: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) => registration.RegisterTokenAction(Analyze, TokenKind.Word);

    private static void Analyze(TokenAnalysisContext context)
    {
        if (!context.Token.Has(TokenShape.Lowercase) || !Conjunctions.Contains(context.TokenText))
        {
            return;
        }

        ReadOnlySpan<Token> tokens = context.Tokens;
        ReadOnlySpan<char> text = context.Text;
        int first = context.PreviousContent(context.Index);
        int second = context.NextContent(context.Index);
        if (first < 0 || second < 0 || tokens[first] is not { Kind: TokenKind.Word } before || tokens[second] is not { Kind: TokenKind.Word } after
            || first != context.Index - 2 || second != context.Index + 2)
        {
            return;
        }

        ReadOnlySpan<char> word = before.GetText(text);
        if (!word.Equals(after.GetText(text), StringComparison.OrdinalIgnoreCase) || !before.Has(TokenShape.HasLetters)
            || (before.Start > 0 && text[before.Start - 1] is '-' or '‐' or '/') || IsEmphatic(context, word, before))
        {
            return;
        }

        // "democracy or Democracy 2.0": a word and a name.
        if (after.Has(TokenShape.Capitalized) && !before.Has(TokenShape.Capitalized))
        {
            return;
        }

        // "Turkish and Turkish Cypriot", "data and data rate": the second copy opens a longer name or a compound noun.
        int next = context.NextContent(second);
        if (next == second + 2 && tokens[next].Kind == TokenKind.Word
            && (!tokens[next].Has(TokenShape.Lowercase) || OpensCompound(context.Language.PartsOfSpeech.GetClasses(tokens[next].GetText(text)))))
        {
            return;
        }

        var span = TextSpan.FromBounds(before.Start, after.End);
        context.Report(Rule, span, Rule.FormatMessage(text[span.Start..span.End].ToString()));
    }

    /// <summary>Whether a word after the second copy makes it the first part of a compound: a noun, or a word the lexicon lacks.</summary>
    private static bool OpensCompound(WordClass classes) => classes == WordClass.None || (classes & (WordClass.Noun | WordClass.ProperNoun)) != 0;

    /// <summary>Whether the word is one English repeats around "and" on purpose, or cannot be a noun.</summary>
    private static bool IsEmphatic(TokenAnalysisContext context, ReadOnlySpan<char> word, Token token)
    {
        if (EmphaticNouns.Contains(word) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        WordClass classes = context.Language.PartsOfSpeech.GetClasses(word);
        if (classes == WordClass.None)
        {
            // A word the lexicon lacks is a name when capitalized ("Vietnam"), and unknown otherwise: leave it.
            return !token.Has(TokenShape.Capitalized);
        }

        return (classes & (WordClass.Noun | WordClass.ProperNoun)) == 0
            || (classes & (WordClass.Adverb | WordClass.Preposition | WordClass.Determiner | WordClass.Pronoun | WordClass.Modal)) != 0;
    }
}
