using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Language;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Fluency;

/// <summary>
/// TR6002: a sentence with no main clause, as machine translation leaves when it splits or reorders a clause: one that
/// opens with a preposition and has a finite verb only inside a relative or "that" clause ("To
/// President Putin that he has everything under control."), and a short verbless noun phrase cut off from the sentence
/// before it by a stop ("and then it would have happened. Mass protests.").
/// </summary>
/// <remarks>
/// Whether a word can be a finite verb comes from the part-of-speech lexicon; a word tagged both as noun and verb
/// counts as a verb unless a determiner or adjective comes right before it, so the rule errs towards "has a verb".
/// Headlines (a paragraph of one sentence without a stop) and sentences inside quotation marks that are a single
/// exclamation are left alone. No fix: rewriting a clause needs a human.
/// </remarks>
internal sealed class SentenceFragmentAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR6002",
        "Sentence fragment",
        "{0}",
        DiagnosticCategory.Fluency,
        DiagnosticSeverity.Info,
        description: "A sentence without a main clause: an opening phrase whose verb is only in a 'that' clause, or a short noun phrase cut off by a stop.",
        garbleWeight: 2);

    private const int MaximumWords = 128;
    private const int LongestCutOffPhrase = 4;

    /// <summary>How many comma-joined clauses with a verb of their own a sentence may chain before each adds a garble point.</summary>
    private const int MaximumChainedClauses = 3;

    private static readonly WordSet Conjunctions = WordSet.Parse("and but or nor so yet", ignoreCase: true);

    // Relative and complement clauses only: an adverbial clause ("if", "when") may come before the main clause.
    private static readonly WordSet Subordinators = WordSet.Parse("that which who whom whose", ignoreCase: true);

    private static readonly WordSet NotAPhrase = WordSet.Parse(
        "no yes not never why what okay ok well right wow please thanks thank hello sure exactly really indeed again too also maybe perhaps absolutely",
        ignoreCase: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) => registration.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        ReadOnlySpan<Token> tokens = context.SentenceTokens;
        ReadOnlySpan<char> text = context.Text;
        int last = LastContent(tokens);
        if (last < 0 || !ProseShape.IsMark(text, tokens[last], '.') || tokens.Length > MaximumWords * 3)
        {
            return;
        }

        PartOfSpeechLexicon partsOfSpeech = context.Language.PartsOfSpeech;
        int words = 0;
        int firstWord = -1;
        int subordinator = -1;
        bool mainVerb = false;
        bool anyVerb = false;
        bool inSubordinate = false;
        int capitalsAfterFirst = 0;
        int clauses = 0;
        bool clauseHasVerb = false;
        WordClass previous = WordClass.None;
        for (int index = 0; index < tokens.Length; index++)
        {
            Token token = tokens[index];
            if (token.Kind is TokenKind.Whitespace or TokenKind.LineBreak)
            {
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                // A comma, colon or dash closes a subordinate clause; any other mark (quotes, brackets) is read through.
                bool commaOrSemicolon = ProseShape.IsMark(text, token, ',') || ProseShape.IsMark(text, token, ';');
                inSubordinate &= !(token.Kind == TokenKind.Dash || commaOrSemicolon || ProseShape.IsMark(text, token, ':'));
                if (commaOrSemicolon && clauseHasVerb)
                {
                    clauses++;
                    clauseHasVerb = false;
                }

                previous = token.Kind == TokenKind.Number ? WordClass.Number : WordClass.None;
                continue;
            }

            ReadOnlySpan<char> word = token.GetText(text);
            firstWord = firstWord < 0 ? index : firstWord;
            words++;
            if (words > 2 && Subordinators.Contains(word))
            {
                subordinator = subordinator < 0 ? index : subordinator;
                inSubordinate = true;
            }

            WordClass classes = context.Words.GetClasses(context.Sentence.FirstToken + index, out WordClass primary);
            bool finite = IsFinite(word, classes, primary, previous, token);
            anyVerb |= finite || (classes & WordClass.Participle) != 0;
            mainVerb |= finite && !inSubordinate;
            // A clause of a run-on needs a verb that is not a noun after a noun: in a list ("tax deduction for health care
            // costs, term limits for Congress") such words are compounds' heads, and every item was counted as a clause.
            // The main verb keeps the looser reading, so no sentence with one is called a fragment.
            clauseHasVerb |= finite && classes != WordClass.None
                && ((primary & (WordClass.Noun | WordClass.Adjective)) == 0 || (previous & WordClass.Noun) == 0);
            capitalsAfterFirst += words > 1 && !token.Has(TokenShape.Lowercase) ? 1 : 0;
            previous = classes == WordClass.None ? WordClass.ProperNoun : primary;
        }

        // A sentence that chains many comma-joined clauses, each with its own verb, reads as a run-on: machine translation
        // from Chinese keeps the source's chain of clauses where English would make several sentences. Score only: a
        // long sentence is not wrong as such, and where to split it needs a human.
        clauses += clauseHasVerb ? 1 : 0;
        if (clauses > MaximumChainedClauses)
        {
            context.AddGarbleScore(clauses - MaximumChainedClauses);
        }

        if (mainVerb || firstWord < 0)
        {
            return;
        }

        ReadOnlySpan<char> opener = tokens[firstWord].GetText(text);
        if (subordinator > firstWord && EnglishWords.Prepositions.Contains(opener) && words >= 5)
        {
            var span = TextSpan.FromBounds(tokens[firstWord].Start, tokens[subordinator].End);
            context.Report(Rule, span, $"'{text[span.Start..span.End]}' has no main verb: its verb is in the clause that follows");
            return;
        }

        // A cut-off phrase is lowercase after its first word: a run of capitals is a name or a title, said on purpose.
        if (!anyVerb && words is >= 2 and <= LongestCutOffPhrase && context.SentenceIndex > 0 && capitalsAfterFirst == 0
            && !NotAPhrase.Contains(opener) && !Conjunctions.Contains(opener) && !EnglishWords.Prepositions.Contains(opener)
            && (partsOfSpeech.GetClasses(tokens[PreviousWord(tokens, last)].GetText(text)) & WordClass.Noun) != 0)
        {
            var span = TextSpan.FromBounds(tokens[firstWord].Start, tokens[last].End);
            context.Report(Rule, span, $"'{text[span.Start..span.End]}' is a phrase cut off from the sentence before it");
        }
    }

    /// <summary>Whether the word can be a finite verb here: a modal, a contraction, or a verb form not read as a noun.</summary>
    private static bool IsFinite(ReadOnlySpan<char> word, WordClass classes, WordClass primary, WordClass previous, Token token)
    {
        if ((classes & WordClass.Modal) != 0 || (token.Has(TokenShape.Apostrophe) && !word.EndsWith("s'", StringComparison.Ordinal)
            && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)
                || word.Contains("'re", StringComparison.OrdinalIgnoreCase) || word.Contains("’re", StringComparison.OrdinalIgnoreCase)
                || word.Contains("'ve", StringComparison.OrdinalIgnoreCase) || word.Contains("’ve", StringComparison.OrdinalIgnoreCase)
                || word.Contains("'ll", StringComparison.OrdinalIgnoreCase) || word.Contains("’ll", StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        if ((classes & WordClass.FiniteVerb) == 0)
        {
            // An unknown lowercase word may be a verb the lexicon lacks: count it as one, to stay on the safe side.
            return classes == WordClass.None && token.Has(TokenShape.Lowercase);
        }

        // "Mass protests": after a determiner, adjective or number, a word read mostly as a noun is a noun.
        bool nounAlso = (primary & (WordClass.Noun | WordClass.Adjective)) != 0;
        return !nounAlso || (previous & (WordClass.Determiner | WordClass.Adjective | WordClass.Number | WordClass.ProperNoun | WordClass.Preposition)) == 0;
    }

    private static int LastContent(ReadOnlySpan<Token> tokens)
    {
        for (int index = tokens.Length - 1; index >= 0; index--)
        {
            if (tokens[index].Kind is not (TokenKind.Whitespace or TokenKind.LineBreak or TokenKind.CloseQuote or TokenKind.AmbiguousQuote))
            {
                return index;
            }
        }

        return -1;
    }

    private static int PreviousWord(ReadOnlySpan<Token> tokens, int index)
    {
        for (int at = index - 1; at >= 0; at--)
        {
            if (tokens[at].Kind == TokenKind.Word)
            {
                return at;
            }
        }

        return index;
    }
}
