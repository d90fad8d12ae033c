using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Spelling;

/// <summary>
/// TR4001 an unknown lowercase word, with suggestions ranked by edit distance and frequency (the symmetric-delete
/// method), and TR4002 two words run together ("thecapital"), split where the bigram counts say so. One word gets one
/// diagnostic: when a split explains it better than a correction, the split is reported, and the corrections follow it
/// as further fixes.
/// </summary>
/// <remarks>
/// A known word is never flagged, nor is a capitalized word (names are the hard part: a name the lexicon does not know
/// is far more likely than a misspelling with a capital), nor a word glued to an address or number, nor a word for which
/// no known word lies close enough. Every fix is suggested, never automatic: a rare real word may look like a typo.
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
        description: "A lowercase word the lexicon does not know, with a known word close to it.",
        garbleWeight: 0.5);

    /// <summary>Words run together.</summary>
    public static readonly DiagnosticDescriptor RunTogether = new(
        "TR4002",
        "Words run together",
        "'{0}' looks like two words run together: '{1} {2}'",
        DiagnosticCategory.Spelling,
        DiagnosticSeverity.Warning,
        description: "An unknown lowercase word that splits into two known words that often follow each other.");

    private const int MinimumLength = 3;

    [ThreadStatic]
    private static List<(TextSpan Span, string Word)>? scratch;
    private const int MaximumLength = 40;
    private const long MinimumBigramCount = 20_000;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Misspelling, RunTogether];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterSummarizedDocumentAction<RelativeWord[]>(Summarize, Analyze);

    /// <summary>The unknown words of one paragraph, offsets relative to its start: all the document step needs of it.</summary>
    private static RelativeWord[] Summarize(ParagraphAnalysisContext context)
    {
        // Most paragraphs have no unknown word: one list per thread serves them all.
        List<(TextSpan Span, string Word)> unknown = scratch ??= [];
        unknown.Clear();
        EnglishLexicon lexicon = EnglishLexicon.Default;
        for (int index = 0; index < context.SentenceCount; index++)
        {
            Sentence sentence = context.GetSentence(index);
            CollectUnknownWords(context.Text, context.Tokens, sentence.FirstToken, sentence.EndToken, lexicon, unknown);
        }

        int paragraphStart = context.Span.Start;
        return unknown.Count == 0 ? [] : unknown.Select(item => new RelativeWord(item.Span.Start - paragraphStart, item.Word)).ToArray();
    }

    /// <summary>
    /// Drops the unknown words the document itself vouches for — a word used twice is a term of the story, not a typo —
    /// and those the cl100k tokenizer holds whole, and reports the rest.
    /// </summary>
    private static void Analyze(SummarizedDocumentContext<RelativeWord[]> context)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (RelativeWord[] words in context.Summaries)
        {
            foreach (RelativeWord word in words)
            {
                uses[word.Word] = uses.GetValueOrDefault(word.Word) + 1;
            }
        }

        EnglishLexicon lexicon = EnglishLexicon.Default;
        for (int paragraph = 0; paragraph < context.Summaries.Length; paragraph++)
        {
            foreach (RelativeWord word in context.Summaries[paragraph])
            {
                // A word the cl100k tokenizer holds whole is common on the web, so a real word ("gastro"), not a typo: the
                // ablation in docs/quality.md shows it removes a quarter of the alarms on clean news for 4% of the recall.
                if (uses[word.Word] == 1 && !(context.Options.UseSubwordSignal && SubwordView.Cl100k.IsWholePiece(word.Word)))
                {
                    Report(context, lexicon, word.ToSpan(context.Paragraphs[paragraph]), word.Word);
                }
            }
        }
    }

    /// <summary>The unknown lowercase words of one sentence, unless the sentence is mostly unknown (another language, a list of terms).</summary>
    private static void CollectUnknownWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end, EnglishLexicon lexicon, List<(TextSpan, string)> unknown)
    {
        int lowercaseWords = 0;
        int unknownWords = 0;
        int start = unknown.Count;
        for (int index = first; index < end; index++)
        {
            Token token = tokens[index];
            if (token.Kind != TokenKind.Word || !token.Has(TokenShape.Lowercase))
            {
                continue;
            }

            lowercaseWords++;
            ReadOnlySpan<char> word = EnglishWords.WithoutPossessive(token.GetText(text));
            if (lexicon.Contains(word) || Morphology.IsKnownDerivation(lexicon, word))
            {
                continue;
            }

            unknownWords++;
            if (IsCandidate(token) && word.Length >= MinimumLength && !word.ContainsAny('\'', '\u2019')
                && !IsGluedToSymbol(text, tokens, index) && !FollowsForeignWord(text, tokens, index, lexicon))
            {
                unknown.Add((new TextSpan(token.Start, word.Length), StringPool.Get(word)));
            }
        }

        // Several unknown words, more than a quarter of the lowercase ones: not English prose to correct word by word.
        if (unknownWords >= 2 && unknownWords * 4 > lowercaseWords)
        {
            unknown.RemoveRange(start, unknown.Count - start);
        }
    }

    private static bool IsCandidate(Token token)
    {
        // Words with accents or other non-ASCII letters are foreign words and names, or damage for the encoding rules.
        const TokenShape Excluded = TokenShape.HasDigits | TokenShape.Initialism | TokenShape.NonAscii | TokenShape.Invisible | TokenShape.Hyphenated | TokenShape.MixedCase;
        return token.Has(TokenShape.Lowercase) && (token.Flags & Excluded) == 0 && token.Length <= MaximumLength;
    }

    private static void Report(SummarizedDocumentContext<RelativeWord[]> context, EnglishLexicon lexicon, TextSpan span, string word)
    {
        IReadOnlyList<SpellingSuggestion> suggestions = lexicon.Suggest(word, 3);
        if (TrySplit(lexicon, word, out int at, out long bigram) && (suggestions.Count == 0 || suggestions[0].Distance > 1 || bigram > suggestions[0].Count))
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
    /// word ("thecapital", "inthe"): two content words together are more often a closed compound ("lockdown").
    /// </summary>
    private static bool TrySplit(EnglishLexicon lexicon, ReadOnlySpan<char> word, out int at, out long bestCount)
    {
        at = -1;
        bestCount = 0;
        for (int split = 1; split < word.Length; split++)
        {
            ReadOnlySpan<char> left = word[..split];
            ReadOnlySpan<char> right = word[split..];
            bool leftKnown = left.Length > 1 ? lexicon.GetCount(left) > 0 : left is "a" or "i";
            if (!leftKnown || right.Length < 2 || lexicon.GetCount(right) == 0
                || !(EnglishWords.LowercaseFunctionWords.Contains(left) || EnglishWords.LowercaseFunctionWords.Contains(right) || left is "a"))
            {
                continue;
            }

            long count = lexicon.GetBigramCount(left, right);
            if (count > bestCount)
            {
                bestCount = count;
                at = split;
            }
        }

        return bestCount >= MinimumBigramCount;
    }

    /// <summary>Parts of addresses, file names and code: a word glued to a stop, slash, at sign or underscore.</summary>
    private static bool IsGluedToSymbol(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        bool gluedBefore = index > 0 && !tokens[index - 1].IsTrivia && text[tokens[index - 1].End - 1] is '.' or '/' or '@' or '_' or '#' or '\\';
        bool gluedAfter = index + 2 < tokens.Length && tokens[index + 1].Kind is TokenKind.Punctuation or TokenKind.Symbol
            && text[tokens[index + 1].Start] is '.' or '/' or '@' or '_' or '\\' && !tokens[index + 2].IsTrivia && tokens[index + 1].End == tokens[index + 2].Start;
        return gluedBefore || gluedAfter;
    }

    /// <summary>
    /// Words of a foreign phrase or name: the second word of a Latin name ("Carcharodon carcharias") follows a
    /// capitalized word the lexicon does not know; "en masse" and "en route" follow "en".
    /// </summary>
    private static bool FollowsForeignWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, EnglishLexicon lexicon)
    {
        int previous = TokenNavigation.PreviousContent(tokens, index);
        if (previous < 0 || previous != index - 2 || tokens[previous].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> before = tokens[previous].GetText(text);
        return before is "en" || (tokens[previous].Has(TokenShape.Capitalized) && !lexicon.Contains(before));
    }
}
