using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What a paragraph action sees: the paragraph, its sentences, and the paragraphs just before and after it (the
/// declared context: an edit there analyses this paragraph again). Every offset is relative to the start of the
/// paragraph it belongs to: tokens and sentences of this paragraph index into <see cref="Text"/>, the neighbours'
/// tokens into <see cref="PreviousParagraphText"/> and <see cref="NextParagraphText"/>.
/// </summary>
public readonly ref struct ParagraphAnalysisContext
{
    private readonly ParagraphScope scope;

    internal ParagraphAnalysisContext(ParagraphScope scope) => this.scope = scope;

    /// <summary>The statistical resources of the engine: lexicon, word-sequence model, word classes.</summary>
    public LanguageResources Language => scope.Language;

    /// <summary>The resources' answers for the paragraph's word tokens (indices into the paragraph's tokens), shared by the rules.</summary>
    internal TokenWords Words => scope.Words;

    /// <summary>The paragraph's characters; its token offsets index into them.</summary>
    public ReadOnlySpan<char> Text => scope.Text;

    /// <summary>The tokens of the paragraph.</summary>
    public ReadOnlySpan<Token> Tokens => scope.Tokens;

    /// <summary>The union of the shapes of the paragraph's tokens: a rule can skip a paragraph that has nothing for it.</summary>
    public TokenShape Shape => scope.Shape;

    /// <summary>How many sentences the paragraph has.</summary>
    public int SentenceCount => scope.Sentences.Length;

    /// <summary>The sentence <paramref name="index"/>, with token indices relative to <see cref="Tokens"/>.</summary>
    public Sentence GetSentence(int index) => scope.GetSentence(index);

    /// <summary>Whether a paragraph comes before this one (false for the first paragraph: a headline's place).</summary>
    public bool HasPreviousParagraph => scope.HasPrevious;

    /// <summary>Whether a paragraph comes after this one.</summary>
    public bool HasNextParagraph => scope.HasNext;

    /// <summary>The characters of the previous paragraph (empty when there is none).</summary>
    public ReadOnlySpan<char> PreviousParagraphText => scope.PreviousText;

    /// <summary>The tokens of the previous paragraph, relative to <see cref="PreviousParagraphText"/> (empty when there is none).</summary>
    public ReadOnlySpan<Token> PreviousParagraphTokens => scope.PreviousTokens;

    /// <summary>The characters of the next paragraph (empty when there is none).</summary>
    public ReadOnlySpan<char> NextParagraphText => scope.NextText;

    /// <summary>The tokens of the next paragraph, relative to <see cref="NextParagraphText"/> (empty when there is none).</summary>
    public ReadOnlySpan<Token> NextParagraphTokens => scope.NextTokens;

    /// <summary>
    /// Whether the next paragraph starts on the next line and this one's last line ends as a line of text filled to a
    /// width does: the break may be a wrap inside a paragraph, which a rule that changes a paragraph's end leaves alone.
    /// </summary>
    internal bool EndsAsFilledLine => scope.EndsAsFilledLine;

    /// <summary>Reports a diagnostic with its fixes; <paramref name="span"/> and the fixes' changes are relative to the paragraph.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, params ReadOnlySpan<Fix> fixes) =>
        scope.Report(descriptor, span, message, fixes);
}
