using Microsoft.ML.Tokenizers;

namespace TextRepair.Lexicon;

/// <summary>
/// How a language-model tokenizer (cl100k, the tokenizer of GPT-4) splits a word: a word its vocabulary holds whole is a
/// word the web writes often, which a typo almost never is (" gastro" is one piece, " goverment" is " gover|ment").
/// It runs only on the few words the lexicon does not know, never on the hot path; the tokenizer is created on first
/// use (about 100 ms).
/// </summary>
public sealed class SubwordView
{
    private static readonly Lazy<SubwordView> Instance = new(() => new SubwordView(TiktokenTokenizer.CreateForModel("gpt-4")));
    private readonly Tokenizer tokenizer;

    /// <summary>A view over any Microsoft.ML.Tokenizers tokenizer.</summary>
    public SubwordView(Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        this.tokenizer = tokenizer;
    }

    /// <summary>The cl100k view, created on first use.</summary>
    public static SubwordView Cl100k => Instance.Value;

    /// <summary>How many pieces the word takes after a space, as it stands in running text.</summary>
    public int CountPieces(ReadOnlySpan<char> word)
    {
        Span<char> spaced = word.Length < 128 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        spaced[0] = ' ';
        word.CopyTo(spaced[1..]);
        return tokenizer.CountTokens(spaced);
    }

    /// <summary>Whether the tokenizer holds the word whole: a word of real text rather than a typo.</summary>
    public bool IsWholePiece(ReadOnlySpan<char> word) => CountPieces(word) == 1;
}
