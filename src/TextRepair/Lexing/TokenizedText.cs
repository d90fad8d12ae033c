using TextRepair.Text;

namespace TextRepair.Lexing;

/// <summary>
/// A text with its token table, paragraphs and sentences: what analyzers read. The token table is rented from a pool;
/// dispose this object to return it.
/// </summary>
public sealed class TokenizedText : IDisposable
{
    private readonly TokenBuffer tokens;
    private readonly Paragraph[] paragraphs;
    private readonly Sentence[] sentences;

    private TokenizedText(SourceText text, TokenBuffer tokens, Paragraph[] paragraphs, Sentence[] sentences)
    {
        Text = text;
        this.tokens = tokens;
        this.paragraphs = paragraphs;
        this.sentences = sentences;
    }

    /// <summary>Lexes and segments <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    public static TokenizedText Create(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new TokenBuffer();
        Lexer.Tokenize(text.AsSpan(), buffer);
        var paragraphList = new List<Paragraph>();
        var sentenceList = new List<Sentence>();
        Segmenter.Segment(text.AsSpan(), buffer.AsSpan(), paragraphList, sentenceList);
        return new TokenizedText(text, buffer, paragraphList.ToArray(), sentenceList.ToArray());
    }

    /// <summary>The text.</summary>
    public SourceText Text { get; }

    /// <summary>Every token of the text, in order.</summary>
    public ReadOnlySpan<Token> Tokens => tokens.AsSpan();

    /// <summary>The paragraphs, in order.</summary>
    public ReadOnlySpan<Paragraph> Paragraphs => paragraphs;

    /// <summary>The sentences of every paragraph, in order.</summary>
    public ReadOnlySpan<Sentence> Sentences => sentences;

    /// <summary>Returns the token table to its pool.</summary>
    public void Dispose() => tokens.Dispose();
}
