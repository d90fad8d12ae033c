using TextRepair.Text;

namespace TextRepair.Lexing;

/// <summary>
/// A text with its token table, paragraphs and sentences: what analyzers read. The tables are rented from pools;
/// dispose this object to return them.
/// </summary>
public sealed class TokenizedText : IDisposable
{
    // A fresh tokenization: every token in one pooled table, document offsets.
    private readonly TokenBuffer? tokens;
    private readonly PooledList<Paragraph>? pooledParagraphs;
    private readonly PooledList<Sentence>? pooledSentences;

    // A tokenization made from an earlier one: each paragraph's tokens in an array of its own, shared with the earlier
    // tables where the edit left the paragraph alone (see the incremental Create).
    private readonly Token[]? leadingTokens;
    private readonly Token[][]? paragraphTokens;
    private readonly Paragraph[]? paragraphArray;
    private readonly Sentence[]? sentenceArray;
    private readonly int tokenCount;
    private Token[]? materialized;

    private TokenizedText(SourceText text, TokenBuffer tokens, PooledList<Paragraph> paragraphs, PooledList<Sentence> sentences)
    {
        Text = text;
        this.tokens = tokens;
        pooledParagraphs = paragraphs;
        pooledSentences = sentences;
    }

    private TokenizedText(SourceText text, Token[] leadingTokens, Token[][] paragraphTokens, Paragraph[] paragraphs, Sentence[] sentences, int tokenCount)
    {
        Text = text;
        this.leadingTokens = leadingTokens;
        this.paragraphTokens = paragraphTokens;
        paragraphArray = paragraphs;
        sentenceArray = sentences;
        this.tokenCount = tokenCount;
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
    /// paragraph on each side. Lines are lexed and segmented independently of each other (a line break ends every
    /// token and every paragraph), so the result equals a fresh <see cref="Create(SourceText)"/>; when the change cannot
    /// be placed that way, this is a fresh one.
    /// </summary>
    /// <remarks>
    /// The result keeps each paragraph's tokens in an array of its own, relative to the paragraph's start (with the white
    /// space and line breaks up to the next paragraph): the paragraphs the change did not touch share their arrays with
    /// <paramref name="previous"/>, whatever the change moved, so a small edit allocates for the edited lines and the
    /// paragraph and sentence rows, not for every token of the document. The document-wide <see cref="Tokens"/> of
    /// such tables is put together only if someone asks for it.
    /// </remarks>
    internal static TokenizedText Create(SourceText text, TokenizedText previous, TextChangeRange change)
    {
        ReadOnlySpan<Paragraph> paragraphs = previous.Paragraphs;
        ReadOnlySpan<Sentence> sentences = previous.Sentences;
        int changeStart = change.Span.Start;
        int changeEnd = change.Span.End;
        if (paragraphs.Length == 0)
        {
            return Create(text);
        }

        // The paragraphs around the change: the last starting at or before it, the first ending at or after it, and
        // one more on each side (an edit may join or split lines next to it).
        int first = LastStartingAtOrBefore(paragraphs, changeStart);
        int last = first;
        while (last + 1 < paragraphs.Length && paragraphs[last].Span.End < changeEnd)
        {
            last++;
        }

        first = Math.Max(0, first - 1);
        last = Math.Min(paragraphs.Length - 1, last + 1);
        int regionStart = first == 0 ? 0 : paragraphs[first].Span.Start;
        int regionEnd = last + 1 < paragraphs.Length ? paragraphs[last + 1].Span.Start : previous.Text.Length;
        if (regionStart > changeStart || regionEnd < changeEnd)
        {
            return Create(text);
        }

        int delta = change.NewLength - change.Span.Length;
        using var region = new TokenBuffer();
        ReadOnlySpan<char> regionText = text.AsSpan().Slice(regionStart, regionEnd + delta - regionStart);
        Lexer.Tokenize(regionText, region);
        var regionParagraphs = new List<Paragraph>();
        var regionSentences = new List<Sentence>();
        Segmenter.Segment(regionText, region.AsSpan(), regionParagraphs, regionSentences);

        // Token indices of a document-wide table, as a fresh tokenization numbers them: the region's first token takes
        // the index the old region's first token had.
        int baseToken = first == 0 ? 0 : paragraphs[first].FirstToken;
        int oldRegionEndToken = last + 1 < paragraphs.Length ? paragraphs[last + 1].FirstToken : previous.TokenCount;
        int tokenDelta = region.Count - (oldRegionEndToken - baseToken);
        int firstSentence = first == 0 ? 0 : paragraphs[first].FirstSentence;
        int endSentence = last + 1 < paragraphs.Length ? paragraphs[last + 1].FirstSentence : sentences.Length;
        int sentenceDelta = regionSentences.Count - (endSentence - firstSentence);

        int newCount = paragraphs.Length - (last + 1 - first) + regionParagraphs.Count;
        var newParagraphs = new Paragraph[newCount];
        var newTokens = new Token[newCount][];
        var newSentences = new Sentence[sentences.Length + sentenceDelta];
        Token[] leading = previous.GetLeadingTokens();
        for (int index = 0; index < first; index++)
        {
            newParagraphs[index] = paragraphs[index];
            newTokens[index] = previous.GetParagraphArray(index);
        }

        // White space before the region's first paragraph is the trailing gap of the paragraph before the region (or,
        // at the document's start, the leading tokens).
        int regionLead = regionParagraphs.Count > 0 ? regionParagraphs[0].FirstToken : region.Count;
        if (regionLead > 0)
        {
            if (first == 0)
            {
                leading = Shift(region.AsSpan()[..regionLead], 0);
            }
            else
            {
                Token[] gapOwner = newTokens[first - 1];
                int ownerStart = paragraphs[first - 1].Span.Start;
                newTokens[first - 1] = [.. gapOwner, .. Shift(region.AsSpan()[..regionLead], ownerStart - regionStart)];
            }
        }
        else if (first == 0)
        {
            leading = [];
        }

        for (int index = 0; index < regionParagraphs.Count; index++)
        {
            Paragraph paragraph = regionParagraphs[index];
            int tokenEnd = index + 1 < regionParagraphs.Count ? regionParagraphs[index + 1].FirstToken : region.Count;
            newTokens[first + index] = Shift(region.AsSpan()[paragraph.FirstToken..tokenEnd], paragraph.Span.Start);
            newParagraphs[first + index] = paragraph with
            {
                Span = new TextSpan(paragraph.Span.Start + regionStart, paragraph.Span.Length),
                FirstToken = paragraph.FirstToken + baseToken,
                FirstSentence = paragraph.FirstSentence + firstSentence,
            };
        }

        for (int index = last + 1; index < paragraphs.Length; index++)
        {
            Paragraph paragraph = paragraphs[index];
            int at = index - (last + 1) + first + regionParagraphs.Count;
            newTokens[at] = previous.GetParagraphArray(index);
            newParagraphs[at] = paragraph with
            {
                Span = new TextSpan(paragraph.Span.Start + delta, paragraph.Span.Length),
                FirstToken = paragraph.FirstToken + tokenDelta,
                FirstSentence = paragraph.FirstSentence + sentenceDelta,
            };
        }

        sentences[..firstSentence].CopyTo(newSentences);
        for (int index = 0; index < regionSentences.Count; index++)
        {
            Sentence sentence = regionSentences[index];
            newSentences[firstSentence + index] = sentence with
            {
                Span = new TextSpan(sentence.Span.Start + regionStart, sentence.Span.Length),
                FirstToken = sentence.FirstToken + baseToken,
            };
        }

        for (int index = endSentence; index < sentences.Length; index++)
        {
            Sentence sentence = sentences[index];
            newSentences[index + sentenceDelta] = sentence with { Span = new TextSpan(sentence.Span.Start + delta, sentence.Span.Length), FirstToken = sentence.FirstToken + tokenDelta };
        }

        return new TokenizedText(text, leading, newTokens, newParagraphs, newSentences, previous.TokenCount + tokenDelta);
    }

    /// <summary>
    /// These tables with each paragraph's tokens in an array of its own (this object when they are already), for a
    /// version that later versions will be made from: the first edit then shares the arrays instead of cutting them out
    /// of the pooled table, which would cost what a fresh tokenization costs. The pooled table stays with this object.
    /// </summary>
    internal TokenizedText WithParagraphArrays()
    {
        if (paragraphTokens is not null)
        {
            return this;
        }

        ReadOnlySpan<Paragraph> all = Paragraphs;
        var arrays = new Token[all.Length][];
        for (int index = 0; index < arrays.Length; index++)
        {
            arrays[index] = GetParagraphArray(index);
        }

        return new TokenizedText(Text, GetLeadingTokens(), arrays, all.ToArray(), Sentences.ToArray(), TokenCount);
    }

    /// <summary>
    /// An array whose first <see cref="Paragraph.TokenCount"/> entries are the tokens of paragraph
    /// <paramref name="index"/>, relative to its start: the paragraph's own array in tables made from earlier ones,
    /// else <paramref name="buffer"/>, written (and grown when too small).
    /// </summary>
    internal Token[] GetParagraphTokens(int index, ref Token[] buffer)
    {
        if (paragraphTokens is not null)
        {
            return paragraphTokens[index];
        }

        Paragraph paragraph = Paragraphs[index];
        if (buffer.Length < paragraph.TokenCount)
        {
            buffer = new Token[Math.Max(paragraph.TokenCount, buffer.Length * 2)];
        }

        Move(tokens!.AsSpan().Slice(paragraph.FirstToken, paragraph.TokenCount), buffer, -paragraph.Span.Start);
        return buffer;
    }

    /// <summary>How many tokens the whole text has.</summary>
    private int TokenCount => tokens?.Count ?? tokenCount;

    /// <summary>The tokens of paragraph <paramref name="index"/> and the white space after it, relative to its start, in an array of their own.</summary>
    private Token[] GetParagraphArray(int index)
    {
        if (paragraphTokens is not null)
        {
            return paragraphTokens[index];
        }

        ReadOnlySpan<Paragraph> all = Paragraphs;
        int end = index + 1 < all.Length ? all[index + 1].FirstToken : tokens!.Count;
        return Shift(tokens!.AsSpan()[all[index].FirstToken..end], all[index].Span.Start);
    }

    /// <summary>The tokens before the first paragraph (document offsets, which are their own: they start at 0).</summary>
    private Token[] GetLeadingTokens() =>
        leadingTokens ?? (Paragraphs.Length == 0 ? [.. tokens!.AsSpan()] : [.. tokens!.AsSpan()[..Paragraphs[0].FirstToken]]);

    private static int LastStartingAtOrBefore(ReadOnlySpan<Paragraph> paragraphs, int position)
    {
        int low = 0;
        int high = paragraphs.Length - 1;
        while (low < high)
        {
            int middle = (low + high + 1) >> 1;
            if (paragraphs[middle].Span.Start <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>A copy of <paramref name="tokens"/> with <paramref name="origin"/> subtracted from their offsets.</summary>
    private static Token[] Shift(ReadOnlySpan<Token> tokens, int origin)
    {
        var moved = new Token[tokens.Length];
        Move(tokens, moved, -origin);
        return moved;
    }

    /// <summary>Writes <paramref name="source"/> to <paramref name="destination"/>, each offset moved by <paramref name="delta"/>.</summary>
    private static void Move(ReadOnlySpan<Token> source, Span<Token> destination, int delta)
    {
        for (int index = 0; index < source.Length; index++)
        {
            Token token = source[index];
            destination[index] = new Token(token.Kind, token.Flags, token.Start + delta, token.Length);
        }
    }

    private ReadOnlySpan<Token> Materialize()
    {
        if (Volatile.Read(ref materialized) is { } done)
        {
            return done;
        }

        var all = new Token[tokenCount];
        leadingTokens!.CopyTo(all, 0);
        int written = leadingTokens.Length;
        ReadOnlySpan<Paragraph> paragraphsOfText = Paragraphs;
        for (int index = 0; index < paragraphsOfText.Length; index++)
        {
            Token[] own = paragraphTokens![index];
            Move(own, all.AsSpan(written), paragraphsOfText[index].Span.Start);
            written += own.Length;
        }

        Interlocked.CompareExchange(ref materialized, all, null);
        return materialized;
    }

    /// <summary>The text.</summary>
    public SourceText Text { get; }

    /// <summary>Every token of the text, in order.</summary>
    public ReadOnlySpan<Token> Tokens => tokens is not null ? tokens.AsSpan() : Materialize();

    /// <summary>The paragraphs, in order.</summary>
    public ReadOnlySpan<Paragraph> Paragraphs => pooledParagraphs is not null ? pooledParagraphs.AsSpan() : paragraphArray;

    /// <summary>The sentences of every paragraph, in order.</summary>
    public ReadOnlySpan<Sentence> Sentences => pooledSentences is not null ? pooledSentences.AsSpan() : sentenceArray;

    /// <summary>Returns the token, paragraph and sentence tables to their pools (tables made from earlier ones hold none).</summary>
    public void Dispose()
    {
        tokens?.Dispose();
        pooledParagraphs?.Dispose();
        pooledSentences?.Dispose();
    }
}
