using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// What a token action sees: the token, its paragraph's tokens, and the sentence that holds it, every offset relative to
/// the paragraph's start.
/// </summary>
public readonly ref struct TokenAnalysisContext
{
    private readonly ParagraphScope scope;

    internal TokenAnalysisContext(ParagraphScope scope, int index, Sentence sentence, bool isInSentence)
    {
        this.scope = scope;
        Index = index;
        Sentence = sentence;
        IsInSentence = isInSentence;
    }

    /// <summary>The statistical resources of the engine: lexicon, word-sequence model, word classes.</summary>
    public LanguageResources Language => scope.Language;

    /// <summary>The paragraph's characters; token offsets index into them.</summary>
    public ReadOnlySpan<char> Text => scope.Text;

    /// <summary>The tokens of the paragraph.</summary>
    public ReadOnlySpan<Token> Tokens => scope.Tokens;

    /// <summary>The index of the token in <see cref="Tokens"/>.</summary>
    public int Index { get; }

    /// <summary>The token.</summary>
    public Token Token => scope.Tokens[Index];

    /// <summary>The token's characters.</summary>
    public ReadOnlySpan<char> TokenText => Token.GetText(scope.Text);

    /// <summary>Whether the token lies inside a sentence (white space between sentences does not).</summary>
    public bool IsInSentence { get; }

    /// <summary>The sentence that holds the token (token indices relative to the paragraph); default when <see cref="IsInSentence"/> is false.</summary>
    public Sentence Sentence { get; }

    /// <summary>The index of the nearest token before <paramref name="index"/> that is not white space, or -1.</summary>
    public int PreviousContent(int index) => TokenNavigation.PreviousContent(scope.Tokens, index);

    /// <summary>The index of the nearest token after <paramref name="index"/> that is not white space, or -1.</summary>
    public int NextContent(int index) => TokenNavigation.NextContent(scope.Tokens, index);

    /// <summary>Reports a diagnostic with its fixes; <paramref name="span"/> and the fixes' changes are relative to the paragraph.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, params ReadOnlySpan<Fix> fixes) =>
        scope.Report(descriptor, span, message, fixes);
}
