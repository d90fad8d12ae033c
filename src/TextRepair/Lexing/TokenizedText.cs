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

    /// <summary>
    /// The tables of <paramref name="text"/>, made from <paramref name="previous"/> (the tables of the text before
    /// <paramref name="change"/>) by lexing and segmenting again only the lines the change touched, widened by one
    /// paragraph on each side, and moving the rest. Lines are lexed and segmented independently of each other (a line
    /// break ends every token and every paragraph), so the result equals a fresh <see cref="Create(SourceText)"/>; when
    /// the change cannot be placed that way, this is a fresh one.
    /// </summary>
    internal static TokenizedText Create(SourceText text, TokenizedText previous, TextChangeRange change)
    {
        ReadOnlySpan<Paragraph> paragraphs = previous.Paragraphs;
        ReadOnlySpan<Token> tokens = previous.Tokens;
        ReadOnlySpan<Sentence> sentences = previous.Sentences;
        int changeStart = change.Span.Start;
        int changeEnd = change.Span.End;
        if (paragraphs.Length == 0)
        {
            return Create(text);
        }

        // The paragraphs around the change: the last starting at or before it, the first ending at or after it, and
        // one more on each side (an edit may join or split lines next to it).
        int first = 0;
        while (first + 1 < paragraphs.Length && paragraphs[first + 1].Span.Start <= changeStart)
        {
            first++;
        }

        int last = first;
        while (last + 1 < paragraphs.Length && paragraphs[last].Span.End < changeEnd)
        {
            last++;
        }

        first = Math.Max(0, first - 1);
        last = Math.Min(paragraphs.Length - 1, last + 1);
        int firstToken = first == 0 ? 0 : paragraphs[first].FirstToken;
        int endToken = last + 1 < paragraphs.Length ? paragraphs[last + 1].FirstToken : tokens.Length;
        int regionStart = firstToken < tokens.Length ? tokens[firstToken].Start : previous.Text.Length;
        int regionEnd = endToken < tokens.Length ? tokens[endToken].Start : previous.Text.Length;
        if (regionStart > changeStart || regionEnd < changeEnd)
        {
            return Create(text);
        }

        int delta = change.NewLength - change.Span.Length;
        var region = new TokenBuffer();
        var buffer = new TokenBuffer(tokens.Length + 64);
        var newParagraphs = new PooledList<Paragraph>();
        var newSentences = new PooledList<Sentence>();
        try
        {
            Lexer.Tokenize(text.AsSpan().Slice(regionStart, regionEnd + delta - regionStart), region);
            foreach (Token token in tokens[..firstToken])
            {
                buffer.Add(token);
            }

            foreach (Token token in region.AsSpan())
            {
                buffer.Add(new Token(token.Kind, token.Flags, token.Start + regionStart, token.Length));
            }

            int tokenDelta = region.Count - (endToken - firstToken);
            foreach (Token token in tokens[endToken..])
            {
                buffer.Add(new Token(token.Kind, token.Flags, token.Start + delta, token.Length));
            }

            int firstSentence = first == 0 ? 0 : paragraphs[first].FirstSentence;
            int endSentence = last + 1 < paragraphs.Length ? paragraphs[last + 1].FirstSentence : sentences.Length;
            foreach (Paragraph paragraph in paragraphs[..first])
            {
                newParagraphs.Add(paragraph);
            }

            foreach (Sentence sentence in sentences[..firstSentence])
            {
                newSentences.Add(sentence);
            }

            // Segment the new lines on their own; their indices are then those of the whole table.
            var regionParagraphs = new List<Paragraph>();
            var regionSentences = new List<Sentence>();
            Segmenter.Segment(text.AsSpan(), buffer.AsSpan().Slice(firstToken, region.Count), regionParagraphs, regionSentences);
            foreach (Paragraph paragraph in regionParagraphs)
            {
                newParagraphs.Add(paragraph with { FirstToken = paragraph.FirstToken + firstToken, FirstSentence = paragraph.FirstSentence + firstSentence });
            }

            foreach (Sentence sentence in regionSentences)
            {
                newSentences.Add(sentence with { FirstToken = sentence.FirstToken + firstToken });
            }

            int sentenceDelta = regionSentences.Count - (endSentence - firstSentence);
            foreach (Paragraph paragraph in paragraphs[(last + 1)..])
            {
                newParagraphs.Add(paragraph with
                {
                    Span = new TextSpan(paragraph.Span.Start + delta, paragraph.Span.Length),
                    FirstToken = paragraph.FirstToken + tokenDelta,
                    FirstSentence = paragraph.FirstSentence + sentenceDelta,
                });
            }

            foreach (Sentence sentence in sentences[endSentence..])
            {
                newSentences.Add(sentence with { Span = new TextSpan(sentence.Span.Start + delta, sentence.Span.Length), FirstToken = sentence.FirstToken + tokenDelta });
            }

            return new TokenizedText(text, buffer, newParagraphs, newSentences);
        }
        catch
        {
            buffer.Dispose();
            newParagraphs.Dispose();
            newSentences.Dispose();
            throw;
        }
        finally
        {
            region.Dispose();
        }
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
