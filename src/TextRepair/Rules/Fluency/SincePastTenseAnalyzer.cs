using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Fluency;

/// <summary>
/// TR6003: a simple past before "since" and a point in time ("the rule that emerged since the August 9 election"):
/// English says what has held from then until now with the present perfect ("has emerged since"). Machine translation
/// from languages without that tense leaves the simple past.
/// </summary>
/// <remarks>
/// Only where the verb is surely finite and active: right after a relative or subject pronoun ("that emerged", "they
/// lived"), because after a noun a participle is a reduced relative clause and correct ("the cases reported since
/// March"). "Since" must open a phrase, not a clause: a finite verb after it up to the next comma or the end makes it
/// "because" ("it failed since the bat was rabid"). A fix (insert "has" or "have") is offered only after a personal
/// pronoun, whose number is known, and for a regular verb, whose participle is its past; it is suggested.
/// </remarks>
internal sealed class SincePastTenseAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR6003",
        "Simple past with 'since'",
        "'{0}' needs the present perfect ({1})",
        DiagnosticCategory.Fluency,
        DiagnosticSeverity.Info,
        description: "A simple past verb before 'since' and a point in time, where English uses the present perfect ('has emerged since').",
        garbleWeight: 1);

    private static readonly WordSet Relatives = WordSet.Parse("that which who", ignoreCase: true);

    private static readonly WordSet Singular = WordSet.Parse("he she it", ignoreCase: true);

    private static readonly WordSet Plural = WordSet.Parse("they we i you", ignoreCase: true);

    // Irregular past forms that are not also participles ("rose", not "risen"): the past is unmistakable.
    private static readonly WordSet IrregularPast = WordSet.Parse(
        "rose fell grew became began came went took gave saw knew flew drove wrote spoke broke chose froze stole woke", ignoreCase: false);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) => registration.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        ReadOnlySpan<Token> tokens = context.SentenceTokens;
        ReadOnlySpan<char> text = context.Text;
        for (int index = 0; index < tokens.Length; index++)
        {
            if (tokens[index].Kind == TokenKind.Word && tokens[index].GetText(text).Equals("since", StringComparison.Ordinal))
            {
                Check(context, tokens, text, index);
            }
        }
    }

    private static void Check(SentenceAnalysisContext context, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int since)
    {
        int verb = PreviousWord(tokens, since);
        if (verb < 0 || !tokens[verb].Has(TokenShape.Lowercase))
        {
            return;
        }

        ReadOnlySpan<char> verbText = tokens[verb].GetText(text);
        PartOfSpeechLexicon partsOfSpeech = context.Language.PartsOfSpeech;
        bool regular = verbText.Length > 4 && verbText.EndsWith("ed", StringComparison.Ordinal) && (partsOfSpeech.GetClasses(verbText) & WordClass.FiniteVerb) != 0;
        if (!regular && !IrregularPast.Contains(verbText))
        {
            return;
        }

        // One adverb may stand between the subject and the verb ("that quickly emerged since").
        int subject = PreviousWord(tokens, verb);
        if (subject >= 0 && tokens[subject].GetText(text).EndsWith("ly", StringComparison.Ordinal))
        {
            subject = PreviousWord(tokens, subject);
        }

        if (subject < 0)
        {
            return;
        }

        ReadOnlySpan<char> subjectText = tokens[subject].GetText(text);
        bool singular = Singular.Contains(subjectText);
        bool plural = Plural.Contains(subjectText);
        if (!singular && !plural && !Relatives.Contains(subjectText))
        {
            return;
        }

        if (!OpensPhrase(tokens, text, since, partsOfSpeech))
        {
            return;
        }

        var span = TextSpan.FromBounds(tokens[verb].Start, tokens[since].End);
        string phrase = text[span.Start..span.End].ToString();
        if (regular && (singular || plural))
        {
            string auxiliary = singular ? "has" : "have";
            var fix = new Fix($"Insert '{auxiliary}'", FixApplicability.Suggested, TextChange.Insert(tokens[verb].Start, auxiliary + " "));
            context.Report(Rule, span, Rule.FormatMessage(phrase, $"'{auxiliary} {phrase}'"), fix);
            return;
        }

        context.Report(Rule, span, Rule.FormatMessage(phrase, regular ? $"'has {phrase}' or 'have {phrase}'" : "'has' or 'have' and the participle"));
    }

    /// <summary>
    /// Whether "since" at <paramref name="since"/> opens a phrase (a point in time) rather than a clause: at least one
    /// word follows, and no finite verb before the next comma, semicolon, colon, dash or the sentence's end.
    /// </summary>
    private static bool OpensPhrase(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int since, PartOfSpeechLexicon partsOfSpeech)
    {
        int words = 0;
        for (int index = since + 1; index < tokens.Length; index++)
        {
            Token token = tokens[index];
            if (token.Kind == TokenKind.Dash || ProseShape.IsMark(text, token, ',') || ProseShape.IsMark(text, token, ';') || ProseShape.IsMark(text, token, ':'))
            {
                break;
            }

            if (token.Kind != TokenKind.Word)
            {
                words += token.Kind == TokenKind.Number ? 1 : 0;
                continue;
            }

            words++;
            ReadOnlySpan<char> word = token.GetText(text);
            // An auxiliary is a finite verb (or "be" after a modal) even where the lexicon's first reading is another.
            if (EnglishWords.Auxiliaries.Contains(word) || word.Contains('\'') || word.Contains('\u2019'))
            {
                return false;
            }

            // A verb form whose first reading is not a noun or adjective ("the bat bit", "prices rose").
            WordClass classes = partsOfSpeech.GetClasses(word, out WordClass primary);
            if ((classes & WordClass.FiniteVerb) != 0 && (primary & (WordClass.Noun | WordClass.Adjective | WordClass.ProperNoun)) == 0)
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>The word right before a token, across white space only; -1 when a mark or nothing is there.</summary>
    private static int PreviousWord(ReadOnlySpan<Token> tokens, int index)
    {
        int at = TokenNavigation.PreviousContent(tokens, index);
        return at >= 0 && tokens[at].Kind == TokenKind.Word ? at : -1;
    }
}
