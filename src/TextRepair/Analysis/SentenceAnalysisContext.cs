using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What a sentence action sees: the sentence and the tokens of its paragraph, every offset relative to the paragraph's
/// start.
/// </summary>
public readonly ref struct SentenceAnalysisContext
{
    private readonly ParagraphScope scope;

    internal SentenceAnalysisContext(ParagraphScope scope, int sentenceIndex)
    {
        this.scope = scope;
        SentenceIndex = sentenceIndex;
        Sentence = scope.GetSentence(sentenceIndex);
    }

    /// <summary>The paragraph's characters; token and sentence offsets index into them.</summary>
    public ReadOnlySpan<char> Text => scope.Text;

    /// <summary>The tokens of the paragraph.</summary>
    public ReadOnlySpan<Token> Tokens => scope.Tokens;

    /// <summary>The sentence, with token indices relative to <see cref="Tokens"/>.</summary>
    public Sentence Sentence { get; }

    /// <summary>The sentence's tokens.</summary>
    public ReadOnlySpan<Token> SentenceTokens => scope.Tokens.Slice(Sentence.FirstToken, Sentence.TokenCount);

    /// <summary>The index of the sentence in its paragraph.</summary>
    public int SentenceIndex { get; }

    /// <summary>How many sentences the paragraph has.</summary>
    public int SentenceCount => scope.Sentences.Length;

    /// <summary>The statistical resources of the engine: lexicon, word-sequence model, word classes.</summary>
    public LanguageResources Language => scope.Language;

    /// <summary>The resources' answers for the paragraph's word tokens (indices into the paragraph's tokens), shared by the rules.</summary>
    internal TokenWords Words => scope.Words;

    /// <summary>
    /// Adds <paramref name="points"/> (expected MQM penalty points, zero or more) to the sentence's garble score, for
    /// evidence too weak to report as a diagnostic; diagnostics add their rule's <see cref="DiagnosticDescriptor.GarbleWeight"/> themselves.
    /// </summary>
    public void AddGarbleScore(double points) => scope.AddSentenceScore(SentenceIndex, points);

    /// <summary>Reports a diagnostic with its fixes; <paramref name="span"/> and the fixes' changes are relative to the paragraph.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, params ReadOnlySpan<Fix> fixes) =>
        scope.Report(descriptor, span, message, fixes);
}
