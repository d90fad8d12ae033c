using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What an action may see: one paragraph's characters, tokens and sentences, and the characters and tokens of its two
/// neighbours, each relative to its own paragraph's start (offset 0 is the paragraph's first character). Nothing else
/// of the document is in reach, so an action's result depends only on the paragraph's window and stays valid wherever
/// an edit moves the window: what incremental analysis relies on when it takes a paragraph's results over unchanged.
/// What an action reports is moved to document offsets here, on the way to the sink.
/// One scope serves a whole analysis and moves from paragraph to paragraph, so contexts carry a reference, not a copy;
/// the relative tables are rewritten in buffers the scope keeps.
/// </summary>
internal sealed class ParagraphScope
{
    private readonly TokenizedText tokenized;
    private readonly RelativeTokens current = new();
    private readonly RelativeTokens previous = new();
    private readonly RelativeTokens next = new();
    private Sentence[] sentences = new Sentence[16];
    private Paragraph paragraph;
    private int sentenceCount;

    public ParagraphScope(TokenizedText tokenized, DiagnosticSink sink, LanguageResources language)
    {
        this.tokenized = tokenized;
        Sink = sink;
        Language = language;
    }

    public DiagnosticSink Sink { get; }

    public LanguageResources Language { get; }

    public int Index { get; private set; }

    /// <summary>The paragraph's characters.</summary>
    public ReadOnlySpan<char> Text => tokenized.Text.AsSpan(paragraph.Span);

    /// <summary>The paragraph's tokens, offsets relative to <see cref="Text"/>.</summary>
    public ReadOnlySpan<Token> Tokens => current.Tokens;

    /// <summary>The paragraph's sentences: spans relative to <see cref="Text"/>, token indices to <see cref="Tokens"/>.</summary>
    public ReadOnlySpan<Sentence> Sentences => sentences.AsSpan(0, sentenceCount);

    public TokenShape Shape => paragraph.Shape;

    public bool HasPrevious => Index > 0;

    public bool HasNext => Index + 1 < tokenized.Paragraphs.Length;

    public ReadOnlySpan<char> PreviousText => HasPrevious ? tokenized.Text.AsSpan(tokenized.Paragraphs[Index - 1].Span) : default;

    public ReadOnlySpan<char> NextText => HasNext ? tokenized.Text.AsSpan(tokenized.Paragraphs[Index + 1].Span) : default;

    /// <summary>The previous paragraph's tokens, relative to <see cref="PreviousText"/>.</summary>
    public ReadOnlySpan<Token> PreviousTokens => HasPrevious ? previous.Of(tokenized, Index - 1) : default;

    /// <summary>The next paragraph's tokens, relative to <see cref="NextText"/>.</summary>
    public ReadOnlySpan<Token> NextTokens => HasNext ? next.Of(tokenized, Index + 1) : default;

    /// <summary>Moves the scope to paragraph <paramref name="index"/>.</summary>
    public void MoveTo(int index)
    {
        Index = index;
        paragraph = tokenized.Paragraphs[index];
        current.Of(tokenized, index);
        int start = paragraph.Span.Start;
        sentenceCount = paragraph.SentenceCount;
        if (sentences.Length < sentenceCount)
        {
            sentences = new Sentence[Math.Max(sentenceCount, sentences.Length * 2)];
        }

        ReadOnlySpan<Sentence> all = tokenized.Sentences.Slice(paragraph.FirstSentence, sentenceCount);
        for (int sentence = 0; sentence < all.Length; sentence++)
        {
            Sentence absolute = all[sentence];
            sentences[sentence] = new Sentence(new TextSpan(absolute.Span.Start - start, absolute.Span.Length), absolute.FirstToken - paragraph.FirstToken, absolute.TokenCount);
        }
    }

    /// <summary>The sentence <paramref name="index"/> of the paragraph, relative to the paragraph.</summary>
    public Sentence GetSentence(int index) => sentences[index];

    /// <summary>Adds <paramref name="points"/> to the garble score of the paragraph's sentence <paramref name="index"/>.</summary>
    public void AddSentenceScore(int index, double points) => Sink.AddSentenceScore(paragraph.FirstSentence + index, points);

    /// <summary>Reports a diagnostic whose span and fixes are relative to the paragraph.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, ReadOnlySpan<Fix> fixes)
    {
        if (span.End > paragraph.Span.Length)
        {
            throw new InvalidOperationException($"{descriptor?.Id} reported the span {span}, outside its paragraph of length {paragraph.Span.Length}.");
        }

        Sink.Report(descriptor!, span, message, fixes, paragraph.Span.Start);
    }

    /// <summary>A paragraph's tokens relative to its start, read once per paragraph (flat tables write them into a buffer kept from paragraph to paragraph).</summary>
    private sealed class RelativeTokens
    {
        private Token[] buffer = new Token[256];
        private Token[] holder = [];
        private int paragraphIndex = -1;
        private int count;

        public ReadOnlySpan<Token> Tokens => holder.AsSpan(0, count);

        public ReadOnlySpan<Token> Of(TokenizedText tokenized, int index)
        {
            // A scope reads one tokenized text, so the paragraph's index says whether the buffer holds it already.
            if (index != paragraphIndex)
            {
                holder = tokenized.GetParagraphTokens(index, ref buffer);
                count = tokenized.Paragraphs[index].TokenCount;
                paragraphIndex = index;
            }

            return Tokens;
        }
    }
}
