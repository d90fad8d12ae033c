using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Spelling;

/// <summary>
/// TR4001 an unknown word, with suggestions ranked by edit distance and frequency (the symmetric-delete method), TR4002 two
/// words run together ("thecapital"), split where the bigram counts say so, and TR4003 a space typed one or two letters
/// off ("spac eis", "her etofore") or an apostrophe lost ("dont", "That s"). One word gets one diagnostic: when a split explains it better than a correction, the
/// split is reported, and the corrections follow it as further fixes.
/// </summary>
/// <remarks>
/// A known word is never flagged, nor a capitalized word inside a sentence (names are the hard part: a name the lexicon
/// does not know is far more likely than a misspelling with a capital), nor a word glued to an address or number, nor a
/// word for which no known word lies close enough. A capitalized word that opens a sentence is reported only when it is
/// one edit from a common word. Every fix is suggested, never automatic: a rare real word may look like a typo.
/// </remarks>
internal sealed class SpellingAnalyzer : Analyzer
{
    /// <summary>Unknown words.</summary>
    public static readonly DiagnosticDescriptor Misspelling = new(
        "TR4001",
        "Possible misspelling",
        "'{0}' is not a known word; did you mean '{1}'?",
        DiagnosticCategory.Spelling,
        DiagnosticSeverity.Warning,
        description: "A word the lexicon does not know, with a known word close to it.",
        garbleWeight: 0.5);

    /// <summary>Words run together.</summary>
    public static readonly DiagnosticDescriptor RunTogether = new(
        "TR4002",
        "Words run together",
        "'{0}' looks like two words run together: '{1} {2}'",
        DiagnosticCategory.Spelling,
        DiagnosticSeverity.Warning,
        description: "An unknown lowercase word that splits into two known words that often follow each other.");

    /// <summary>A space in the wrong place, or an apostrophe lost.</summary>
    public static readonly DiagnosticDescriptor MisplacedSpace = new(
        "TR4003",
        "Misplaced space or lost apostrophe",
        "'{0}' should probably read '{1}'",
        DiagnosticCategory.Spelling,
        DiagnosticSeverity.Warning,
        description: "Two words, one of them unknown, that become common known words when the space between them moves or goes; a contraction that lost its apostrophe ('dont', 'That s').",
        garbleWeight: 0.5);

    private const int MinimumLength = 3;
    private const int MaximumLength = 40;
    private const long MinimumBigramCount = 20_000;

    /// <summary>A respaced pair must be a common pair: rarer pairs of short words are reached by chance.</summary>
    private const long MinimumRespacedBigramCount = 1_000_000;

    /// <summary>A removed space must make a word at least this common.</summary>
    private const long MinimumJoinedCount = 100_000;

    /// <summary>A sentence-initial word is a typo only of a word this common (Google Books count).</summary>
    private const long MinimumInitialTargetCount = 1_000_000;

    /// <summary>Shorter words one edit from a common word are as often other words as typos.</summary>
    private const int MinimumMisspellingLength = 5;

    /// <summary>A word the web knows is still a misspelling when it is one edit from a word this common (Google Books count).</summary>
    private const long MinimumMisspelledTargetCount = 10_000_000;

    /// <summary>
    /// A word the web knows that is shorter than <see cref="MinimumMisspellingLength"/> is a misspelling only when two of
    /// its letters swapped make one of the few hundred most common words, this common or more ("teh", "adn", "taht").
    /// </summary>
    private const long MinimumShortSwapTargetCount = 100_000_000;

    /// <summary>The letters tried where one may have been dropped: '-' stands for the letter before (a lost double).</summary>
    private const string DroppedLetters = "-aeiou";

    /// <summary>A derivation with a doubled letter is a slip when the word without it is this common.</summary>
    private const long MinimumDoubledTargetCount = 1_000_000;

    /// <summary>Content words of a closed compound split only when both are this common.</summary>
    private const long MinimumCompoundPartCount = 1_000_000;

    /// <summary>Content words the word-sequence model has not seen together split only when both are this common.</summary>
    private const long MinimumUnseenCompoundPartCount = 5_000_000;

    /// <summary>How far a misplaced space may stand from where it belongs.</summary>
    private const int MaximumSpaceShift = 2;

    /// <summary>
    /// A word the web knows is still two words run together when it splits into a pair this common (SymSpell's bigram
    /// count): `alot`, `atleast`, `everytime` are common on the web as typos are.
    /// </summary>
    private const long MinimumWebRunTogetherBigramCount = 100_000_000;

    [ThreadStatic]
    private static List<SpellingCandidate>? scratch;

    [ThreadStatic]
    private static List<int>? voucherScratch;

    [ThreadStatic]
    private static Dictionary<string, IReadOnlyList<SpellingSuggestion>>? searchedScratch;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Misspelling, RunTogether, MisplacedSpace];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterSummarizedDocumentAction<SpellingSummary>(Summarize, static _ => new SpellingIndex());

    /// <summary>The candidates of one paragraph, offsets relative to its start: all the document step needs of it.</summary>
    private static SpellingSummary Summarize(ParagraphAnalysisContext context)
    {
        // Most paragraphs have no unknown word: one pair of lists per thread serves them all.
        List<SpellingCandidate> candidates = scratch ??= [];
        List<int> vouchers = voucherScratch ??= [];
        candidates.Clear();
        vouchers.Clear();
        Dictionary<string, IReadOnlyList<SpellingSuggestion>> searched = searchedScratch ??= new(StringComparer.Ordinal);
        searched.Clear();
        var collector = new CandidateCollector(context.Text, context.Tokens, context.Words, context.Language.Lexicon, context.Language.PartsOfSpeech, candidates, vouchers, searched);
        for (int index = 0; index < context.SentenceCount; index++)
        {
            Sentence sentence = context.GetSentence(index);
            collector.Collect(sentence.FirstToken, sentence.EndToken);
        }

        return candidates.Count == 0 && vouchers.Count == 0 ? SpellingSummary.Empty : new SpellingSummary([.. candidates], [.. vouchers], searched);
    }

    /// <summary>
    /// Reports the candidates of one paragraph, except the unknown words the document itself vouches for (a word used
    /// twice is a term of the story, not a typo, and a capitalized one the document also uses as a name) and those the
    /// cl100k tokenizer holds whole.
    /// </summary>
    internal static void Report(DocumentParagraphContext<SpellingSummary> context, Func<string, bool> isVouchedFor)
    {
        SpellingSummary summary = context.Summary;
        EnglishLexicon lexicon = context.Language.Lexicon;
        for (int index = 0; index < summary.Candidates.Length; index++)
        {
            SpellingCandidate candidate = summary.Candidates[index];
            if (isVouchedFor(candidate.Word))
            {
                continue;
            }

            // A word the cl100k tokenizer holds whole is common on the web, so a real word ("gastro"), not a typo: the
            // ablation in docs/quality.md shows it removes a quarter of the alarms on clean news for 4% of the recall.
            // But a common misspelling is common on the web as well: one edit from a very common word, it stays a typo.
            // The search runs once a word while its paragraph is unchanged (the summary keeps it); the subword check and the
            // report read the same suggestions. A common misspelling is reported whatever the tokenizer says, so it is
            // asked second: a text whose only unknown word is one ("goverment") never loads the tokenizer (about
            // 100 ms in a fresh process), and every other word needs the suggestions either way.
            if (candidate.Kind != SpellingCandidateKind.MisplacedSpace && context.Options.UseSubwordSignal
                && (candidate.Word.Length < MinimumMisspellingLength
                    ? !HasSwappedLetters(lexicon, context.Language.PartsOfSpeech, candidate.Word, MinimumShortSwapTargetCount)
                    : !IsCommonMisspelling(summary.GetSuggestions(index, lexicon)))
                && context.Language.Subwords.IsWholePiece(candidate.Word)
                && !(TrySplit(lexicon, sequences: null, candidate.Word, allowContentWords: false, out _, out long pairCount) && pairCount >= MinimumWebRunTogetherBigramCount))
            {
                continue;
            }

            var span = new TextSpan(candidate.Offset, candidate.Length);
            switch (candidate.Kind)
            {
                case SpellingCandidateKind.MisplacedSpace:
                    var respace = new Fix($"Write '{candidate.Replacement}'", FixApplicability.Suggested, new TextChange(span, candidate.Replacement!));
                    context.Report(MisplacedSpace, span, MisplacedSpace.FormatMessage(candidate.Word, candidate.Replacement!), respace);
                    break;
                case SpellingCandidateKind.SentenceInitial:
                    ReportSentenceInitial(context, span, candidate.Word, summary.GetSuggestions(index, lexicon));
                    break;
                case SpellingCandidateKind.AfterName:
                    IReadOnlyList<SpellingSuggestion> suggestions = summary.GetSuggestions(index, lexicon);
                    if (IsCommonMisspelling(suggestions))
                    {
                        Report(context, lexicon, span, candidate.Word, suggestions);
                    }

                    break;
                default:
                    Report(context, lexicon, span, candidate.Word, SwappedFirst(candidate.Word, summary.GetSuggestions(index, lexicon)));
                    break;
            }
        }
    }

    /// <summary>
    /// Whether a word whose <paramref name="suggestions"/> (nearest first) these are is one edit from a word with a count
    /// of at least <see cref="MinimumMisspelledTargetCount"/>; callers ask only for words of
    /// <see cref="MinimumMisspellingLength"/> letters or more.
    /// </summary>
    private static bool IsCommonMisspelling(IReadOnlyList<SpellingSuggestion> suggestions) =>
        suggestions.Count > 0 && suggestions[0].Distance == 1 && suggestions[0].Count >= MinimumMisspelledTargetCount;

    /// <summary>
    /// Whether swapping two neighbouring letters of <paramref name="word"/> makes a very common word ("cheif", "recieved"),
    /// one counted at least <paramref name="minimumCount"/> times (at least <see cref="MinimumMisspelledTargetCount"/>: the
    /// lexicon keeps the anagrams of the words that common, for the probe that settles most words).
    /// A word the word classes know only as a name does not count: a capitalized word two letters away from a name is
    /// mostly another spelling of a name ("Alexandre", "Alexander"), not a slip.
    /// </summary>
    private static bool HasSwappedLetters(EnglishLexicon lexicon, PartOfSpeechLexicon partsOfSpeech, ReadOnlySpan<char> word, long minimumCount = MinimumMisspelledTargetCount)
    {
        // Most capitalized unknown words are names that no common word is an anagram of: one probe settles them.
        if (word.Length > MaximumLength || !lexicon.HasAnagramCountedAtLeast(word, MinimumMisspelledTargetCount))
        {
            return false;
        }

        Span<char> swapped = stackalloc char[word.Length];
        for (int at = 0; at + 1 < word.Length; at++)
        {
            if (char.ToLowerInvariant(word[at]) == char.ToLowerInvariant(word[at + 1]))
            {
                continue;
            }

            word.CopyTo(swapped);
            (swapped[at], swapped[at + 1]) = (word[at + 1], word[at]);
            if (lexicon.GetCount(swapped) >= minimumCount && partsOfSpeech.GetClasses(swapped) != WordClass.ProperNoun)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a common word with one letter dropped ("generaly", "speces": a letter put back
    /// makes a word of at least <see cref="MinimumMisspelledTargetCount"/>) or one letter doubled ("reportted", "voteed":
    /// one of the pair taken out makes a word of at least <see cref="MinimumDoubledTargetCount"/>). A double vowel where a
    /// prefix meets its word ("reenter", "cooperate") is the prefix's, not a slip.
    /// </summary>
    private static bool IsLetterSlipOfCommonWord(EnglishLexicon lexicon, ReadOnlySpan<char> word)
    {
        if (word.Length >= MaximumLength)
        {
            return false;
        }

        Span<char> longer = stackalloc char[word.Length + 1];
        for (int at = 0; at <= word.Length; at++)
        {
            word[..at].CopyTo(longer);
            word[at..].CopyTo(longer[(at + 1)..]);
            // The letters people drop: one of a double, or a vowel.
            foreach (char letter in DroppedLetters)
            {
                longer[at] = letter == '-' ? (at > 0 ? word[at - 1] : word[0]) : letter;
                if (lexicon.GetCount(longer) >= MinimumMisspelledTargetCount)
                {
                    return true;
                }
            }
        }

        Span<char> shorter = stackalloc char[word.Length - 1];
        for (int at = 1; at < word.Length; at++)
        {
            if (char.ToLowerInvariant(word[at]) != char.ToLowerInvariant(word[at - 1]) || (at <= 3 && word[at] is 'e' or 'o'))
            {
                continue;
            }

            word[..at].CopyTo(shorter);
            word[(at + 1)..].CopyTo(shorter[at..]);
            if (lexicon.GetCount(shorter) >= MinimumDoubledTargetCount)
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(DocumentParagraphContext<SpellingSummary> context, EnglishLexicon lexicon, TextSpan span, string word, IReadOnlyList<SpellingSuggestion> suggestions)
    {
        bool nearCorrection = suggestions.Count > 0 && suggestions[0].Distance == 1;
        if (TrySplit(lexicon, context.Language.WordSequences, word, allowContentWords: !nearCorrection, out int at, out long bigram)
            && (!nearCorrection || bigram > suggestions[0].Count))
        {
            var split = new Fix($"Write '{word[..at]} {word[at..]}'", FixApplicability.Suggested, TextChange.Insert(span.Start + at, " "));
            context.Report(RunTogether, span, RunTogether.FormatMessage(word, word[..at], word[at..]), [split, .. Corrections(word, span, suggestions)]);
            return;
        }

        // Two edits on a short word reach too many real words to mean anything.
        if (suggestions.Count == 0 || (suggestions[0].Distance > 1 && word.Length < 6))
        {
            return;
        }

        context.Report(Misspelling, span, Misspelling.FormatMessage(word, CaseMatching.Match(word, suggestions[0].Word)), Corrections(word, span, suggestions));
    }

    /// <summary>
    /// The suggestions with the nearest one that swaps two neighbouring letters of <paramref name="word"/> first: among
    /// words one edit away, two keys struck in the wrong order is the likeliest slip, so `nto` is `not` before `to`,
    /// however much more common `to` is.
    /// </summary>
    private static IReadOnlyList<SpellingSuggestion> SwappedFirst(string word, IReadOnlyList<SpellingSuggestion> suggestions)
    {
        for (int index = 1; index < suggestions.Count && suggestions[index].Distance == 1 && suggestions[0].Distance == 1; index++)
        {
            if (IsNeighbourSwap(word, suggestions[index].Word))
            {
                var reordered = new List<SpellingSuggestion>(suggestions.Count) { suggestions[index] };
                reordered.AddRange(suggestions.Where((_, at) => at != index));
                return reordered;
            }
        }

        return suggestions;
    }

    /// <summary>Whether <paramref name="candidate"/> is <paramref name="word"/> (in any case) with two neighbouring letters swapped.</summary>
    private static bool IsNeighbourSwap(ReadOnlySpan<char> word, ReadOnlySpan<char> candidate)
    {
        if (word.Length != candidate.Length)
        {
            return false;
        }

        int at = 0;
        while (at < word.Length && char.ToLowerInvariant(word[at]) == candidate[at])
        {
            at++;
        }

        return at + 1 < word.Length && char.ToLowerInvariant(word[at]) == candidate[at + 1] && char.ToLowerInvariant(word[at + 1]) == candidate[at]
            && word[(at + 2)..].Equals(candidate[(at + 2)..], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A capitalized sentence opener: a name unless it is one edit from a common word ("Generaly", "Cheif").</summary>
    private static void ReportSentenceInitial(DocumentParagraphContext<SpellingSummary> context, TextSpan span, string word, IReadOnlyList<SpellingSuggestion> suggestions)
    {
        if (suggestions.Count == 0 || suggestions[0].Distance != 1 || suggestions[0].Count < MinimumInitialTargetCount)
        {
            return;
        }

        var near = suggestions.Where(suggestion => suggestion.Distance == 1).ToList();
        context.Report(Misspelling, span, Misspelling.FormatMessage(word, CaseMatching.Match(word, near[0].Word)), Corrections(word, span, near));
    }

    private static Fix[] Corrections(ReadOnlySpan<char> word, TextSpan span, IReadOnlyList<SpellingSuggestion> suggestions)
    {
        var fixes = new Fix[suggestions.Count];
        for (int index = 0; index < fixes.Length; index++)
        {
            string replacement = CaseMatching.Match(word, suggestions[index].Word);
            fixes[index] = new Fix($"Write '{replacement}'", FixApplicability.Suggested, new TextChange(span, replacement));
        }

        return fixes;
    }

    /// <summary>
    /// The split into two known words with the highest bigram count, if it is common enough and one side is a function
    /// word ("thecapital", "inthe"): two content words together are more often a closed compound ("lockdown"). Where no
    /// correction lies one edit away, two common content words the word-sequence model has seen together are a split too
    /// ("landingpad").
    /// </summary>
    private static bool TrySplit(EnglishLexicon lexicon, WordSequenceModel? sequences, ReadOnlySpan<char> word, bool allowContentWords, out int at, out long bestCount)
    {
        at = -1;
        bestCount = 0;
        int compoundAt = -1;
        long compoundScore = 0;
        for (int split = 1; split < word.Length; split++)
        {
            ReadOnlySpan<char> left = word[..split];
            ReadOnlySpan<char> right = word[split..];
            bool leftKnown = left.Length > 1 ? lexicon.GetCount(left) > 0 : left is "a" or "i";
            if (!leftKnown || right.Length < 2 || lexicon.GetCount(right) == 0)
            {
                continue;
            }

            if (Morphology.IsSplitAnchor(left) || Morphology.IsSplitAnchor(right))
            {
                long count = lexicon.GetBigramCount(left, right);
                if (count > bestCount)
                {
                    bestCount = count;
                    at = split;
                }
            }
            else if (allowContentWords && left.Length >= 3 && right.Length >= 3)
            {
                // Seen together by the word-sequence model, or both parts long and very common ("splitwords").
                long score = Math.Min(lexicon.GetCount(left), lexicon.GetCount(right));
                bool together = sequences is not null && sequences.HasBigram(sequences.GetWordId(left), sequences.GetWordId(right));
                bool common = left.Length >= 4 && right.Length >= 4 && score >= MinimumUnseenCompoundPartCount;
                if (score >= MinimumCompoundPartCount && score > compoundScore && (together || common))
                {
                    compoundScore = score;
                    compoundAt = split;
                }
            }
        }

        if (bestCount >= MinimumBigramCount)
        {
            return true;
        }

        at = compoundAt;
        bestCount = 0;
        return compoundAt > 0;
    }

    /// <summary>
    /// A space typed off its place between <paramref name="left"/> and <paramref name="right"/>: the letters respaced
    /// (moved by at most <see cref="MaximumSpaceShift"/>) into a common known pair, or joined into a common known word.
    /// The replacement keeps every letter as written, so it keeps the case.
    /// </summary>
    internal static string? FindRespacing(EnglishLexicon lexicon, ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        int length = left.Length + right.Length;
        if (length > MaximumLength)
        {
            return null;
        }

        Span<char> letters = stackalloc char[length];
        left.CopyTo(letters);
        right.CopyTo(letters[left.Length..]);
        int bestAt = -1;
        long bestCount = 0;
        for (int at = Math.Max(1, left.Length - MaximumSpaceShift); at <= Math.Min(length - 1, left.Length + MaximumSpaceShift); at++)
        {
            if (at == left.Length || !IsRespacedWord(lexicon, letters[..at]) || !IsRespacedWord(lexicon, letters[at..]))
            {
                continue;
            }

            long count = lexicon.GetBigramCount(letters[..at], letters[at..]);
            if (count > bestCount)
            {
                bestCount = count;
                bestAt = at;
            }
        }

        if (bestCount >= MinimumRespacedBigramCount)
        {
            return string.Concat(letters[..bestAt], " ", letters[bestAt..]);
        }

        return lexicon.GetCount(letters) >= MinimumJoinedCount ? new string(letters) : null;
    }

    private static bool IsRespacedWord(EnglishLexicon lexicon, ReadOnlySpan<char> word) =>
        word.Length > 1 ? lexicon.GetCount(word) > 0 : word is "a" or "A" or "I";

    /// <summary>Collects the spelling candidates of the sentences of one paragraph.</summary>
    private readonly ref struct CandidateCollector(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TokenWords tokenWords, EnglishLexicon lexicon, PartOfSpeechLexicon partsOfSpeech, List<SpellingCandidate> candidates, List<int> vouchers, Dictionary<string, IReadOnlyList<SpellingSuggestion>> searched)
    {
        private readonly ReadOnlySpan<char> text = text;
        private readonly ReadOnlySpan<Token> tokens = tokens;

        /// <summary>
        /// Whether the lexicon knows <paramref name="word"/>, token <paramref name="index"/>'s text or the part of it before a
        /// possessive: the whole token's answer is the one the other rules share.
        /// </summary>
        private bool IsListed(int index, ReadOnlySpan<char> word) =>
            word.Length == tokens[index].Length ? tokenWords.IsInLexicon(index) : lexicon.Contains(word);

        /// <summary>
        /// The candidates of the sentence [<paramref name="first"/>, <paramref name="end"/>), unless the sentence is mostly
        /// unknown words that no typo explains (another language, a list of terms).
        /// </summary>
        public void Collect(int first, int end)
        {
            int lowercaseWords = 0;
            int unknownWords = 0;
            int checkedUnknowns = 0;
            int start = candidates.Count;
            int vouchersStart = vouchers.Count;
            int opener = FirstWord(first, end);
            int previousWord = -1;
            bool previousUnknown = false;
            for (int index = first; index < end; index++)
            {
                Token token = tokens[index];
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                ReadOnlySpan<char> word = EnglishWords.WithoutPossessive(token.GetText(text));
                bool lowercase = token.Has(TokenShape.Lowercase);
                bool initial = index == opener && token.Has(TokenShape.Capitalized) && token.Length > 1;
                if (!lowercase && !initial)
                {
                    // A capitalized or all-capitals word is a name or an acronym, unless swapping two letters makes a very
                    // common word ("Recieved", "CHEIF"): names are rarely a common word with two letters swapped.
                    bool capitalized = IsCandidate(token, TokenShape.Capitalized);
                    if ((capitalized || (IsCandidate(token, TokenShape.Uppercase) && word.Length >= 6)) && !IsListed(index, word))
                    {
                        if (word.Length >= 5 && HasSwappedLetters(lexicon, partsOfSpeech, word))
                        {
                            Add(token.Start, word.Length, word, SpellingCandidateKind.Word);
                        }
                        else if (capitalized)
                        {
                            vouchers.Add(string.GetHashCode(word));
                        }
                    }

                    previousWord = -1;
                    continue;
                }

                lowercaseWords += lowercase ? 1 : 0;
                if (TryAddApostrophe(previousWord, index, word, lowercase))
                {
                    previousWord = -1;
                    previousUnknown = false;
                    continue;
                }

                // A derivation the lexicon does not list ("refore") is a word, unless a moved space explains it better.
                // Nor is a derivation one slipped letter from a common word ("generaly" is not "genera" + "ly", nor
                // "reportted" "report" + "ted"), or two letters swapped ("reprot" is not "re" + "prot", "meteing" not
                // "mete" + "ing").
                bool listed = IsListed(index, word);
                bool candidate = IsCandidate(token, lowercase ? TokenShape.Lowercase : TokenShape.Capitalized) && !word.ContainsAny('\'', '\u2019');
                bool known = listed || (Morphology.IsKnownDerivation(lexicon, word)
                    && !(candidate && (IsLetterSlipOfCommonWord(lexicon, word) || HasSwappedLetters(lexicon, partsOfSpeech, word))));
                bool unknown = !known && candidate;

                // Only words that may be another language's count towards calling the sentence foreign: not the name
                // it opens with ("Tancredo predicts"), nor a compound of known words the lexicon does not list
                // ("re-election").
                bool name = unknown && !lowercase && (OpensName(index) || PrecedesFiniteVerb(index));
                if (!known && !name && !IsCompoundOfKnownWords(token, word))
                {
                    unknownWords++;
                }

                if (((!listed && candidate) || previousUnknown) && previousWord >= 0 && lowercase && TryAddRespacing(previousWord, index, previousUnknown))
                {
                    checkedUnknowns += (unknown ? 1 : 0) + (previousUnknown ? 1 : 0);
                    previousWord = -1;
                    previousUnknown = false;
                    continue;
                }

                if (name)
                {
                    // An opener followed by a capital, a hyphen or a finite verb is a name: it vouches, it is not checked.
                    vouchers.Add(string.GetHashCode(word));
                }
                else if (unknown && word.Length >= MinimumLength && !IsGluedToSymbol(index) && KindAt(index, word, lowercase) is { } kind)
                {
                    Add(token.Start, word.Length, word, kind);
                    checkedUnknowns++;
                }

                previousWord = index;
                previousUnknown = unknown;
            }

            // Several unknown words, more than a quarter of the lowercase ones, of which two or more are not typos of common
            // words: not English prose to correct word by word. Explanations are sought only here, and only until two
            // unexplained words are found, so foreign text costs a bounded number of searches per sentence.
            if (unknownWords >= 2 && unknownWords * 4 > lowercaseWords)
            {
                int unexplained = unknownWords - checkedUnknowns;
                for (int index = start; index < candidates.Count && unexplained < 2; index++)
                {
                    SpellingCandidate entry = candidates[index];
                    if (entry.Kind is SpellingCandidateKind.Word or SpellingCandidateKind.SentenceInitial or SpellingCandidateKind.AfterName && !IsExplained(entry.Word))
                    {
                        unexplained++;
                    }
                }

                if (unexplained >= 2)
                {
                    candidates.RemoveRange(start, candidates.Count - start);
                    vouchers.RemoveRange(vouchersStart, vouchers.Count - vouchersStart);
                }
            }
        }

        /// <summary>Whether an unknown word reads as a typo: one edit from a very common word, or two words run together.</summary>
        private bool IsExplained(string word) =>
            (word.Length >= MinimumMisspellingLength && IsCommonMisspelling(Suggestions(word))) || (TrySplit(lexicon, sequences: null, word, allowContentWords: false, out _, out long count) && count >= MinimumBigramCount);

        /// <summary>The suggestions the report will show for <paramref name="word"/>, searched once: the summary keeps them.</summary>
        private IReadOnlyList<SpellingSuggestion> Suggestions(string word)
        {
            if (!searched.TryGetValue(word, out IReadOnlyList<SpellingSuggestion>? found))
            {
                searched[word] = found = lexicon.Suggest(word, SpellingSummary.SuggestionCount);
            }

            return found;
        }

        /// <summary>The sentence's first word, after any opening quotes or brackets; -1 when it opens with something else.</summary>
        private int FirstWord(int first, int end)
        {
            for (int index = first; index < end && index < first + 3; index++)
            {
                Token token = tokens[index];
                if (token.Kind == TokenKind.Word)
                {
                    return index;
                }

                if (!(token.Kind is TokenKind.OpenQuote or TokenKind.AmbiguousQuote || (token.Kind == TokenKind.Punctuation && text[token.Start] is '(' or '[')))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>"dont", "hes", "childrens"; "don t", "That s": a contraction or possessive that lost its apostrophe.</summary>
        private bool TryAddApostrophe(int previousWord, int index, ReadOnlySpan<char> word, bool lowercase)
        {
            Token token = tokens[index];
            if (IsMarkedSic(index))
            {
                return false;
            }

            if (MissingApostrophes.TryGetContraction(word, out string? contraction))
            {
                Add(token.Start, word.Length, word, SpellingCandidateKind.MisplacedSpace, CaseMatching.Match(word, contraction));
                return true;
            }

            if (!lowercase || previousWord < 0 || previousWord != index - 2 || !IsOneSpace(index - 1)
                || (index + 1 < tokens.Length && tokens[index + 1].Kind == TokenKind.Word))
            {
                return false;
            }

            ReadOnlySpan<char> host = tokens[previousWord].GetText(text);
            if (!MissingApostrophes.IsSpacedContraction(host, word))
            {
                return false;
            }

            int start = tokens[previousWord].Start;
            Add(start, token.End - start, text[start..token.End], SpellingCandidateKind.MisplacedSpace, string.Concat(host, "'", word));
            return true;
        }

        /// <summary>Whether the word at <paramref name="index"/> is followed by a capitalized word or a hyphen: a name ("Kiara Perkins", "Fars News").</summary>
        private bool OpensName(int index)
        {
            int next = TokenNavigation.NextContent(tokens, index);
            return next == index + 2 && tokens[index + 1].Kind == TokenKind.Whitespace && tokens[next].Kind == TokenKind.Word
                && (tokens[next].Flags & (TokenShape.Capitalized | TokenShape.Uppercase)) != 0;
        }

        /// <summary>Whether a finite verb follows the word: an unknown capitalized subject is a name ("Goodis voiced", "Mayr claimed").</summary>
        private bool PrecedesFiniteVerb(int index)
        {
            int next = TokenNavigation.NextContent(tokens, index);
            return next == index + 2 && tokens[next].Kind == TokenKind.Word
                && (partsOfSpeech.GetClasses(tokens[next].GetText(text)) & WordClass.FiniteVerb) != 0;
        }

        /// <summary>Whether the token at <paramref name="index"/> is one plain space.</summary>
        private bool IsOneSpace(int index) => tokens[index].Length == 1 && text[tokens[index].Start] == ' ';

        /// <summary>"spac eis", "Thec at", "her etofore": two words one space apart, one of them unknown, respaced.</summary>
        private bool TryAddRespacing(int left, int right, bool leftUnknown)
        {
            if (right != left + 2 || !IsOneSpace(left + 1)
                || (!leftUnknown && tokens[right].Length < 2))
            {
                return false;
            }

            ReadOnlySpan<char> first = tokens[left].GetText(text);
            ReadOnlySpan<char> second = tokens[right].GetText(text);
            string? replacement = FindRespacing(lexicon, first, second);
            if (replacement is null)
            {
                return false;
            }

            if (leftUnknown && candidates.Count > 0 && candidates[^1].Offset == tokens[left].Start)
            {
                candidates.RemoveAt(candidates.Count - 1);
            }

            int start = tokens[left].Start;
            Add(start, tokens[right].End - start, text[start..tokens[right].End], SpellingCandidateKind.MisplacedSpace, replacement);
            return true;
        }

        private void Add(int start, int length, ReadOnlySpan<char> word, SpellingCandidateKind kind, string? replacement = null) =>
            candidates.Add(new SpellingCandidate(start, length, StringPool.Get(word), kind, replacement));

        /// <summary>
        /// Parts of addresses, file names and code: a word glued to a stop, slash, at sign or underscore; and a word glued
        /// after a sign outside ASCII, where damaged encoding split a word.
        /// </summary>
        private bool IsGluedToSymbol(int index)
        {
            bool gluedBefore = index > 0 && !tokens[index - 1].IsTrivia && text[tokens[index - 1].End - 1] is '.' or '/' or '@' or '_' or '#' or '\\' or ']' or '&';
            bool gluedAfter = index + 2 < tokens.Length && tokens[index + 1].Kind is TokenKind.Punctuation or TokenKind.Symbol
                && text[tokens[index + 1].Start] is '.' or '/' or '@' or '_' or '\\' && !tokens[index + 2].IsTrivia && tokens[index + 1].End == tokens[index + 2].Start;

            // An editor's bracketed letters complete a quoted word ("[e]xtremely", "includ[ing]").
            bool bracketAfter = index + 1 < tokens.Length && text[tokens[index + 1].Start] == '[';

            // The end of a word that damaged encoding split at a sign ("g√¢teaux", "HĂ´pital"): TR1001's to report, once.
            bool afterNonAsciiSign = index > 0 && tokens[index - 1].Kind is TokenKind.Symbol or TokenKind.Other
                && tokens[index - 1].Has(TokenShape.NonAscii) && tokens[index - 1].End == tokens[index].Start;
            return gluedBefore || gluedAfter || bracketAfter || afterNonAsciiSign || IsMarkedSic(index);
        }

        /// <summary>Whether the word is hyphenated and every part of it is a word the lexicon knows ("re-election").</summary>
        private bool IsCompoundOfKnownWords(Token token, ReadOnlySpan<char> word)
        {
            if (!token.Has(TokenShape.Hyphenated))
            {
                return false;
            }

            foreach (Range part in word.Split('-'))
            {
                if (word[part].IsEmpty || !lexicon.Contains(word[part]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A word the writer marked as quoted exactly: "[sic]" or "(sic)" follows it.</summary>
        private bool IsMarkedSic(int index)
        {
            int open = TokenNavigation.NextContent(tokens, index);
            return open >= 0 && text[tokens[open].Start] is '[' or '(' && open + 1 < tokens.Length
                && tokens[open + 1].GetText(text).Equals("sic", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// What an unknown word is checked as where it stands, or null where it is not checked: the words of a foreign
        /// phrase or name. The second word of a Latin name ("Carcharodon carcharias") follows a capitalized word the
        /// lexicon does not know, and so does a surname's verb in news ("Chodankar caalled", "Kipchoge aftwr"): there a
        /// word of five letters or more is checked, as a typo when a letter slipped or two swapped (cheap to tell, and no
        /// Latin epithet is one), else only as a common word's typo (<see cref="SpellingCandidateKind.AfterName"/>),
        /// whose suggestion search runs where every other candidate's does, under the rule that a sentence of
        /// unexplained words is not searched further. A short word after a name is more often part of it ("Charlamagne
        /// tha God") than a slip, and a word after "en" is French ("en masse", one edit from "mass").
        /// </summary>
        private SpellingCandidateKind? KindAt(int index, ReadOnlySpan<char> word, bool lowercase)
        {
            SpellingCandidateKind kind = lowercase ? SpellingCandidateKind.Word : SpellingCandidateKind.SentenceInitial;
            int previous = TokenNavigation.PreviousContent(tokens, index);
            if (previous < 0 || previous != index - 2 || tokens[previous].Kind != TokenKind.Word)
            {
                return kind;
            }

            ReadOnlySpan<char> before = tokens[previous].GetText(text);
            if (before is "en")
            {
                return null;
            }

            if (!tokens[previous].Has(TokenShape.Capitalized) || lexicon.Contains(before))
            {
                return kind;
            }

            if (word.Length < MinimumMisspellingLength)
            {
                return null;
            }

            return IsLetterSlipOfCommonWord(lexicon, word) || HasSwappedLetters(lexicon, partsOfSpeech, word) ? kind : SpellingCandidateKind.AfterName;
        }

        private static bool IsCandidate(Token token, TokenShape casing)
        {
            // Words with accents or other non-ASCII letters are foreign words and names, or damage for the encoding rules.
            const TokenShape Excluded = TokenShape.HasDigits | TokenShape.Initialism | TokenShape.NonAscii | TokenShape.Invisible | TokenShape.Hyphenated | TokenShape.MixedCase;
            return token.Has(casing) && (token.Flags & Excluded) == 0 && token.Length <= MaximumLength;
        }
    }
}
