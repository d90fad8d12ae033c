using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Language;
using TextRepair.Fixes;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Words;

/// <summary>
/// TR2003: a function word with a capital in the middle of a sentence ("That number Were hoping", "European Since 1994"),
/// which machine translation leaves where it joined fragments.
/// </summary>
/// <remarks>
/// Left alone: title-case sentences (headlines, titles), a word after a colon, an opening quote or bracket, a dash or an
/// ellipsis (a new start), and a word followed by another capitalized word (part of a name or title: "The Hague",
/// "Bank Of America"). After a capitalized word the fix is only suggested, since the two may form a name. A common
/// sentence opener after a word is reported only where the word-sequence model says the sentence goes on (a stop may
/// have been lost), and fixed unattended only after a word no sentence ends with.
/// </remarks>
internal sealed class MidSentenceCapitalAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR2003",
        "Capital letter mid-sentence",
        "'{0}' is capitalized in the middle of a sentence",
        DiagnosticCategory.Words,
        DiagnosticSeverity.Warning,
        description: "A common lowercase word (a function word or auxiliary) written with a capital inside a sentence.");

    /// <summary>Short function words that are also surnames or name parts ("Wilson Or", "James To", "He Jiankui").</summary>
    private static readonly WordSet NameParticles = WordSet.Parse("to or in on an do he by at so it us we her his him she will can", ignoreCase: true);

    /// <summary>The function words that follow an article in lowercase ("the very idea", "the only way", "the then mayor").</summary>
    private static readonly WordSet AfterArticle = WordSet.Parse("very only then just", ignoreCase: true);

    /// <summary>
    /// How much likelier (log10) going on must be than starting again for a common opener to be a wrong capital. 1 rather
    /// than 2 (stop 30): on the widened noise set's tuning part capitals after a word were found 714 → 729 of 749 times
    /// (held out 202 → 209 of 215), and no figure of clean text moved (Wikinews, LanguageTool's correct sentences).
    /// </summary>
    private const float ContinuationMargin = 1.0f;

    /// <summary>Words a sentence never ends with: after them, a capital cannot open a new sentence.</summary>
    private static readonly WordSet NeverFinalWords = WordSet.Parse(
        """
        the a an of with from into onto upon and or but nor than is are was were be been being has have had will would can
        could should shall may might must its their our his my your whose every each any
        """, ignoreCase: true);

    /// <summary>
    /// Openers that may start afresh after a comma: a clause's subject after a salutation ("Stardom fans, We are sorry").
    /// Conjunctions are not among them although verse capitalizes its lines ("be forgot, And never brought to mind"):
    /// on the tuning part of the widened noise set, leaving them out lost 17 of 749 capitals machine translation leaves
    /// after a comma, against one line of verse in LanguageTool's 474 correct grammar examples (whose fix is only
    /// suggested).
    /// </summary>
    private static readonly WordSet AfterCommaStarts = WordSet.Parse("He She It They We This That These Those There", ignoreCase: false);

    /// <summary>The openers most sentences start with.</summary>
    private static readonly WordSet CommonOpeners = WordSet.Parse(
        "In On At The But And He She It They We This That These Those There His Her Its Their Our After Before When While If As For With From By",
        ignoreCase: false);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens;
        Sentence sentence = context.Sentence;

        // Whether the sentence is written in title case is asked at its first capitalized function word: most sentences
        // have none, and the question reads every word.
        bool? titleCase = null;
        var salutation = new SalutationScan(sentence.FirstToken);
        for (int index = sentence.FirstToken + 1; index < sentence.EndToken; index++)
        {
            Token token = tokens[index];
            if (token.Kind != TokenKind.Word || !token.Has(TokenShape.Capitalized) || token.Length < 2
                || token.Has(TokenShape.Initialism) || token.Has(TokenShape.Apostrophe))
            {
                continue;
            }

            ReadOnlySpan<char> word = token.GetText(text);
            if (!EnglishWords.LowercaseFunctionWords.Contains(word))
            {
                continue;
            }

            // A sentence in title case capitalizes its function words too, unless the word after this one is a content
            // word in lowercase: then the sentence is not in title case here ("Afghanistan, Syria And even in Australia",
            // where names make three in four long words capitals), and the capital is a slip as anywhere else.
            int previous = TokenNavigation.PreviousContent(tokens, index);
            int next = TokenNavigation.NextContent(tokens, index);
            if (!PrecedesLowercaseContentWord(text, tokens, next, sentence))
            {
                titleCase ??= ProseShape.IsTitleCase(text, context.SentenceTokens);
                if (titleCase.Value)
                {
                    continue;
                }
            }

            if (previous < sentence.FirstToken || StartsAfresh(text, tokens[previous])
                || (next >= 0 && next < sentence.EndToken && tokens[next].Kind == TokenKind.Word && char.IsUpper(text[tokens[next].Start])))
            {
                continue;
            }

            // A capital on the sentence's first word says nothing of a name when the word is a common opener ("According
            // To the filing"): only a capitalized word that could be a name may take a particle ("James To").
            Token before = tokens[previous];
            bool afterCapital = before.Kind == TokenKind.Word && char.IsUpper(text[before.Start])
                && !(TokenNavigation.IsFirstWord(tokens, sentence, previous) && EnglishWords.SentenceOpeners.Contains(before.GetText(text)));
            if ((afterCapital && NameParticles.Contains(word) && !OpensInfinitive(context, word, next)) || OpensTitle(text, tokens, previous, index, next, sentence))
            {
                continue;
            }

            FixApplicability applicability = afterCapital ? FixApplicability.Suggested : FixApplicability.Automatic;
            if (!afterCapital && CommonOpeners.Contains(word) && (before.Kind == TokenKind.Word || ProseShape.IsMark(text, before, ',')))
            {
                // "constituency In the New Territories": a common sentence opener may start a sentence whose stop was lost
                // (a heading run into its paragraph, a flattened list). Reported only where the word-sequence model finds
                // going on far likelier than ending there and starting again; fixed unattended only after a word that never
                // ends a sentence ("of The party").
                // After a comma no stop can have been lost: the capital is wrong, but whether the comma is right is not known.
                // A subject after a comma may start afresh (after a salutation).
                int last = before.Kind == TokenKind.Word ? previous : TokenNavigation.PreviousContent(tokens, previous);
                bool afterComma = before.Kind != TokenKind.Word;
                if (last < sentence.FirstToken || tokens[last].Kind != TokenKind.Word || (afterComma && AfterCommaStarts.Contains(word) && salutation.Follows(context, last))
                    || (!afterComma && !ContinuesSentence(context, last, word)))
                {
                    continue;
                }

                if (afterComma || !NeverFinalWords.Contains(tokens[last].GetText(text)))
                {
                    applicability = FixApplicability.Suggested;
                }
            }

            string lowered = char.ToLowerInvariant(word[0]).ToString();
            var fix = new Fix($"Write '{lowered}{word[1..]}'", applicability, new TextChange(new TextSpan(token.Start, 1), lowered));
            context.Report(Rule, token.Span, Rule.FormatMessage(word.ToString()), fix);
        }
    }

    /// <summary>
    /// Whether the words before a comma, from the sentence's start or the quotation mark, colon or dash that opens them,
    /// could be a salutation ("Stardom fans, We are sorry", "read: \"Dear friends and colleagues, We thank you"): none of
    /// them reads mostly as a verb. After a clause ("As far as I know, This would be", "charged with murder, They said")
    /// the capital is a slip. The sentence is read once, left to right, as its commas come: a sentence of many commas
    /// costs no more than one of few.
    /// </summary>
    private struct SalutationScan(int firstToken)
    {
        private int next = firstToken;
        private bool verbSinceStart;

        /// <summary>Whether the words up to <paramref name="last"/> (not before the last one asked about) could be a salutation.</summary>
        public bool Follows(SentenceAnalysisContext context, int last)
        {
            ReadOnlySpan<Token> tokens = context.Tokens;
            for (; next <= last; next++)
            {
                Token token = tokens[next];
                if (StartsAfresh(context.Text, token))
                {
                    verbSinceStart = false;
                }
                else if (token.Kind == TokenKind.Word && !verbSinceStart)
                {
                    context.Words.GetClasses(next, out WordClass primary);
                    verbSinceStart = (primary & (WordClass.BaseVerb | WordClass.FiniteVerb | WordClass.Modal | WordClass.Participle)) != 0;
                }
            }

            return !verbSinceStart;
        }
    }

    /// <summary>
    /// Whether the word-sequence model finds <paramref name="word"/> going on from the words up to <paramref name="last"/>
    /// at least <see cref="ContinuationMargin"/> (log10) likelier than a sentence ending there and a new one opening with it.
    /// </summary>
    private static bool ContinuesSentence(SentenceAnalysisContext context, int last, ReadOnlySpan<char> word)
    {
        WordSequenceModel model = context.Language.WordSequences;
        ReadOnlySpan<Token> tokens = context.Tokens;
        int second = model.GetWordId(tokens[last].GetText(context.Text));
        int earlier = TokenNavigation.PreviousContent(tokens, last);
        int first = earlier >= context.Sentence.FirstToken && tokens[earlier].Kind == TokenKind.Word ? model.GetWordId(tokens[earlier].GetText(context.Text)) : WordSequenceModel.NoWord;
        int current = model.GetWordId(word);
        float goingOn = model.LogProbability(first, second, current);
        float startingAgain = model.LogProbability(first, second, model.SentenceEnd) + model.LogProbability(WordSequenceModel.NoWord, model.SentenceStart, current);
        return goingOn - startingAgain >= ContinuationMargin;
    }

    /// <summary>
    /// Whether the capitalized function word at <paramref name="index"/> opens a name or a title rather than going on with
    /// the sentence: after an article ("the Into trait", "the It girl"), which no function word but a few adverbs
    /// (<see cref="AfterArticle"/>) follows in lowercase either, or, for a preposition, after a preposition when an
    /// article and a capitalized word come next ("starred in Into the Woods"). Lowering the capital would not mend
    /// either ("the it girl", "in into the Woods"). A capitalized article after a preposition ("of The party") is a slip,
    /// and so is a preposition that may follow another one ("rose to About 50").
    /// </summary>
    private static bool OpensTitle(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int previous, int index, int next, Sentence sentence)
    {
        Token before = tokens[previous];
        ReadOnlySpan<char> word = tokens[index].GetText(text);
        if (before.Kind != TokenKind.Word)
        {
            return false;
        }

        if (EnglishWords.Articles.Contains(before.GetText(text)))
        {
            return !EnglishWords.Articles.Contains(word) && !AfterArticle.Contains(word);
        }

        if (!EnglishWords.Prepositions.Contains(word))
        {
            return false;
        }

        if (!EnglishWords.Prepositions.Contains(before.GetText(text))
            || next < 0 || next >= sentence.EndToken || !EnglishWords.Articles.Contains(tokens[next].GetText(text)))
        {
            return false;
        }

        int afterArticle = TokenNavigation.NextContent(tokens, next);
        return afterArticle >= 0 && afterArticle < sentence.EndToken && tokens[afterArticle].Kind == TokenKind.Word
            && char.IsUpper(text[tokens[afterArticle].Start]);
    }

    /// <summary>
    /// Whether <paramref name="word"/> is "to" before a lowercase word read mostly as a verb's base form: the infinitive's
    /// marker ("Bill Hammons of Colorado To discuss", "Natasha Gownaris To learn more"), not a surname, which a finite
    /// verb follows ("James To said").
    /// </summary>
    private static bool OpensInfinitive(SentenceAnalysisContext context, ReadOnlySpan<char> word, int next)
    {
        if (!word.Equals("to", StringComparison.OrdinalIgnoreCase) || !PrecedesLowercaseContentWord(context.Text, context.Tokens, next, context.Sentence))
        {
            return false;
        }

        context.Words.GetClasses(next, out WordClass primary);
        return primary == WordClass.BaseVerb;
    }

    /// <summary>
    /// Whether the word at <paramref name="next"/> is in the sentence, in lowercase, and no function word that title case
    /// leaves in lowercase.
    /// </summary>
    private static bool PrecedesLowercaseContentWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int next, Sentence sentence) =>
        next >= 0 && next < sentence.EndToken && tokens[next].Kind == TokenKind.Word && char.IsLower(text[tokens[next].Start])
        && !EnglishWords.LowercaseFunctionWords.Contains(tokens[next].GetText(text));

    /// <summary>Whether a capital is expected after <paramref name="token"/>: a quotation, list or clause may start there.</summary>
    private static bool StartsAfresh(ReadOnlySpan<char> text, Token token) => token.Kind switch
    {
        TokenKind.OpenQuote or TokenKind.AmbiguousQuote or TokenKind.Dash or TokenKind.Symbol or TokenKind.Other => true,
        TokenKind.Punctuation => text[token.Start] is ':' or '(' or '[' or '.' or '!' or '?' or '\u2026' or '/',
        _ => false,
    };
}
