using TextRepair.Language;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What an action may see: one paragraph's tokens and sentences, the tokens of its two neighbours, and the document's
/// characters for reading token text. Token indices are relative to the paragraph; token offsets are the document's.
/// One scope serves a whole analysis and moves from paragraph to paragraph, so contexts carry a reference, not a copy.
/// </summary>
internal sealed class ParagraphScope
{
    private readonly TokenizedText tokenized;
    private Paragraph paragraph;

    public ParagraphScope(TokenizedText tokenized, DiagnosticSink sink, LanguageResources language)
    {
        this.tokenized = tokenized;
        Sink = sink;
        Language = language;
    }

    public DiagnosticSink Sink { get; }

    public LanguageResources Language { get; }

    public int Index { get; private set; }

    public ReadOnlySpan<char> Text => tokenized.Text.AsSpan();

    public ReadOnlySpan<Token> Tokens => tokenized.Tokens.Slice(paragraph.FirstToken, paragraph.TokenCount);

    public ReadOnlySpan<Sentence> Sentences => tokenized.Sentences.Slice(paragraph.FirstSentence, paragraph.SentenceCount);

    public TextSpan Span => paragraph.Span;

    public TokenShape Shape => paragraph.Shape;

    public bool HasPrevious => Index > 0;

    public bool HasNext => Index + 1 < tokenized.Paragraphs.Length;

    public ReadOnlySpan<Token> PreviousTokens => HasPrevious ? TokensOf(tokenized.Paragraphs[Index - 1]) : default;

    public ReadOnlySpan<Token> NextTokens => HasNext ? TokensOf(tokenized.Paragraphs[Index + 1]) : default;

    /// <summary>Moves the scope to paragraph <paramref name="index"/>.</summary>
    public void MoveTo(int index)
    {
        Index = index;
        paragraph = tokenized.Paragraphs[index];
    }

    /// <summary>The sentence <paramref name="index"/> of the paragraph, with token indices relative to the paragraph.</summary>
    public Sentence GetSentence(int index)
    {
        Sentence sentence = tokenized.Sentences[paragraph.FirstSentence + index];
        return sentence with { FirstToken = sentence.FirstToken - paragraph.FirstToken };
    }

    /// <summary>Adds <paramref name="points"/> to the garble score of the paragraph's sentence <paramref name="index"/>.</summary>
    public void AddSentenceScore(int index, double points) => Sink.AddSentenceScore(paragraph.FirstSentence + index, points);

    private ReadOnlySpan<Token> TokensOf(Paragraph other) => tokenized.Tokens.Slice(other.FirstToken, other.TokenCount);
}
