using TextRepair.Language;
using TextRepair.Lexing;

namespace TextRepair.Analysis;

/// <summary>What an analyzer registers: callbacks for tokens of given kinds, for sentences, for paragraphs and for the document.</summary>
public sealed class AnalysisRegistration
{
    private readonly List<RegisteredTokenAction> tokenActions = [];
    private readonly List<SentenceAction> sentenceActions = [];
    private readonly List<RegisteredParagraphAction> paragraphActions = [];
    private readonly List<DocumentAction> documentActions = [];
    private readonly List<ISummarizedAction> summarizedActions = [];
    private readonly Func<DiagnosticDescriptor, bool> isEnabled;

    internal AnalysisRegistration(Func<DiagnosticDescriptor, bool> isEnabled) => this.isEnabled = isEnabled;

    internal IReadOnlyList<RegisteredTokenAction> TokenActions => tokenActions;

    internal IReadOnlyList<SentenceAction> SentenceActions => sentenceActions;

    internal IReadOnlyList<RegisteredParagraphAction> ParagraphActions => paragraphActions;

    internal IReadOnlyList<DocumentAction> DocumentActions => documentActions;

    internal IReadOnlyList<ISummarizedAction> SummarizedActions => summarizedActions;

    /// <summary>
    /// Whether the options turn <paramref name="descriptor"/>'s rule on. An analyzer is initialized when any of its
    /// rules is on; one with several rules registers the actions of those that are on only, so a rule turned off costs
    /// nothing (TR3004's action would otherwise run on every space of a text to report nothing).
    /// </summary>
    /// <exception cref="ArgumentNullException">When <paramref name="descriptor"/> is null.</exception>
    public bool IsEnabled(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return isEnabled(descriptor);
    }

    /// <summary>Calls <paramref name="action"/> for every token of one of <paramref name="kinds"/>.</summary>
    /// <exception cref="ArgumentException">When no kind is given.</exception>
    public void RegisterTokenAction(TokenAction action, params ReadOnlySpan<TokenKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (kinds.IsEmpty)
        {
            throw new ArgumentException("Register a token action for at least one token kind.", nameof(kinds));
        }

        tokenActions.Add(new RegisteredTokenAction(action, kinds.ToArray()));
    }

    /// <summary>Calls <paramref name="action"/> for every sentence.</summary>
    public void RegisterSentenceAction(SentenceAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        sentenceActions.Add(action);
    }

    /// <summary>
    /// Calls <paramref name="action"/> for every paragraph, or, when <paramref name="anyOf"/> is given, only for the
    /// paragraphs with a token of one of those shapes (the encoding rules look only at paragraphs with non-ASCII or
    /// control characters: most paragraphs cost them nothing).
    /// </summary>
    public void RegisterParagraphAction(ParagraphAction action, TokenShape anyOf = TokenShape.None)
    {
        ArgumentNullException.ThrowIfNull(action);
        paragraphActions.Add(new RegisteredParagraphAction(action, anyOf));
    }

    /// <summary>Calls <paramref name="action"/> once for the whole document, after the paragraphs.</summary>
    public void RegisterDocumentAction(DocumentAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        documentActions.Add(action);
    }

    /// <summary>
    /// Registers a document-level rule that works from per-paragraph summaries: <paramref name="summarize"/> runs on every
    /// paragraph (and sees only that paragraph); the summaries go into an index (<paramref name="createIndex"/> makes an
    /// empty one for a document analysed from scratch), which reports each paragraph's findings as the document stands.
    /// This is the shape incremental analysis reuses: a paragraph an edit did not touch keeps its summary, and the index
    /// says which paragraphs the edit's new summaries make worth reporting again.
    /// </summary>
    public void RegisterSummarizedDocumentAction<TSummary>(ParagraphSummarizer<TSummary> summarize, Func<LanguageResources, DocumentIndex<TSummary>> createIndex)
    {
        ArgumentNullException.ThrowIfNull(summarize);
        ArgumentNullException.ThrowIfNull(createIndex);
        summarizedActions.Add(new SummarizedAction<TSummary>(summarize, createIndex));
    }
}
