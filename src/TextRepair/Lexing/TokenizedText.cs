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
    private bool detached;

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
        return Create(text, text.AsSpan());
    }

    /// <summary>Lexes and segments <paramref name="characters"/>, which are (a slice of) <paramref name="text"/>.</summary>
    internal static TokenizedText Create(SourceText text, ReadOnlySpan<char> characters)
    {
        var buffer = new TokenBuffer(Math.Max(256, characters.Length / 4));
        Lexer.Tokenize(characters, buffer);
        var paragraphList = new PooledList<Paragraph>();
        var sentenceList = new PooledList<Sentence>();
        Segmenter.Segment(characters, buffer.AsSpan(), paragraphList, sentenceList);
        return new TokenizedText(text, buffer, paragraphList, sentenceList);
    }

    /// <summary>The text.</summary>
    public SourceText Text { get; }

    /// <summary>Every token of the text, in order.</summary>
    public ReadOnlySpan<Token> Tokens => tokens.AsSpan();

    /// <summary>The paragraphs, in order.</summary>
    public ReadOnlySpan<Paragraph> Paragraphs => paragraphs.AsSpan();

    /// <summary>The sentences of every paragraph, in order.</summary>
    public ReadOnlySpan<Sentence> Sentences => sentences.AsSpan();

    /// <summary>
    /// Appends the paragraphs, each over these tables and with a new id, to <paramref name="into"/>, and returns the number
    /// of characters before the first one. They read the pooled tables: valid until this object is disposed, unless it
    /// is <see cref="Detach">detached</see>.
    /// </summary>
    /// <param name="into">The list to append to.</param>
    /// <param name="textLength">The length of the text lexed, for the gap after the last paragraph.</param>
    internal int GetLexedParagraphs(List<LexedParagraph> into, int textLength)
    {
        ReadOnlySpan<Paragraph> all = paragraphs.AsSpan();
        Token[] tokenTable = tokens.Array;
        Sentence[] sentenceTable = sentences.Array;
        for (int index = 0; index < all.Length; index++)
        {
            int next = index + 1 < all.Length ? all[index + 1].Span.Start : textLength;
            into.Add(new LexedParagraph(LexedParagraph.NewId(), all[index], tokenTable, sentenceTable, next - all[index].Span.End));
        }

        return all.Length > 0 ? all[0].Span.Start : textLength;
    }

    /// <summary>Gives the tables up to the paragraphs made from them: dispose no longer returns them to their pools.</summary>
    internal void Detach() => detached = true;

    /// <summary>Returns the token, paragraph and sentence tables to their pools.</summary>
    public void Dispose()
    {
        if (!detached)
        {
            tokens.Dispose();
            paragraphs.Dispose();
            sentences.Dispose();
        }
    }
}
