using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Fluency;

/// <summary>
/// TR6001: a word sequence the 3-gram model finds far less likely than a near-identical one: two words swapped, a
/// function word missing or extra, the wrong preposition or article. The evidence is relative (how much likelier one
/// small edit makes the local window), so rare but fluent phrasing, names and numbers do not count against a sentence.
/// </summary>
/// <remarks>
/// The sentence is read as runs of words the model knows: a name (a capital inside the sentence), a number, an unknown
/// word or punctuation other than a comma ends a run, and scoring starts afresh after it. Only positions where some
/// trigram is improbable are searched, so fluent text costs one model lookup per word. Every fix is suggested.
/// </remarks>
internal sealed class UnlikelyWordSequenceAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR6001",
        "Unlikely word sequence",
        "'{0}' does not read as English; '{1}' would be far likelier",
        DiagnosticCategory.Fluency,
        DiagnosticSeverity.Info,
        description: "A word sequence far less likely than a near-identical one (two words swapped, a function word missing, extra or wrong), as machine translation leaves.",
        garbleWeight: 2);

    /// <summary>
    /// log10 probability under which a word makes its position worth searching. −4 rather than −3.5 (stop 28): on the
    /// tune half of the MQM dev split grouped tau 0.162 → 0.175 and flat 0.286 → 0.293 (held out 0.152 / 0.303 →
    /// 0.150 / 0.302), no report changed on any measured corpus, and fewer positions are searched.
    /// </summary>
    internal const float SearchBelow = -4f;

    /// <summary>How much less likely (log10) than its base rate its context must make a word for its position to be searched.</summary>
    internal const float ContextSurpriseBelow = -0.5f;

    /// <summary>How much likelier (log10) an edit must make the window for a diagnostic.</summary>
    internal const float ReportAbove = 3.5f;

    /// <summary>How much likelier an edit must make the window to add to the sentence's garble score.</summary>
    internal const float ScoreAbove = 1.5f;

    /// <summary>
    /// log10 probability under which the word at a position makes inserting a word before it worth trying: a missing
    /// word leaves the word after the gap improbable in its context.
    /// </summary>
    internal const float InsertBefore = -3f;

    /// <summary>Dropping a word removes a factor from the window's product: it must win by this much more (log10).</summary>
    private const float DeletionPenalty = 1.5f;

    /// <summary>Prepositions are often interchangeable in fluent text: another one must win by this much more (log10).</summary>
    private const float ReplacementPenalty = 0.5f;

    private const int MaximumWords = 256;

    private const int PrefetchAhead = 6;

    private static readonly string[] Insertable = ["the", "a", "to", "of", "in", "that", "and", "is", "for", "on", "with", "was", "be", "has"];

    /// <summary>Function words that stand for one another in translation: a preposition for a preposition, an article for an article.</summary>
    private static readonly string[][] FunctionWordSets =
    [
        ["in", "on", "at", "to", "for", "of", "with", "from", "by", "about", "into", "over", "after", "since", "during"],
        ["a", "an", "the"],
        ["is", "are", "was", "were"],
        ["has", "have", "had"],
        ["this", "these", "that", "those"],
        ["much", "many"],
    ];

    /// <summary>
    /// Words people confuse by their sound or spelling ("then" for "than", "its" for "it's"). Each is as probable in
    /// fluent text as the word meant, so a position holding one is tried for the other members of its set whether or not
    /// the model finds it improbable, and a replacement within such a set is reported on less evidence
    /// (<see cref="SoundAlikeReportAbove"/>): a slip between two such words is far likelier than a random edit, which is
    /// what <see cref="ReportAbove"/> guards against.
    /// </summary>
    private static readonly string[][] SoundAlikeSets =
    [
        ["than", "then"],
        ["its", "it's"],
        ["their", "there", "they're"],
        ["your", "you're"],
        ["whose", "who's"],
        ["lose", "loose"],
        ["affect", "effect"],
        ["affects", "effects"],
        ["accept", "except"],
        ["advice", "advise"],
        ["weather", "whether"],
        ["principal", "principle"],
        ["quite", "quiet"],
        ["breath", "breathe"],
    ];

    /// <summary>The sets a word is replaced within: the function-word sets, then the sound-alike sets.</summary>
    private static readonly string[][] ConfusionSets = [.. FunctionWordSets, .. SoundAlikeSets];

    /// <summary>
    /// How much likelier (log10, after <see cref="ReplacementPenalty"/>) the other word of a sound-alike set must make
    /// the window for a diagnostic. On the clean Wikinews dev paragraphs and 1 MB of distinct news the best such gain is
    /// 1.7 (`its` read as `it's`), on LanguageTool's correct example sentences 1.25 (stop 36).
    /// </summary>
    internal const float SoundAlikeReportAbove = 2.5f;

    /// <summary>At most one swap, one deletion, an insertion per insertable word and a replacement per confusion set member.</summary>
    private static readonly int MaximumCandidates = 2 + Insertable.Length + ConfusionSets.Max(set => set.Length);

    /// <summary>
    /// The edit words as ids of the last model used (one model per process, in practice). A reference, so that a thread
    /// reads a whole set or another whole set, never a mix.
    /// </summary>
    private static EditWords? editWords;

    private static readonly WordSet Deletable = WordSet.Parse(
        "the a an to of in on at for with from by that and is are was were be been has have had it its their will would as", ignoreCase: false);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) => registration.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        ReadOnlySpan<Token> tokens = context.SentenceTokens;
        if (tokens.Length > MaximumWords * 3)
        {
            return;
        }

        WordSequenceModel model = context.Language.WordSequences;
        EditWords? words = editWords;
        if (words is null || words.Model != model)
        {
            words = new EditWords(model);
            editWords = words;
        }

        Span<int> ids = stackalloc int[MaximumWords];
        Span<int> tokenIndices = stackalloc int[MaximumWords];
        int count = 0;
        int runStart = 0;
        bool runOpensSentence = true;
        bool question = EndsWithQuestionMark(context.Text, tokens);
        for (int index = 0; index <= tokens.Length; index++)
        {
            int id = WordSequenceModel.NoWord;
            if (index < tokens.Length)
            {
                Token token = tokens[index];
                if (token.Kind is TokenKind.Whitespace or TokenKind.LineBreak)
                {
                    continue;
                }

                bool opensSentence = count == 0 && runOpensSentence;
                if (token.Kind == TokenKind.Word && count < MaximumWords
                    && (opensSentence || (token.Flags & (TokenShape.Capitalized | TokenShape.Uppercase | TokenShape.MixedCase)) == 0))
                {
                    id = context.Words.GetModelId(context.Sentence.FirstToken + index);
                }

                if (id >= 0)
                {
                    ids[count] = id;
                    tokenIndices[count++] = index;
                    continue;
                }
            }

            AnalyzeRun(context, words, ids[runStart..count], tokenIndices[runStart..count], runOpensSentence, question);
            runStart = count;
            runOpensSentence = false;
        }
    }

    private static void AnalyzeRun(SentenceAnalysisContext context, EditWords words, ReadOnlySpan<int> run, ReadOnlySpan<int> tokenIndices, bool opensSentence, bool question)
    {
        if (run.Length < 3)
        {
            return;
        }

        WordSequenceModel model = words.Model;
        Span<float> logP = stackalloc float[run.Length];

        // Where the scoring stood before each word (and after the last): the edit search starts its windows from these
        // and asks whether two neighbours were seen together, which would otherwise probe the bigram table again.
        Span<WordSequenceState> states = stackalloc WordSequenceState[run.Length + 1];
        int start = opensSentence ? model.SentenceStart : WordSequenceModel.NoWord;
        WordSequenceState state = model.Start(WordSequenceModel.NoWord, start);
        for (int position = 0; position < Math.Min(run.Length, PrefetchAhead); position++)
        {
            model.Prefetch(Before(run, position, 2, start), Before(run, position, 1, start), run[position]);
        }

        for (int position = 0; position < run.Length; position++)
        {
            if (position + PrefetchAhead < run.Length)
            {
                int ahead = position + PrefetchAhead;
                model.Prefetch(run[ahead - 2], run[ahead - 1], run[ahead]);
            }

            states[position] = state;
            logP[position] = model.Next(ref state, run[position]);
        }

        states[run.Length] = state;

        // Neighbouring improbable words search overlapping edit positions: each position's best edit is found once.
        Span<LocalEdit> bestAt = stackalloc LocalEdit[run.Length];
        Span<bool> searched = stackalloc bool[run.Length];
        int searchedUpTo = -1;
        for (int position = opensSentence ? 0 : 1; position < run.Length; position++)
        {
            // A rare word is improbable anywhere: only a word its context makes far less likely than its base rate
            // ("to Western demonstrations", not "the perchlorates") is worth an edit search. A sound-alike word is
            // tried for the others of its set wherever it stands ("higher then last year" is probable word by word).
            LocalEdit best;
            if (logP[position] < SearchBelow
                && logP[position] - model.LogProbability(WordSequenceModel.NoWord, WordSequenceModel.NoWord, run[position]) < ContextSurpriseBelow)
            {
                best = BestEditAround(words, context.Language.PartsOfSpeech, run, logP, states, position, searchedUpTo, bestAt, searched, question);
            }
            else if ((words.Kinds[run[position]] & EditWordKind.SoundAlike) != 0)
            {
                best = BestReplacementAt(words, run, logP, states, position);
            }
            else
            {
                continue;
            }

            if (best.Gain < ScoreAbove)
            {
                continue;
            }

            context.AddGarbleScore(Math.Min(best.Gain, ReportAbove) - ScoreAbove);
            searchedUpTo = position;
            if (best.Gain >= ReportAbove || (best.Gain >= SoundAlikeReportAbove && IsSoundAlikeReplacement(words, run, best)))
            {
                Report(context, model, best, tokenIndices);
                searchedUpTo = Math.Max(searchedUpTo, best.Position + 2);
            }

            position = searchedUpTo;
        }
    }

    /// <summary>
    /// The best edit for an improbable word at <paramref name="position"/>: at it or at one of the two words before it,
    /// whose edits change its context. Each position's best edit is found once (<paramref name="bestAt"/>,
    /// <paramref name="searched"/>), as neighbouring improbable words search overlapping positions.
    /// </summary>
    private static LocalEdit BestEditAround(EditWords words, PartOfSpeechLexicon partsOfSpeech, ReadOnlySpan<int> run, ReadOnlySpan<float> logP, ReadOnlySpan<WordSequenceState> states, int position, int searchedUpTo, Span<LocalEdit> bestAt, Span<bool> searched, bool question)
    {
        LocalEdit best = default;
        for (int editAt = Math.Max(searchedUpTo + 1, position - 2); editAt <= position; editAt++)
        {
            if (!searched[editAt])
            {
                bestAt[editAt] = BestEditAt(words, partsOfSpeech, run, logP, states, editAt, question);
                searched[editAt] = true;
            }

            LocalEdit edit = bestAt[editAt];
            if (edit.Gain > best.Gain)
            {
                best = edit;
            }
        }

        return best;
    }

    /// <summary>The best replacement of the sound-alike word at <paramref name="position"/> by another of its set.</summary>
    private static LocalEdit BestReplacementAt(EditWords words, ReadOnlySpan<int> run, ReadOnlySpan<float> logP, ReadOnlySpan<WordSequenceState> states, int position)
    {
        Span<CandidateEdit> candidates = stackalloc CandidateEdit[MaximumCandidates];
        candidates = candidates[..ListReplacements(words, run, position, candidates, 0)];
        return BestOf(words.Model, run, logP, position, states[position], candidates);
    }

    private static bool IsSoundAlikeReplacement(EditWords words, ReadOnlySpan<int> run, LocalEdit edit) =>
        edit.Kind == LocalEditKind.Replace && (words.Kinds[run[edit.Position]] & EditWordKind.SoundAlike) != 0;

    /// <summary>The best of the small edits at <paramref name="position"/>: its gain in log10 over the original window.</summary>
    /// <remarks>
    /// The candidate edits are listed first and the model's slots for all their words fetched at once, then scored: each
    /// lookup is a cache miss in tables of megabytes, and asked for together the misses overlap instead of queueing.
    /// </remarks>
    private static LocalEdit BestEditAt(EditWords words, PartOfSpeechLexicon partsOfSpeech, ReadOnlySpan<int> run, ReadOnlySpan<float> logP, ReadOnlySpan<WordSequenceState> states, int position, bool question)
    {
        Span<CandidateEdit> candidates = stackalloc CandidateEdit[MaximumCandidates];
        candidates = candidates[..ListCandidates(words, partsOfSpeech, run, logP, states, position, question, candidates)];

        // Every edit here is scored after the same two words: where the original's scoring stood before the position.
        Prefetch(words.Model, run, position, states[position], candidates);
        return BestOf(words.Model, run, logP, position, states[position], candidates);
    }

    /// <summary>
    /// Lists the small edits worth scoring at <paramref name="position"/> into <paramref name="candidates"/> and returns
    /// how many there are.
    /// </summary>
    private static int ListCandidates(EditWords words, PartOfSpeechLexicon partsOfSpeech, ReadOnlySpan<int> run, ReadOnlySpan<float> logP, ReadOnlySpan<WordSequenceState> states, int position, bool question, Span<CandidateEdit> candidates)
    {
        int count = 0;
        if (position + 1 < run.Length && run[position] != run[position + 1]
            && IsSwappable(words, partsOfSpeech, run[position], run[position + 1], states[position + 2].HasBigram, question))
        {
            candidates[count++] = new CandidateEdit(LocalEditKind.Swap, run[position], run[position + 1], run[position], 2, 0);
        }

        if ((words.Kinds[run[position]] & EditWordKind.Deletable) != 0 && position > 0)
        {
            candidates[count++] = new CandidateEdit(LocalEditKind.Delete, run[position], WordSequenceModel.NoWord, WordSequenceModel.NoWord, 1, DeletionPenalty);
        }

        // An inserted word must have been seen both after the word it follows and before the word it precedes, and a
        // replacement next to one of its neighbours: the edits skipped form unseen pairs, which no edit in the
        // measured corpora won with (docs/benchmarks.md, Stop 25), and they were most of the search. An insertion is
        // tried only before a word its context makes improbable (InsertBefore): insertions were three quarters of the
        // candidates, and the half before a likelier word almost never gained enough to count (docs/benchmarks.md, Stop 26).
        int insertable = position > 0 && logP[position] < InsertBefore ? words.InsertableBefore[run[position]] & words.InsertableAfter[run[position - 1]] : 0;
        for (int bits = insertable; bits != 0; bits &= bits - 1)
        {
            int id = words.Insertable[System.Numerics.BitOperations.TrailingZeroCount(bits)];
            if (id != run[position - 1])
            {
                candidates[count++] = new CandidateEdit(LocalEditKind.Insert, id, id, run[position], 1, 0);
            }
        }

        return ListReplacements(words, run, position, candidates, count);
    }

    /// <summary>
    /// Adds to <paramref name="candidates"/> from <paramref name="count"/> on the other members of the confusion set of
    /// the word at <paramref name="position"/> that the model has seen next to one of its neighbours, and returns the new count.
    /// </summary>
    private static int ListReplacements(EditWords words, ReadOnlySpan<int> run, int position, Span<CandidateEdit> candidates, int count)
    {
        int setIndex = words.ConfusionSetOf[run[position]];
        if (setIndex >= 0)
        {
            ulong after = position > 0 ? words.ConfusionAfter[run[position - 1]] : 0;
            ulong before = position + 1 < run.Length ? words.ConfusionBefore[run[position + 1]] : 0;
            foreach (int id in words.ConfusionSets[setIndex])
            {
                bool seen = id >= 0 && ((after | before) & words.ConfusionBit(id)) != 0;
                if (id != run[position] && seen)
                {
                    candidates[count++] = new CandidateEdit(LocalEditKind.Replace, id, id, WordSequenceModel.NoWord, 1, ReplacementPenalty);
                }
            }
        }

        return count;
    }

    /// <summary>
    /// Starts fetching the model's slots for every word <see cref="Score"/> may look up for the edits at
    /// <paramref name="position"/>, after the two words before it (<paramref name="context"/>).
    /// </summary>
    private static void Prefetch(WordSequenceModel model, ReadOnlySpan<int> run, int position, WordSequenceState context, ReadOnlySpan<CandidateEdit> candidates)
    {
        foreach (CandidateEdit candidate in candidates)
        {
            int before = context.First;
            int previous = context.Second;
            int lookedUp = LookedUpCount(run, position, candidate);
            for (int index = 0; index < lookedUp; index++)
            {
                int word = EditedWord(run, position, candidate, index);
                model.Prefetch(before, previous, word);
                before = previous;
                previous = word;
            }
        }
    }

    /// <summary>
    /// The best of the <paramref name="candidates"/> at <paramref name="position"/>, after the two words before it
    /// (<paramref name="context"/>): its gain in log10 over the original window.
    /// </summary>
    private static LocalEdit BestOf(WordSequenceModel model, ReadOnlySpan<int> run, ReadOnlySpan<float> logP, int position, WordSequenceState context, ReadOnlySpan<CandidateEdit> candidates)
    {
        int windowEnd = WindowEnd(run, position);
        float original = 0;
        for (int index = position; index < windowEnd; index++)
        {
            original += logP[index];
        }

        LocalEdit best = default;
        foreach (CandidateEdit candidate in candidates)
        {
            float cost = original + candidate.Penalty;
            float gain = Score(model, run, logP, position, candidate, context, Needed(best, cost)) - cost;
            if (gain > best.Gain)
            {
                best = new LocalEdit(candidate.Kind, position, candidate.Word, gain);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether two neighbouring words may be tried the other way round. Content words are, only when the model has not
    /// seen them in the order written and has seen them in the other ("minister chief" is tried as "chief minister"):
    /// seen as written, both orders are English and the swap only moves the window's probability around; seen in
    /// neither, the swap only trades one unseen pair for another ("senior news analyst" read as "analyst news", "high
    /// people concentration" as "people high": on the tune half of the MQM dev split, asking for the other order raised
    /// grouped tau from 0.140 to 0.158 and flat tau from 0.275 to 0.287, and on the clean Wikinews dev paragraphs it took
    /// three of seven reports, all false). Nor is an adverb of manner moved in front of the verb before it (see
    /// <see cref="IsMannerAdverbAfterVerb"/>; "disagreed strongly", the one false report of this kind left on those
    /// paragraphs). Two function
    /// words are tried whatever the model has seen ("the in" is a pair the model knows from "the in crowd"). In a
    /// question an auxiliary before its subject is the question's word order ("Was it self-defense?"), which a model
    /// without punctuation would read as two words swapped.
    /// </summary>
    private static bool IsSwappable(EditWords words, PartOfSpeechLexicon partsOfSpeech, int first, int second, bool seenTogether, bool question)
    {
        EditWordKind both = words.Kinds[first] & words.Kinds[second];
        if (question && ((words.Kinds[first] | words.Kinds[second]) & EditWordKind.Auxiliary) != 0)
        {
            return false;
        }

        if ((both & EditWordKind.FunctionWord) != 0)
        {
            return true;
        }

        return !seenTogether && words.Model.HasBigram(second, first) && !IsMannerAdverbAfterVerb(words, partsOfSpeech, first, second);
    }

    /// <summary>
    /// Whether <paramref name="second"/> is an adverb of manner ("-ly") after a word that is no auxiliary: it stands after
    /// its verb as well as before ("disagreed strongly"). An adverb of frequency ("love always") or one after an auxiliary
    /// ("would be surely taken") has one place, which a swap may restore.
    /// </summary>
    private static bool IsMannerAdverbAfterVerb(EditWords words, PartOfSpeechLexicon partsOfSpeech, int first, int second)
    {
        ReadOnlySpan<char> adverb = words.Model.GetWord(second);
        return (words.Kinds[first] & EditWordKind.Auxiliary) == 0 && adverb.EndsWith("ly", StringComparison.Ordinal)
            && partsOfSpeech.GetPrimaryClass(adverb) == WordClass.Adverb;
    }

    /// <summary>Whether the sentence's last mark, before any closing quotes or brackets, is a question mark.</summary>
    private static bool EndsWithQuestionMark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        for (int index = tokens.Length - 1; index >= 0; index--)
        {
            Token token = tokens[index];
            if (token.IsTrivia || token.Kind is TokenKind.CloseQuote or TokenKind.AmbiguousQuote || (token.Kind == TokenKind.Punctuation && text[token.Start] is ')' or ']'))
            {
                continue;
            }

            return token.Kind == TokenKind.Punctuation && text[token.Start] == '?';
        }

        return false;
    }

    /// <summary>
    /// The window's log10 probability an edit must reach to matter: above the best edit so far and at least
    /// <see cref="ScoreAbove"/> over <paramref name="cost"/> (the original window's, plus the edit kind's penalty).
    /// </summary>
    private static float Needed(LocalEdit best, float cost) => cost + Math.Max(ScoreAbove, best.Gain);

    /// <summary>
    /// log10 probability of the window from <paramref name="position"/> to three words on, with the words
    /// [position, position + replaced) replaced by the edit's words, after the two words before the position
    /// (<paramref name="context"/>). A trigram model sees two words back, so once two original words follow the edit
    /// their contexts are the original ones again: from there on the original probabilities (<paramref name="logP"/>) are
    /// added instead of looked up. Every term is at most 0 (a probability is at most 1), so once the sum falls below
    /// <paramref name="needed"/> the edit cannot win and the rest is not looked up.
    /// </summary>
    private static float Score(WordSequenceModel model, ReadOnlySpan<int> run, ReadOnlySpan<float> logP, int position, CandidateEdit edit, WordSequenceState context, float needed)
    {
        WordSequenceState state = context;
        int lookedUp = LookedUpCount(run, position, edit);
        float sum = 0;
        for (int index = 0; index < lookedUp; index++)
        {
            sum += model.Next(ref state, EditedWord(run, position, edit, index));
            if (sum < needed)
            {
                return float.NegativeInfinity;
            }
        }

        for (int index = OriginalContextFrom(run, position, edit); index < WindowEnd(run, position); index++)
        {
            sum += logP[index];
        }

        return sum;
    }

    /// <summary>
    /// The first word of the window whose two words before are the original ones again after the edit: two words after
    /// the edit's end, or one after an insertion, whose last word is the original word it was inserted before.
    /// </summary>
    private static int OriginalContextFrom(ReadOnlySpan<int> run, int position, CandidateEdit edit) =>
        Math.Min(WindowEnd(run, position), position + edit.Replaced + (edit.Kind == LocalEditKind.Insert ? 1 : 2));

    /// <summary>The end of the window an edit at <paramref name="position"/> is scored on: the position and the three words after it.</summary>
    private static int WindowEnd(ReadOnlySpan<int> run, int position) => Math.Min(run.Length, position + 4);

    /// <summary>How many words of the edited window <see cref="Score"/> looks up: the edit's own and those whose contexts it changed.</summary>
    private static int LookedUpCount(ReadOnlySpan<int> run, int position, CandidateEdit edit) =>
        edit.Length + OriginalContextFrom(run, position, edit) - position - edit.Replaced;

    /// <summary>The <paramref name="index"/>th word of the edited window: the edit's words, then the run's from where the edit ends.</summary>
    private static int EditedWord(ReadOnlySpan<int> run, int position, CandidateEdit edit, int index) =>
        index < edit.Length ? (index == 0 ? edit.First : edit.Second) : run[position + edit.Replaced + index - edit.Length];

    private static int Before(ReadOnlySpan<int> run, int position, int distance, int start) =>
        position - distance >= 0 ? run[position - distance] : position - distance == -1 ? start : WordSequenceModel.NoWord;

    private static void Report(SentenceAnalysisContext context, WordSequenceModel model, LocalEdit edit, ReadOnlySpan<int> tokenIndices)
    {
        ReadOnlySpan<Token> tokens = context.SentenceTokens;
        ReadOnlySpan<char> text = context.Text;
        Token at = tokens[tokenIndices[edit.Position]];
        int lastWord = Math.Min(tokenIndices.Length - 1, edit.Position + 1);
        int firstWord = edit.Kind == LocalEditKind.Insert ? edit.Position - 1 : edit.Position;
        var span = TextSpan.FromBounds(tokens[tokenIndices[firstWord]].Start, tokens[tokenIndices[lastWord]].End);
        string word = model.GetWord(edit.Word).ToString();
        TextChange change;
        string after;
        switch (edit.Kind)
        {
            case LocalEditKind.Swap:
                Token next = tokens[tokenIndices[edit.Position + 1]];
                string between = text[at.End..next.Start].ToString();
                string nextText = next.GetText(text).ToString();
                string atText = at.GetText(text).ToString();
                bool capital = char.IsUpper(atText[0]);
                after = capital
                    ? CaseMatching.Match(atText, nextText) + between + atText.ToLowerInvariant()
                    : nextText + between + atText;
                change = new TextChange(TextSpan.FromBounds(at.Start, next.End), after);
                break;
            case LocalEditKind.Delete:
                int removeEnd = tokens[tokenIndices[edit.Position + 1 < tokenIndices.Length ? edit.Position + 1 : edit.Position]].Start;
                change = TextChange.Delete(TextSpan.FromBounds(at.Start, removeEnd > at.Start ? removeEnd : at.End));
                after = string.Concat(text[span.Start..change.Span.Start], text[change.Span.End..span.End]);
                break;
            case LocalEditKind.Insert:
                change = TextChange.Insert(at.Start, word + " ");
                after = string.Concat(text[span.Start..at.Start], word, " ", text[at.Start..span.End]);
                break;
            default:
                string replacement = CaseMatching.Match(at.GetText(text), word);
                change = new TextChange(at.Span, replacement);
                after = string.Concat(text[span.Start..at.Start], replacement, text[at.End..span.End]);
                break;
        }

        string before = text[span.Start..span.End].ToString();
        var fix = new Fix($"Change to '{after}'", FixApplicability.Suggested, change);
        context.Report(Rule, span, Rule.FormatMessage(before, after), fix);
    }

    /// <summary>
    /// The words an edit may insert and the confusion sets, as ids of one model, with which of them the model has seen next
    /// to each word, as bit masks: the search asks that for every candidate edit, and a mask is one read where a hash
    /// probe per pair was a cache miss each. Built once per model from the successor lists (a few milliseconds).
    /// </summary>
    private sealed class EditWords
    {
        private readonly sbyte[] confusionBitIndex;

        // Built once per process, at its first sentence, in passes over every word and every bigram of the model (two
        // million): compiled optimized at once, not left to first-tier code as a start-up's methods are (about 30 ms).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public EditWords(WordSequenceModel model)
        {
            Model = model;
            Insertable = [.. UnlikelyWordSequenceAnalyzer.Insertable.Select(word => model.GetWordId(word))];
            ConfusionSets = [.. UnlikelyWordSequenceAnalyzer.ConfusionSets.Select(set => set.Select(word => model.GetWordId(word)).ToArray())];
            int[] confusionWords = [.. ConfusionSets.SelectMany(set => set).Where(id => id >= 0).Distinct()];

            // Each confusion word is one bit of a 64-bit mask (ConfusionBefore, ConfusionAfter); the sets above hold 60 words.
            if (confusionWords.Length > 64)
            {
                throw new InvalidOperationException($"The confusion sets hold {confusionWords.Length} words; the masks hold 64.");
            }

            confusionBitIndex = new sbyte[model.WordCount];
            confusionBitIndex.AsSpan().Fill(-1);
            for (int bit = 0; bit < confusionWords.Length; bit++)
            {
                confusionBitIndex[confusionWords[bit]] = (sbyte)bit;
            }

            ConfusionSetOf = new sbyte[model.WordCount];
            ConfusionSetOf.AsSpan().Fill(-1);
            Kinds = new EditWordKind[model.WordCount];
            for (int set = 0; set < ConfusionSets.Length; set++)
            {
                foreach (int id in ConfusionSets[set])
                {
                    if (id >= 0)
                    {
                        ConfusionSetOf[id] = (sbyte)set;
                        Kinds[id] |= set >= FunctionWordSets.Length ? EditWordKind.SoundAlike : 0;
                    }
                }
            }

            for (int id = 0; id < model.WordCount; id++)
            {
                ReadOnlySpan<char> word = model.GetWord(id);
                Kinds[id] |= (Deletable.Contains(word) ? EditWordKind.Deletable : 0)
                    | (EnglishWords.Auxiliaries.Contains(word) ? EditWordKind.Auxiliary : 0)
                    | (EnglishWords.LowercaseFunctionWords.Contains(word) ? EditWordKind.FunctionWord : 0);
            }

            InsertableBefore = new ushort[model.WordCount];
            for (int bit = 0; bit < Insertable.Length; bit++)
            {
                foreach (int next in model.GetSuccessors(Insertable[bit]))
                {
                    InsertableBefore[next] |= (ushort)(1 << bit);
                }
            }

            ConfusionBefore = new ulong[model.WordCount];
            foreach (int id in confusionWords)
            {
                foreach (int next in model.GetSuccessors(id))
                {
                    ConfusionBefore[next] |= ConfusionBit(id);
                }
            }

            // Which edit words follow each word: one pass over every bigram, with each word's bits looked up by id.
            ushort[] insertableBit = new ushort[model.WordCount];
            for (int bit = 0; bit < Insertable.Length; bit++)
            {
                if (Insertable[bit] >= 0)
                {
                    insertableBit[Insertable[bit]] |= (ushort)(1 << bit);
                }
            }

            InsertableAfter = new ushort[model.WordCount];
            ConfusionAfter = new ulong[model.WordCount];
            for (int first = 0; first < model.WordCount; first++)
            {
                foreach (int next in model.GetSuccessors(first))
                {
                    InsertableAfter[first] |= insertableBit[next];
                    if (confusionBitIndex[next] >= 0)
                    {
                        ConfusionAfter[first] |= ConfusionBit(next);
                    }
                }
            }
        }

        public WordSequenceModel Model { get; }

        public int[] Insertable { get; }

        public int[][] ConfusionSets { get; }

        /// <summary>Which of the word lists each word id is on, by id: one read where a set lookup hashed the word's text.</summary>
        public EditWordKind[] Kinds { get; }

        /// <summary>The index in <see cref="ConfusionSets"/> of the set each word id belongs to, or -1.</summary>
        public sbyte[] ConfusionSetOf { get; }

        /// <summary>A confusion word's bit in <see cref="ConfusionBefore"/> and <see cref="ConfusionAfter"/>.</summary>
        public ulong ConfusionBit(int id) => 1UL << confusionBitIndex[id];

        /// <summary>For each word, bit i set when <see cref="Insertable"/>[i] has been seen right before it.</summary>
        public ushort[] InsertableBefore { get; }

        /// <summary>For each word, bit i set when <see cref="Insertable"/>[i] has been seen right after it.</summary>
        public ushort[] InsertableAfter { get; }

        /// <summary>For each word, the confusion words seen right before it.</summary>
        public ulong[] ConfusionBefore { get; }

        /// <summary>For each word, the confusion words seen right after it.</summary>
        public ulong[] ConfusionAfter { get; }
    }

    /// <summary>The word lists an edit consults, as flags per word id.</summary>
    [Flags]
    private enum EditWordKind : byte
    {
        Deletable = 1,
        Auxiliary = 2,
        FunctionWord = 4,

        /// <summary>A member of one of the <see cref="SoundAlikeSets"/>.</summary>
        SoundAlike = 8,
    }
}
