using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Words;

/// <summary>
/// TR2002: a word written twice, "the the", and the repeat machine translation makes across a sentence stop, where the last
/// word of a sentence comes back as a sentence of its own ("towards people. People. They").
/// </summary>
/// <remarks>
/// Legitimate repeats are left alone: "had had", "that that", "bye bye", and names that repeat a word ("Duran Duran",
/// "Walla Walla": two capitals inside a sentence).
/// </remarks>
internal sealed class RepeatedWordAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR2002",
        "Repeated word",
        "'{0}' is repeated",
        DiagnosticCategory.Words,
        DiagnosticSeverity.Warning,
        description: "A word written twice in a row, or repeated as a one-word sentence after the sentence it ends.");

    private static readonly WordSet LegitimateRepeats = WordSet.Parse(
        """
        had that bye ha haha no yes so very now well wait there knock blah bla tut tsk boo bang chop dum ho hee la pom
        yada bora walla sing pago mahi baden talk duran sirhan
        """, ignoreCase: true);

    /// <summary>Doubled interjections that open a sentence on purpose only with a pause after them ("There there, ...").</summary>
    private static readonly WordSet StutteredOpeners = WordSet.Parse("so there now well", ignoreCase: true);

    private static readonly WordSet NamesThatAreWords = WordSet.Parse(
        "will may bill mark rose grace hope faith joy june april summer sue pat rob frank jack art ray bob don guy", ignoreCase: true);

    private static readonly WordSet EmphaticSentences = WordSet.Parse(
        "no yes never why what okay ok well right wow please stop again exactly really sure indeed thanks hello maybe nothing nobody", ignoreCase: true);

    private static readonly WordSet SubjectClauseOpeners = WordSet.Parse("what whatever who whoever where how why which all thing problem point", ignoreCase: true);

    /// <summary>The forms of "be" that take "to" and an infinitive ("is to run"), after which "to" never ends a clause.</summary>
    private static readonly WordSet FormsOfBe = WordSet.Parse("is are was were am be", ignoreCase: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterTokenAction(Analyze, TokenKind.Word);

    private static void Analyze(TokenAnalysisContext context)
    {
        int previous = context.PreviousContent(context.Index);
        if (previous < 0)
        {
            return;
        }

        if (context.Tokens[previous].Kind == TokenKind.Word)
        {
            if (previous != context.Index - 2 || context.Tokens[context.Index - 1].Kind != TokenKind.Whitespace)
            {
                return;
            }

            AnalyzeAdjacent(context, previous);
        }
        else
        {
            AnalyzeAcrossStop(context, previous);
        }
    }

    private static void AnalyzeAdjacent(TokenAnalysisContext context, int previous)
    {
        Token first = context.Tokens[previous];
        ReadOnlySpan<char> word = context.TokenText;
        ReadOnlySpan<char> firstText = first.GetText(context.Text);
        if (!firstText.Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            AnalyzeContraction(context, previous, firstText, word);
            return;
        }

        if ((LegitimateRepeats.Contains(word) && !IsStutteredOpener(context, previous, word)) || !context.Token.Has(TokenShape.HasLetters))
        {
            return;
        }

        // Two capitals are a name ("Duran Duran"); a capital then the same word in lowercase may be a name and its
        // homonym ("Will will notice").
        if (first.Has(TokenShape.Capitalized) && (context.Token.Has(TokenShape.Capitalized) || NamesThatAreWords.Contains(word)))
        {
            return;
        }

        // "what it is is", "what they do do": a clause ending in the verb is the subject of the same verb, which only a
        // wh-word a few words back opens.
        if (word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("do", StringComparison.OrdinalIgnoreCase))
        {
            if (FollowsSubjectClauseOpener(context, previous))
            {
                return;
            }
        }

        // "applied to to stand out", "to address address problems": a preposition ending a clause before an infinitive,
        // a verb before its homonym noun. Both are English. "to to" is only that when a verb precedes and a verb follows
        // ("according to to RFC2396" and "a chance to to refer" are not), and the verb is no form of "be": "is to" opens
        // a plan or an order and never ends a clause ("is to to run from January 23" is a stutter). Even then it is
        // fixed only on request.
        int before = context.PreviousContent(previous);
        ReadOnlySpan<char> beforeWord = before >= 0 && context.Tokens[before].Kind == TokenKind.Word ? context.Tokens[before].GetText(context.Text) : default;
        PartOfSpeechLexicon classes = context.Language.PartsOfSpeech;
        int after = context.NextContent(context.Index);
        ReadOnlySpan<char> afterWord = after >= 0 && context.Tokens[after].Kind == TokenKind.Word ? context.Tokens[after].GetText(context.Text) : default;
        FixApplicability applicability = FixApplicability.Automatic;
        if (word.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            bool verbFollows = !afterWord.IsEmpty && (classes.GetClasses(afterWord) & WordClass.BaseVerb) != 0;
            if (verbFollows && !beforeWord.IsEmpty && !FormsOfBe.Contains(beforeWord)
                && (classes.GetPrimaryClass(beforeWord) & (WordClass.BaseVerb | WordClass.FiniteVerb | WordClass.Participle)) != 0)
            {
                return;
            }

            applicability = verbFollows ? FixApplicability.Suggested : FixApplicability.Automatic;
        }

        WordClass wordClasses = classes.GetClasses(word);
        if (beforeWord.Equals("to", StringComparison.OrdinalIgnoreCase) && (wordClasses & WordClass.BaseVerb) != 0 && (wordClasses & WordClass.Noun) != 0
            && MayModify(afterWord, classes))
        {
            return;
        }

        Report(context, word, TextSpan.FromBounds(first.End, context.Token.End), applicability);
    }

    /// <summary>
    /// Whether the second of "to address address" may be a noun before <paramref name="afterWord"/>, the word after it
    /// ("to address address problems", "to record record profits"): only when that word may be a noun or an adjective,
    /// or there is none to read (empty). Before a preposition, a determiner or an adverb the second is the verb again ("to
    /// reach reach across the aisle", "to give give their predictions").
    /// </summary>
    private static bool MayModify(ReadOnlySpan<char> afterWord, PartOfSpeechLexicon classes) =>
        afterWord.IsEmpty || (classes.GetClasses(afterWord) & (WordClass.Noun | WordClass.Adjective)) != 0;

    /// <summary>
    /// Whether a doubled interjection opens the sentence and runs straight into the next word ("So so I choose", "There
    /// there were several speakers"): said on purpose, "there there", "now now", "well well" and "so so" stand apart, with a
    /// comma or a stop after them ("There there, don't cry"), or "so so" as an adjective inside the sentence.
    /// </summary>
    private static bool IsStutteredOpener(TokenAnalysisContext context, int first, ReadOnlySpan<char> word)
    {
        if (!StutteredOpeners.Contains(word) || !context.IsInSentence || !TokenNavigation.IsFirstWord(context.Tokens, context.Sentence, first) || !context.Token.Has(TokenShape.Lowercase))
        {
            return false;
        }

        int next = context.NextContent(context.Index);
        return next == context.Index + 2 && context.Tokens[next].Kind == TokenKind.Word;
    }

    /// <summary>
    /// "It it’s", "You you're": a word and the same word with a contraction or a possessive, where the first is the stutter.
    /// The fix keeps the second in the first one's case ("It’s"). Words whose doubling is English ("that that's": the
    /// conjunction, then the pronoun) are left alone.
    /// </summary>
    private static void AnalyzeContraction(TokenAnalysisContext context, int previous, ReadOnlySpan<char> firstText, ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> stem = EnglishWords.WithoutClitic(word);
        if (stem.Length == word.Length || !stem.Equals(firstText, StringComparison.OrdinalIgnoreCase) || LegitimateRepeats.Contains(firstText))
        {
            return;
        }

        // As for a plain repeat: two capitals are a name; a capital then the same word in lowercase may be a name and its
        // homonym ("Will will've").
        Token first = context.Tokens[previous];
        if (first.Has(TokenShape.Capitalized) && (!context.Token.Has(TokenShape.Lowercase) || NamesThatAreWords.Contains(firstText)))
        {
            return;
        }

        string kept = CaseMatching.Match(firstText, word.ToString());
        var fix = new Fix($"Write '{kept}'", FixApplicability.Automatic, new TextChange(TextSpan.FromBounds(first.Start, context.Token.End), kept));
        context.Report(Rule, TextSpan.FromBounds(first.Start, context.Token.End), Rule.FormatMessage(firstText.ToString()), fix);
    }

    /// <summary>Whether a subject clause opens ("what", "whatever", "all", "the thing") within the three words before the first of the pair.</summary>
    private static bool FollowsSubjectClauseOpener(TokenAnalysisContext context, int first)
    {
        int index = first;
        for (int step = 0; step < 3; step++)
        {
            index = context.PreviousContent(index);
            if (index < 0 || context.Tokens[index].Kind != TokenKind.Word)
            {
                return false;
            }

            if (SubjectClauseOpeners.Contains(context.Tokens[index].GetText(context.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"people. People." — the repeated word is a whole sentence that follows the sentence ending with it.</summary>
    private static void AnalyzeAcrossStop(TokenAnalysisContext context, int stop)
    {
        if (!context.IsInSentence || context.Sentence.FirstToken != context.Index || context.Sentence.TokenCount != 2
            || !context.Token.Has(TokenShape.Capitalized) || EmphaticSentences.Contains(context.TokenText))
        {
            return;
        }

        Token ownStop = context.Tokens[context.Index + 1];
        if (!ProseShape.IsMark(context.Text, ownStop, '.') || !ProseShape.IsMark(context.Text, context.Tokens[stop], '.'))
        {
            return;
        }

        int before = context.PreviousContent(stop);
        if (before < 0 || stop != before + 1 || context.Tokens[before].Kind != TokenKind.Word
            || !context.Tokens[before].GetText(context.Text).Equals(context.TokenText, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        Report(context, context.TokenText, TextSpan.FromBounds(context.Tokens[stop].End, ownStop.End), FixApplicability.Automatic);
    }

    private static void Report(TokenAnalysisContext context, ReadOnlySpan<char> word, TextSpan removed, FixApplicability applicability)
    {
        var fix = new Fix($"Remove the repeated '{word}'", applicability, TextChange.Delete(removed));
        context.Report(Rule, context.Token.Span, Rule.FormatMessage(word.ToString()), fix);
    }
}
