using TextRepair.Text;

namespace TextRepair.Lexing;

/// <summary>
/// A text with its token table, paragraphs and sentences: what analyzers read. The tables are rented from pools;
/// dispose this object to return them.
/// </summary>
public sealed class TokenizedText : IDisposable
{
    private readonly TokenBuffer tokens;
    private readonly PooledList<Paragraph> paragraphs;
    private readonly PooledList<Sentence> sentences;

    private TokenizedText(SourceText text, TokenBuffer tokens, PooledList<Paragraph> paragraphs, PooledList<Sentence> sentences)
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
        var paragraphs = new PooledList<Paragraph>();
        var sentences = new PooledList<Sentence>();
        Segmenter.Segment(text.AsSpan(), buffer.AsSpan(), paragraphs, sentences);
        return new TokenizedText(text, buffer, paragraphs, sentences);
    }

    /// <summary>The text.</summary>
    public SourceText Text { get; }

    /// <summary>Every token of the text, in order.</summary>
    public ReadOnlySpan<Token> Tokens => tokens.AsSpan();

    /// <summary>The paragraphs, in order.</summary>
    public ReadOnlySpan<Paragraph> Paragraphs => paragraphs.AsSpan();

    /// <summary>The sentences of every paragraph, in order.</summary>
    public ReadOnlySpan<Sentence> Sentences => sentences.AsSpan();

    /// <summary>Returns the token, paragraph and sentence tables to their pools.</summary>
    public void Dispose()
    {
        tokens.Dispose();
        paragraphs.Dispose();
        sentences.Dispose();
    }
}
