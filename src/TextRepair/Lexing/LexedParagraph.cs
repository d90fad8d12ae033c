using TextRepair.Text;

namespace TextRepair.Lexing;

/// <summary>
/// One paragraph with the tables it was lexed into, as a version of a document holds it: nothing in it says where the
/// paragraph stands in the document, so a later version takes it over unchanged wherever an edit moved it.
/// </summary>
/// <remarks>
/// The tables are those of the text the paragraph was lexed from (a whole document, or the lines around an edit) and
/// may hold other paragraphs too: <see cref="Paragraph"/> locates this one in them. Two paragraphs with one
/// <see cref="Id"/> have the same characters and so the same tables: lexing and segmenting read a line alone.
/// </remarks>
internal readonly struct LexedParagraph
{
    private static long lastId;

    public LexedParagraph(long id, Paragraph paragraph, Token[] tokens, Sentence[] sentences, int gapLength)
    {
        Id = id;
        Paragraph = paragraph;
        Tokens = tokens;
        Sentences = sentences;
        GapLength = gapLength;
    }

    /// <summary>Names the paragraph's characters: a paragraph lexed again with other characters gets a new one.</summary>
    public long Id { get; }

    /// <summary>The paragraph in its tables: its span in the text it was lexed from, its first token and sentence.</summary>
    public Paragraph Paragraph { get; }

    /// <summary>The token table the paragraph's tokens are in.</summary>
    public Token[] Tokens { get; }

    /// <summary>The sentence table the paragraph's sentences are in.</summary>
    public Sentence[] Sentences { get; }

    /// <summary>The characters after the paragraph up to the next one (line breaks, blank lines), or to the end of the text.</summary>
    public int GapLength { get; }

    /// <summary>The paragraph's length, without the gap after it.</summary>
    public int Length => Paragraph.Span.Length;

    /// <summary>The paragraph's length with the gap after it: where the next paragraph starts, from this one's start.</summary>
    public int LengthWithGap => Paragraph.Span.Length + GapLength;

    /// <summary>A new identity, for a paragraph whose characters are new.</summary>
    public static long NewId() => Interlocked.Increment(ref lastId);

    /// <summary>This paragraph followed by a gap of another length.</summary>
    public LexedParagraph WithGap(int gapLength) => new(Id, Paragraph, Tokens, Sentences, gapLength);

    /// <summary>Writes the paragraph's tokens to <paramref name="destination"/>, offsets relative to the paragraph's start.</summary>
    public void CopyRelativeTokensTo(Span<Token> destination)
    {
        ReadOnlySpan<Token> own = Tokens.AsSpan(Paragraph.FirstToken, Paragraph.TokenCount);
        int origin = Paragraph.Span.Start;
        for (int index = 0; index < own.Length; index++)
        {
            Token token = own[index];
            destination[index] = new Token(token.Kind, token.Flags, token.Start - origin, token.Length);
        }
    }

    /// <summary>The paragraph's sentence <paramref name="index"/>, relative to the paragraph (span) and to its tokens (indices).</summary>
    public Sentence GetRelativeSentence(int index)
    {
        Sentence sentence = Sentences[Paragraph.FirstSentence + index];
        return new Sentence(new TextSpan(sentence.Span.Start - Paragraph.Span.Start, sentence.Span.Length), sentence.FirstToken - Paragraph.FirstToken, sentence.TokenCount);
    }
}
