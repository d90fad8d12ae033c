using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What an action may see: one paragraph's tokens and sentences, the tokens of its two neighbours, and the document's
/// characters for reading token text. Token indices are relative to the paragraph; token offsets are the document's.
/// </summary>
internal readonly ref struct ParagraphScope
{
    public ParagraphScope(
        ReadOnlySpan<char> text,
        ReadOnlySpan<Token> tokens,
        ReadOnlySpan<Sentence> sentences,
        int tokenBase,
        TextSpan span,
        TokenShape shape,
        ReadOnlySpan<Token> previousTokens,
        ReadOnlySpan<Token> nextTokens,
        bool hasPrevious,
        bool hasNext,
        DiagnosticSink sink)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        TokenBase = tokenBase;
        Span = span;
        Shape = shape;
        PreviousTokens = previousTokens;
        NextTokens = nextTokens;
        HasPrevious = hasPrevious;
        HasNext = hasNext;
        Sink = sink;
    }

    public ReadOnlySpan<char> Text { get; }

    public ReadOnlySpan<Token> Tokens { get; }

    public ReadOnlySpan<Sentence> Sentences { get; }

    public int TokenBase { get; }

    public TextSpan Span { get; }

    public TokenShape Shape { get; }

    public ReadOnlySpan<Token> PreviousTokens { get; }

    public ReadOnlySpan<Token> NextTokens { get; }

    public bool HasPrevious { get; }

    public bool HasNext { get; }

    public DiagnosticSink Sink { get; }

    /// <summary>The sentence <paramref name="index"/> of the paragraph, with token indices relative to the paragraph.</summary>
    public Sentence GetSentence(int index)
    {
        Sentence sentence = Sentences[index];
        return sentence with { FirstToken = sentence.FirstToken - TokenBase };
    }
}
