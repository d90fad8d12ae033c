using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Fluency;

/// <summary>
/// TR6005: two main clauses joined by a comma alone ("the average download rate reaches 500Mbps, the uplink rate reaches
/// 100Mbps"), as machine translation from languages that chain clauses with commas leaves them.
/// </summary>
/// <remarks>
/// Both sides must read as a main clause with a subject: the clause before the comma opens with a subject (not with a
/// preposition, a subordinator or a question word) and has a finite verb before any relative word; the one after opens
/// with an article, a demonstrative, a possessive or "it", and its finite verb follows the subject's noun within a few
/// words, with no second subject between (which would make it a noun with a clause of its own: "the year the war
/// began"). Left alone: sentences with quoted speech or a dash (they have punctuation of their own; a quoted name reads
/// as words, an editor's square brackets too, and parentheses are passed over), a reporting clause on either side
/// ("…, the minister said"), a series of clauses closed by "and" or "or" ("A, B and C"), "the more …, the more …", and
/// verbs that may be past participles ("the man killed in the attack" is a noun phrase). The fix, a semicolon, is
/// suggested: a stop or a conjunction may read better.
/// </remarks>
internal sealed class CommaSpliceAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR6005",
        "Comma splice",
        "A comma alone joins two clauses: '{0}' and '{1}'",
        DiagnosticCategory.Fluency,
        DiagnosticSeverity.Info,
        description: "Two main clauses, each with its own subject and verb, joined by a comma without a conjunction.",
        garbleWeight: 1);

    private const int MaximumWords = 128;

    /// <summary>A semicolon or colon among the sentence's words: it parts the sentence, and a clause never runs across it.</summary>
    private const int Part = int.MinValue;

    /// <summary>How many words the subject after the comma may have before its verb ("the call for tenders began").</summary>
    private const int LongestSubject = 5;

    private static readonly WordSet SubjectOpeners = WordSet.Parse(
        "the this these those its his her their our my he she it they we", ignoreCase: true);

    // What the clause after the comma may open with: a noun's article, demonstrative or possessive, or "it". Personal
    // pronouns are left out: a clause that opens with one after a comma is mostly speech ("she was a Kannadiga, she was
    // from northern Karnataka"), where the splice is the speaker's.
    private static readonly WordSet SecondClauseOpeners = WordSet.Parse("the this these those its his her their it", ignoreCase: true);

    // Nouns of manner and time that open an adverbial phrase with a clause of its own: "…, the way Roslyn analyzers
    // register", "…, the moment it landed".
    private static readonly WordSet AdverbialNouns = WordSet.Parse("way moment instant minute time day night week year", ignoreCase: true);

    private static readonly WordSet ClauseLinks = WordSet.Parse(
        """
        that which who whom whose where when while if because although though whereas as since after before unless until
        whether once than so such like
        """,
        ignoreCase: true);

    private static readonly WordSet LeadingConjunctions = WordSet.Parse("and but so yet", ignoreCase: true);

    private static readonly WordSet Comparatives = WordSet.Parse("more less fewer better worse greater higher lower bigger smaller", ignoreCase: true);

    private static readonly WordSet ReportingVerbs = WordSet.Parse(
        """
        say says said tell tells told add adds added note notes noted state states stated write writes wrote explain explains
        explained report reports reported announce announces announced argue argues argued claim claims claimed believe
        believes believed think thinks thought insist insists insisted warn warns warned suggest suggests suggested estimate
        estimates estimated know knows knew hope hopes hoped feel feels felt recall recalls recalled admit admits admitted
        agree agrees agreed confirm confirms confirmed reckon reckons reckoned guess mean means meant see sees saw
        """,
        ignoreCase: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) => registration.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        ReadOnlySpan<Token> tokens = context.SentenceTokens;
        ReadOnlySpan<char> text = context.Text;
        if (tokens.Length > MaximumWords * 3)
        {
            return;
        }

        // The sentence as words (token indexes), commas (~token index) and the semicolons and colons that part it (Part).
        // A quoted name or title ("ABC Tongxin Smart") reads as words; quoted speech, with a comma or a stop inside, has
        // its own punctuation, and the sentence is left alone. So is one with a dash. Parentheses are asides, passed over;
        // an editor's square brackets hold words of the sentence ("So [while] the scope of power is limited, …").
        Span<int> items = stackalloc int[tokens.Length];
        int count = 0;
        int commas = 0;
        bool quoted = false;
        int parentheses = 0;
        for (int index = 0; index < tokens.Length; index++)
        {
            Token token = tokens[index];
            if (parentheses > 0 && !(token.Kind == TokenKind.Punctuation && (IsOpenParenthesis(text, token) || IsCloseParenthesis(text, token))))
            {
                continue;
            }

            switch (token.Kind)
            {
                case TokenKind.Word or TokenKind.Number:
                    items[count++] = index;
                    break;
                case TokenKind.Whitespace or TokenKind.LineBreak:
                    break;
                case TokenKind.Punctuation when ProseShape.IsMark(text, token, '[') || ProseShape.IsMark(text, token, ']'):
                    break;
                case TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.AmbiguousQuote:
                    quoted = token.Kind == TokenKind.OpenQuote || (token.Kind == TokenKind.AmbiguousQuote && !quoted);
                    break;
                case TokenKind.Punctuation when IsOpenParenthesis(text, token):
                    parentheses++;
                    break;
                case TokenKind.Punctuation when IsCloseParenthesis(text, token):
                    parentheses = Math.Max(0, parentheses - 1);
                    break;
                case TokenKind.Punctuation when !quoted && ProseShape.IsMark(text, token, ','):
                    items[count++] = ~index;
                    commas++;
                    break;
                case TokenKind.Punctuation when !quoted && (ProseShape.IsMark(text, token, ';') || ProseShape.IsMark(text, token, ':')):
                    items[count++] = Part;
                    break;
                case TokenKind.Punctuation when !quoted && ProseShape.IsStopMark(text, token) && index > 0:
                    break;
                default:
                    return;
            }
        }

        if (quoted || parentheses > 0 || commas == 0)
        {
            return;
        }

        // "A, B and C": a series of clauses closed by a conjunction is punctuated as English does. Read backwards: whether
        // an "and" or "or" comes later in the same part.
        ReadOnlySpan<int> sequence = items[..count];
        Span<bool> conjunctionFollows = stackalloc bool[count];
        bool follows = false;
        for (int at = count - 1; at >= 0; at--)
        {
            follows = sequence[at] != Part && (follows || (sequence[at] >= 0 && tokens[sequence[at]].GetText(text) is "and" or "or"));
            conjunctionFollows[at] = follows;
        }

        int segmentStart = 0;
        for (int at = 0; at < sequence.Length; at++)
        {
            if (sequence[at] == Part)
            {
                segmentStart = at + 1;
                continue;
            }

            if (sequence[at] >= 0)
            {
                continue;
            }

            int comma = at;
            int next = at + 1;
            while (next < sequence.Length && sequence[next] >= 0)
            {
                next++;
            }

            ReadOnlySpan<int> before = sequence[segmentStart..comma];
            ReadOnlySpan<int> after = sequence[(comma + 1)..next];
            if (!conjunctionFollows[comma] && IsMainClause(context, before) && OpensMainClause(context, after, out int verb))
            {
                // The span runs from the comma to the second clause's first word, where the clauses meet; the fix
                // changes the comma alone.
                Token mark = tokens[~sequence[comma]];
                Token firstAfter = tokens[after[0]];
                string left = text[tokens[before[0]].Start..tokens[before[^1]].End].ToString();
                string right = text[firstAfter.Start..tokens[after[verb]].End].ToString();
                var fix = new Fix("Use a semicolon", FixApplicability.Suggested, new TextChange(new TextSpan(mark.Start, mark.Length), ";"));
                context.Report(Rule, TextSpan.FromBounds(mark.Start, firstAfter.End), Rule.FormatMessage(Shorten(left), right), fix);
            }

            segmentStart = comma + 1;
        }
    }

    private static bool IsOpenParenthesis(ReadOnlySpan<char> text, Token token) =>
        ProseShape.IsMark(text, token, '(');

    private static bool IsCloseParenthesis(ReadOnlySpan<char> text, Token token) =>
        ProseShape.IsMark(text, token, ')');

    /// <summary>Whether the words read as a main clause: a subject first, then a finite verb before any relative or subordinating word.</summary>
    private static bool IsMainClause(SentenceAnalysisContext context, ReadOnlySpan<int> words)
    {
        ReadOnlySpan<Token> tokens = context.SentenceTokens;
        ReadOnlySpan<char> text = context.Text;
        int first = 0;
        while (first < words.Length && LeadingConjunctions.Contains(tokens[words[first]].GetText(text)))
        {
            first++;
        }

        if (words.Length - first < 2 || ReportingVerbs.Contains(tokens[words[^1]].GetText(text))
            || tokens[words[^1]].GetText(text).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        WordClass opener = ClassesOf(context, words[first], out WordClass openerPrimary);
        ReadOnlySpan<char> openerText = tokens[words[first]].GetText(text);
        bool subject = tokens[words[first]].Kind == TokenKind.Word
            && (SubjectOpeners.Contains(openerText) || (opener == WordClass.None && !tokens[words[first]].Has(TokenShape.Lowercase))
                || (openerPrimary & (WordClass.Noun | WordClass.ProperNoun | WordClass.Determiner | WordClass.Adjective | WordClass.Pronoun | WordClass.Number)) != 0)
            && (opener & (WordClass.Preposition | WordClass.WhWord | WordClass.Conjunction)) == 0
            && !ClauseLinks.Contains(openerText) && !EnglishWords.Prepositions.Contains(openerText) && !IsComparativeOpening(context, words[first..]);
        if (!subject)
        {
            return false;
        }

        // The main verb must come before any relative or subordinating word, and a clause that such a word opens after it
        // must have its own verb before the comma: in "the doctor told me that in my case, it would be" the comma closes a
        // phrase inside the "that" clause, whose subject and verb follow it.
        WordClass previous = opener == WordClass.None ? WordClass.ProperNoun : openerPrimary;
        bool mainVerb = false;
        bool openClause = false;
        for (int at = first + 1; at < words.Length; at++)
        {
            Token token = tokens[words[at]];
            ReadOnlySpan<char> word = token.GetText(text);
            if (token.Kind != TokenKind.Word || ClauseLinks.Contains(word))
            {
                if (!mainVerb && token.Kind == TokenKind.Word)
                {
                    return false;
                }

                openClause |= token.Kind == TokenKind.Word;
                previous = token.Kind == TokenKind.Word ? WordClass.Conjunction : WordClass.Number;
                continue;
            }

            WordClass classes = ClassesOf(context, words[at], out WordClass primary);
            // Before the comma a verb that may be a participle counts ("The bank sold a product"): the clause after is
            // the one held to its subject.
            if (IsFiniteAfterSubject(tokens, words, at, text, classes, primary, previous, participles: true))
            {
                mainVerb = true;
                openClause = false;
            }

            previous = classes == WordClass.None ? WordClass.ProperNoun : primary;
        }

        return mainVerb && !openClause;
    }

    /// <summary>
    /// Whether the words open a main clause: a subject opener, at most <see cref="LongestSubject"/> words of its noun
    /// phrase and a finite verb right after a noun or pronoun; <paramref name="verb"/> is the verb's place in the words.
    /// </summary>
    private static bool OpensMainClause(SentenceAnalysisContext context, ReadOnlySpan<int> words, out int verb)
    {
        verb = -1;
        ReadOnlySpan<Token> tokens = context.SentenceTokens;
        ReadOnlySpan<char> text = context.Text;
        if (words.Length < 2)
        {
            return false;
        }

        if (tokens[words[0]].Kind != TokenKind.Word || !SecondClauseOpeners.Contains(tokens[words[0]].GetText(text))
            || IsComparativeOpening(context, words) || AdverbialNouns.Contains(tokens[words[1]].GetText(text)))
        {
            return false;
        }

        ClassesOf(context, words[0], out WordClass previous);
        for (int at = 1; at < words.Length && at <= LongestSubject; at++)
        {
            Token token = tokens[words[at]];
            ReadOnlySpan<char> word = token.GetText(text);
            if (token.Kind != TokenKind.Word)
            {
                previous = WordClass.Number;
                continue;
            }

            // A second subject or a relative word: the noun has a clause of its own ("the year the war began").
            if (SubjectOpeners.Contains(word) || ClauseLinks.Contains(word) || EnglishWords.Articles.Contains(word))
            {
                return false;
            }

            WordClass classes = ClassesOf(context, words[at], out WordClass primary);
            // A word that may be a noun is a verb only with words after it: "sat there, the suburban bus stand."
            if (IsFiniteAfterSubject(tokens, words, at, text, classes, primary, previous, participles: false)
                && ((classes & WordClass.Noun) == 0 || at < words.Length - 1))
            {
                if (ReportingVerbs.Contains(word))
                {
                    return false;
                }

                verb = at;
                return true;
            }

            previous = classes == WordClass.None ? WordClass.ProperNoun : primary;
        }

        return false;
    }

    /// <summary>
    /// Whether the word is a finite verb with its subject right before it: a noun, a name, a number or a pronoun (an adverb
    /// may stand between), never a verb after "to", and a form that may be a past participle only where
    /// <paramref name="participles"/> allows.
    /// </summary>
    private static bool IsFiniteAfterSubject(
        ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int at, ReadOnlySpan<char> text, WordClass classes, WordClass primary, WordClass previous, bool participles)
    {
        bool modal = (classes & WordClass.Modal) != 0;
        if (!modal && ((classes & WordClass.FiniteVerb) == 0 || (!participles && (classes & WordClass.Participle) != 0)
            || (primary & (WordClass.Noun | WordClass.Adjective)) != 0))
        {
            return false;
        }

        if ((previous & WordClass.Adverb) != 0 && at >= 2)
        {
            previous = WordClass.Noun;
        }

        return (previous & (WordClass.Noun | WordClass.ProperNoun | WordClass.Pronoun | WordClass.Number)) != 0
            && !tokens[words[at - 1]].GetText(text).Equals("to", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"The more …, the more …": a comparative after "the" opens a correlative clause, joined by a comma on purpose.</summary>
    private static bool IsComparativeOpening(SentenceAnalysisContext context, ReadOnlySpan<int> words)
    {
        ReadOnlySpan<Token> tokens = context.SentenceTokens;
        ReadOnlySpan<char> text = context.Text;
        return words.Length >= 2 && tokens[words[0]].GetText(text).Equals("the", StringComparison.OrdinalIgnoreCase)
            && Comparatives.Contains(tokens[words[1]].GetText(text));
    }

    private static WordClass ClassesOf(SentenceAnalysisContext context, int index, out WordClass primary) =>
        context.Words.GetClasses(context.Sentence.FirstToken + index, out primary);

    /// <summary>The end of a long clause, as a message quotes it.</summary>
    private static string Shorten(string clause)
    {
        const int Longest = 40;
        if (clause.Length <= Longest)
        {
            return clause;
        }

        int space = clause.IndexOf(' ', clause.Length - Longest);
        return "…" + (space < 0 ? clause[^Longest..] : clause[(space + 1)..]);
    }
}
