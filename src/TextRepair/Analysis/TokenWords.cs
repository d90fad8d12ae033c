using TextRepair.Language;
using TextRepair.Lexing;

namespace TextRepair.Analysis;

/// <summary>
/// What the language resources say of the word tokens of the paragraph a scope stands on, each token looked up in the
/// lexicon once, by whichever rule asks first. The spelling, fluency and fragment rules each read every word of a
/// text, in the lexicon, the word-sequence model and the word-class table: three probes of tables of megabytes per word
/// (490,000 per megabyte of news), where one probe and two kept answers (<see cref="LexiconLinks"/>) do.
/// </summary>
/// <remarks>Token indices are relative to the paragraph, as <see cref="ParagraphScope.Tokens"/> are.</remarks>
internal sealed class TokenWords
{
    private const int NotLookedUp = int.MinValue;

    private readonly ParagraphScope scope;
    private int[] lexiconIndices = new int[256];
    private LexiconLinks? links;

    /// <summary>The words of the paragraphs <paramref name="scope"/> stands on.</summary>
    public TokenWords(ParagraphScope scope) => this.scope = scope;

    private LexiconLinks Links => links ??= scope.Language.Links;

    /// <summary>Forgets the answers of the paragraph before: the scope has moved to one of <paramref name="tokenCount"/> tokens.</summary>
    public void Reset(int tokenCount)
    {
        if (lexiconIndices.Length < tokenCount)
        {
            lexiconIndices = new int[Math.Max(tokenCount, lexiconIndices.Length * 2)];
        }

        lexiconIndices.AsSpan(0, tokenCount).Fill(NotLookedUp);
    }

    /// <summary>Whether the lexicon knows the text of token <paramref name="token"/> (in any case).</summary>
    public bool IsInLexicon(int token) => GetLexiconIndex(token) >= 0;

    /// <summary>The word-sequence model's id of the text of token <paramref name="token"/> (in any case), or <see cref="WordSequenceModel.NoWord"/>.</summary>
    public int GetModelId(int token)
    {
        int lexiconIndex = GetLexiconIndex(token);
        ReadOnlySpan<char> word = TextOf(token);
        return lexiconIndex >= 0 ? Links.GetModelId(lexiconIndex, word) : scope.Language.WordSequences.GetWordId(word);
    }

    /// <summary>
    /// The word classes of the text of token <paramref name="token"/> and, in <paramref name="primaryClass"/>, its most
    /// frequent one: what <see cref="PartOfSpeechLexicon.GetClasses(ReadOnlySpan{char}, out WordClass)"/> answers.
    /// </summary>
    public WordClass GetClasses(int token, out WordClass primaryClass)
    {
        ReadOnlySpan<char> word = TextOf(token);

        // The word-class table is case-sensitive: a kept entry answers for one spelling of a lexicon word only, its
        // folded form or that with a capital first letter (LexiconLinks).
        int capitalAt = word.IndexOfAnyInRange('A', 'Z');
        bool capitalized = capitalAt == 0 && !word[1..].ContainsAnyInRange('A', 'Z');
        int lexiconIndex = (capitalAt < 0 || capitalized) && System.Text.Ascii.IsValid(word) ? GetLexiconIndex(token) : -1;
        return lexiconIndex >= 0
            ? Links.GetWordClasses(lexiconIndex, word, capitalized, out primaryClass)
            : scope.Language.PartsOfSpeech.GetClasses(word, out primaryClass);
    }

    private int GetLexiconIndex(int token)
    {
        int index = lexiconIndices[token];
        if (index == NotLookedUp)
        {
            index = scope.Language.Lexicon.IndexOf(TextOf(token));
            lexiconIndices[token] = index;
        }

        return index;
    }

    private ReadOnlySpan<char> TextOf(int token) => scope.Tokens[token].GetText(scope.Text);
}
