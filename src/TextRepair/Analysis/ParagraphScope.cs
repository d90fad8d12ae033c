using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What an action may see: one paragraph's characters, tokens and sentences, and the characters and tokens of its two
/// neighbours, each relative to its own paragraph's start (offset 0 is the paragraph's first character). Nothing else
/// of the document is in reach, so an action's result depends only on the paragraph and its neighbours and stays valid
/// wherever an edit moves them: what incremental analysis relies on when it takes a paragraph's results over unchanged.
/// What an action reports is moved to document offsets here, on the way to the sink.
/// One scope serves a whole analysis and moves from paragraph to paragraph of a run (the paragraphs to analyse, with
/// the neighbour before and after them), so contexts carry a reference, not a copy; the relative tables are rewritten
/// in buffers the scope keeps.
/// </summary>
internal sealed class ParagraphScope
{
    private readonly SourceText text;
    private readonly IReadOnlyList<LexedParagraph> run;
    private readonly IReadOnlyList<int> starts;
    private readonly RelativeTokens current = new();
    private readonly RelativeTokens previous = new();
    private readonly RelativeTokens next = new();
    private Sentence[] sentences = new Sentence[16];
    private double[] scores = new double[16];
    private LexedParagraph paragraph;
    private int start;
    private ReadOnlyMemory<char> characters;

    /// <param name="text">The text of the version analysed.</param>
    /// <param name="run">The paragraphs the scope moves over, in order.</param>
    /// <param name="starts">Where each paragraph of <paramref name="run"/> starts in <paramref name="text"/>.</param>
    /// <param name="sink">Where diagnostics go.</param>
    /// <param name="language">The engine's statistical resources.</param>
    public ParagraphScope(SourceText text, IReadOnlyList<LexedParagraph> run, IReadOnlyList<int> starts, DiagnosticSink sink, LanguageResources language)
    {
        this.text = text;
        this.run = run;
        this.starts = starts;
        Sink = sink;
        Language = language;
        Words = new TokenWords(this);
    }

    public DiagnosticSink Sink { get; }

    public LanguageResources Language { get; }

    /// <summary>What the language resources say of the paragraph's word tokens, looked up once per token.</summary>
    public TokenWords Words { get; }

    /// <summary>The index in the run of the paragraph the scope stands on.</summary>
    public int Index { get; private set; }

    /// <summary>Where the paragraph starts in the text.</summary>
    public int Start => start;

    /// <summary>The paragraph's characters.</summary>
    public ReadOnlySpan<char> Text => characters.Span;

    /// <summary>The paragraph's tokens, offsets relative to <see cref="Text"/>.</summary>
    public ReadOnlySpan<Token> Tokens => current.Tokens;

    /// <summary>The paragraph's sentences: spans relative to <see cref="Text"/>, token indices to <see cref="Tokens"/>.</summary>
    public ReadOnlySpan<Sentence> Sentences => sentences.AsSpan(0, paragraph.Paragraph.SentenceCount);

    /// <summary>What sentence actions added to each of the paragraph's sentences.</summary>
    public ReadOnlySpan<double> SentenceScores => scores.AsSpan(0, paragraph.Paragraph.SentenceCount);

    public TokenShape Shape => paragraph.Paragraph.Shape;

    /// <summary>What the actions have read of the neighbours since the scope moved to this paragraph.</summary>
    public NeighbourReads Reads { get; private set; }

    public bool HasPrevious
    {
        get
        {
            Reads |= NeighbourReads.PreviousExists;
            return Index > 0;
        }
    }

    public bool HasNext
    {
        get
        {
            Reads |= NeighbourReads.NextExists;
            return Index + 1 < run.Count;
        }
    }

    public ReadOnlySpan<char> PreviousText => ReadPrevious() ? text.AsSpan(new TextSpan(starts[Index - 1], run[Index - 1].Length)) : default;

    public ReadOnlySpan<char> NextText => ReadNext() ? text.AsSpan(new TextSpan(starts[Index + 1], run[Index + 1].Length)) : default;

    /// <summary>The previous paragraph's tokens, relative to <see cref="PreviousText"/>.</summary>
    public ReadOnlySpan<Token> PreviousTokens => ReadPrevious() ? previous.Of(run[Index - 1]) : default;

    /// <summary>The next paragraph's tokens, relative to <see cref="NextText"/>.</summary>
    public ReadOnlySpan<Token> NextTokens => ReadNext() ? next.Of(run[Index + 1]) : default;

    /// <summary>
    /// Whether the next paragraph starts on the line right after this one's last and that line ends as a line of text
    /// filled to a width does (<see cref="Segmenter.LastLineEndsAsFilledLine"/>): the break between them may be a wrap the
    /// segmenter could not tell from a paragraph's end.
    /// </summary>
    public bool EndsAsFilledLine =>
        ReadNext() && LineBreaks.Count(text.AsSpan(TextSpan.FromBounds(start + paragraph.Length, starts[Index + 1]))) == 1
        && Segmenter.LastLineEndsAsFilledLine(Text, Tokens, NextText, NextTokens);

    /// <summary>Moves the scope to paragraph <paramref name="index"/> of the run.</summary>
    public void MoveTo(int index)
    {
        Index = index;
        Reads = NeighbourReads.None;
        paragraph = run[index];
        start = starts[index];
        characters = text.GetMemory(new TextSpan(start, paragraph.Length));
        current.Of(paragraph);
        Words.Reset(paragraph.Paragraph.TokenCount);
        int sentenceCount = paragraph.Paragraph.SentenceCount;
        if (sentences.Length < sentenceCount)
        {
            sentences = new Sentence[Math.Max(sentenceCount, sentences.Length * 2)];
            scores = new double[sentences.Length];
        }

        for (int sentence = 0; sentence < sentenceCount; sentence++)
        {
            sentences[sentence] = paragraph.GetRelativeSentence(sentence);
        }

        scores.AsSpan(0, sentenceCount).Clear();
    }

    /// <summary>The sentence <paramref name="index"/> of the paragraph, relative to the paragraph.</summary>
    public Sentence GetSentence(int index) => sentences[index];

    /// <summary>Adds <paramref name="points"/> to the garble score of the paragraph's sentence <paramref name="index"/>.</summary>
    public void AddSentenceScore(int index, double points)
    {
        if (!double.IsFinite(points) || points < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "A garble score is a finite number, zero or more.");
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)paragraph.Paragraph.SentenceCount, nameof(index));
        scores[index] += points;
    }

    /// <summary>Reports a diagnostic whose span and fixes are relative to the paragraph.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, ReadOnlySpan<Fix> fixes) =>
        Sink.ReportInParagraph(descriptor, span, message, fixes, start, paragraph.Length);

    private bool ReadPrevious()
    {
        Reads |= NeighbourReads.PreviousExists | NeighbourReads.PreviousContent;
        return Index > 0;
    }

    private bool ReadNext()
    {
        Reads |= NeighbourReads.NextExists | NeighbourReads.NextContent;
        return Index + 1 < run.Count;
    }

    /// <summary>A paragraph's tokens relative to its start, rewritten into a buffer kept from paragraph to paragraph.</summary>
    private sealed class RelativeTokens
    {
        private Token[] buffer = new Token[256];
        private long paragraphId;
        private int count;

        public ReadOnlySpan<Token> Tokens => buffer.AsSpan(0, count);

        public ReadOnlySpan<Token> Of(LexedParagraph paragraph)
        {
            // One id, one set of characters and tokens: the buffer holds them already.
            if (paragraph.Id != paragraphId)
            {
                count = paragraph.Paragraph.TokenCount;
                if (buffer.Length < count)
                {
                    buffer = new Token[Math.Max(count, buffer.Length * 2)];
                }

                paragraph.CopyRelativeTokensTo(buffer);
                paragraphId = paragraph.Id;
            }

            return Tokens;
        }
    }
}
