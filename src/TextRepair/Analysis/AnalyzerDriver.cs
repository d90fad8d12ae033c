using System.Collections.Frozen;
using System.Collections.Immutable;
using TextRepair.Language;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// Runs a set of analyzers over a tokenized text in one pass: for each paragraph, the token actions by token kind, then
/// the sentence actions, then the paragraph actions; then the document actions. Analyzers whose rules are all off are
/// never initialized.
/// </summary>
internal sealed class AnalyzerDriver
{
    private readonly FrozenDictionary<DiagnosticDescriptor, DiagnosticSeverity?> severities;
    private readonly TokenAction[][] tokenActionsByKind;
    private readonly SentenceAction[] sentenceActions;
    private readonly RegisteredParagraphAction[] paragraphActions;
    private readonly DocumentAction[] documentActions;
    private readonly ISummarizedAction[] summarizedActions;

    public AnalyzerDriver(IEnumerable<Analyzer> analyzers, TextRepairOptions options, LanguageResources language)
    {
        Language = language;
        var severityMap = new Dictionary<DiagnosticDescriptor, DiagnosticSeverity?>();
        var byKind = new List<TokenAction>[Enum.GetValues<TokenKind>().Length];
        var sentences = new List<SentenceAction>();
        var paragraphs = new List<RegisteredParagraphAction>();
        var documents = new List<DocumentAction>();
        var summarized = new List<ISummarizedAction>();
        foreach (Analyzer analyzer in analyzers)
        {
            bool anyEnabled = false;
            foreach (DiagnosticDescriptor descriptor in analyzer.SupportedDiagnostics)
            {
                if (!severityMap.TryAdd(descriptor, options.GetEffectiveSeverity(descriptor)))
                {
                    throw new ArgumentException($"Two analyzers declare the rule id {descriptor.Id}.", nameof(analyzers));
                }

                anyEnabled |= severityMap[descriptor] is not null;
            }

            if (!anyEnabled)
            {
                continue;
            }

            var registration = new AnalysisRegistration();
            analyzer.Initialize(registration);
            foreach (RegisteredTokenAction registered in registration.TokenActions)
            {
                foreach (TokenKind kind in registered.Kinds.Distinct())
                {
                    (byKind[(int)kind] ??= []).Add(registered.Action);
                }
            }

            sentences.AddRange(registration.SentenceActions);
            paragraphs.AddRange(registration.ParagraphActions);
            documents.AddRange(registration.DocumentActions);
            summarized.AddRange(registration.SummarizedActions);
        }

        severities = severityMap.ToFrozenDictionary();
        tokenActionsByKind = byKind.Select(static actions => actions?.ToArray() ?? []).ToArray();
        sentenceActions = sentences.ToArray();
        paragraphActions = paragraphs.ToArray();
        documentActions = documents.ToArray();
        summarizedActions = summarized.ToArray();
        UserWords = options.UserWords;
        Options = options;
        Descriptors = severityMap.Keys.OrderBy(static descriptor => descriptor.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>Every descriptor of every analyzer, by id.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    public ImmutableHashSet<string> UserWords { get; }

    public TextRepairOptions Options { get; }

    public LanguageResources Language { get; }

    /// <summary>The severity a descriptor reports at (null when off); false when no analyzer declares it.</summary>
    public bool TryGetSeverity(DiagnosticDescriptor descriptor, out DiagnosticSeverity? severity) =>
        severities.TryGetValue(descriptor, out severity);

    /// <summary>
    /// Analyzes every paragraph and returns the diagnostics sorted by position, then id, and the sentences' scores,
    /// kept paragraph by paragraph. With the snapshot of an earlier version and the range an edit changed, a
    /// paragraph whose window (itself and its two neighbours, the most its actions read) lies outside the edit and
    /// looks as it did is not analysed again: its diagnostics, sentence scores and summaries are taken over, moved by
    /// the edit's length difference. The document actions then run on all the summaries, as on a fresh analysis: the
    /// result is the same either way, and a fresh analysis is this with nothing to reuse.
    /// </summary>
    public AnalysisSnapshot Analyze(TokenizedText tokenized, AnalysisSnapshot? previous, TextChangeRange change, CancellationToken cancellationToken)
    {
        var sink = new DiagnosticSink(this, tokenized.Text.ToString(), tokenized.Sentences.Length);
        var scope = new ParagraphScope(tokenized, sink, Language);
        ISummaryCollector[] collectors = summarizedActions.Select(action => action.Begin(tokenized.Paragraphs.Length)).ToArray();
        ReadOnlySpan<Paragraph> paragraphs = tokenized.Paragraphs;
        var results = new ParagraphResult[paragraphs.Length];
        int delta = change.NewLength - change.Span.Length;
        int changeStart = change.Span.Start;
        int changeNewEnd = change.Span.Start + change.NewLength;
        int reused = 0;
        for (int index = 0; index < paragraphs.Length; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Paragraph paragraph = paragraphs[index];
            bool hasPrevious = index > 0;
            bool hasNext = index + 1 < paragraphs.Length;
            var window = TextSpan.FromBounds(hasPrevious ? paragraphs[index - 1].Span.Start : paragraph.Span.Start, hasNext ? paragraphs[index + 1].Span.End : paragraph.Span.End);

            // Before the edit the window's text is where it was; after it, moved by delta; touching it, it is new.
            // Before the edit a paragraph keeps its index, after it the index moves by the change in their number:
            // that guess is checked, and searched for only when wrong.
            int shift = window.End < changeStart ? 0 : window.Start > changeNewEnd ? delta : int.MinValue;
            ParagraphResult? old = previous is not null && shift != int.MinValue
                ? previous.FindByStart(paragraph.Span.Start - shift, shift == 0 ? index : index - paragraphs.Length + previous.Paragraphs.Length)
                : null;
            if (old is not null && old.Matches(window.Length, paragraph.Span.Start - window.Start, hasPrevious, hasNext, paragraph.SentenceCount))
            {
                results[index] = Reuse(old, shift, paragraph, window, sink, collectors, index);
                reused++;
                continue;
            }

            scope.MoveTo(index);
            int firstDiagnostic = sink.Diagnostics.Count;
            AnalyzeParagraph(scope);
            sink.Diagnostics.Sort(firstDiagnostic, sink.Diagnostics.Count - firstDiagnostic, DiagnosticOrder.Instance);
            object?[] summaries = new object?[collectors.Length];
            for (int collector = 0; collector < collectors.Length; collector++)
            {
                summaries[collector] = collectors[collector].Summarize(scope);
            }

            ReadOnlySpan<double> scores = sink.SentenceScores.AsSpan(paragraph.FirstSentence, paragraph.SentenceCount);
            int found = sink.Diagnostics.Count - firstDiagnostic;
            results[index] = new ParagraphResult(
                window,
                paragraph.Span.Start,
                hasPrevious,
                hasNext,
                paragraph.SentenceCount,
                found == 0 ? [] : [.. sink.Diagnostics.GetRange(firstDiagnostic, found)],
                scores.ContainsAnyExcept(0.0) ? scores.ToArray() : [],
                summaries);
        }

        int paragraphDiagnostics = sink.Diagnostics.Count;
        foreach (ISummaryCollector collector in collectors)
        {
            collector.Finish(tokenized.Paragraphs, sink, Language);
        }

        foreach (DocumentAction action in documentActions)
        {
            action(new DocumentAnalysisContext(tokenized.Text.AsSpan(), sink));
        }

        ImmutableArray<Diagnostic> diagnostics = Merge(sink.Diagnostics, paragraphDiagnostics);
        return new AnalysisSnapshot(results, diagnostics, ScoreSentences(tokenized.Sentences, diagnostics, sink.SentenceScores), reused);
    }

    /// <summary>Takes over an earlier version's result for a paragraph, moved by <paramref name="shift"/>.</summary>
    private static ParagraphResult Reuse(ParagraphResult old, int shift, Paragraph paragraph, TextSpan window, DiagnosticSink sink, ISummaryCollector[] collectors, int index)
    {
        // Most paragraphs have no diagnostic and no score: their arrays are the shared empty ones, already in cache.
        Diagnostic[] diagnostics = old.Diagnostics;
        if (diagnostics.Length > 0)
        {
            if (shift != 0)
            {
                diagnostics = new Diagnostic[old.Diagnostics.Length];
                for (int at = 0; at < diagnostics.Length; at++)
                {
                    diagnostics[at] = old.Diagnostics[at].WithOffset(shift);
                }
            }

            sink.Diagnostics.AddRange(diagnostics);
        }

        old.SentenceScores.CopyTo(sink.SentenceScores.AsSpan(paragraph.FirstSentence, old.SentenceScores.Length));
        for (int collector = 0; collector < collectors.Length; collector++)
        {
            collectors[collector].Reuse(index, old.Summaries[collector]);
        }

        return shift == 0 ? old : new ParagraphResult(window, paragraph.Span.Start, old.HasPrevious, old.HasNext, old.SentenceCount, diagnostics, old.SentenceScores, old.Summaries);
    }

    /// <summary>
    /// Each sentence's garble score: what its sentence actions added, plus the garble weight of every diagnostic that
    /// starts in it (or, between sentences, in the sentence before).
    /// </summary>
    private static ImmutableArray<SentenceResult> ScoreSentences(ReadOnlySpan<Sentence> sentences, ImmutableArray<Diagnostic> diagnostics, double[] scores)
    {
        int sentence = 0;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            while (sentence + 1 < sentences.Length && sentences[sentence + 1].Span.Start <= diagnostic.Span.Start)
            {
                sentence++;
            }

            if (sentences.Length > 0)
            {
                scores[sentence] += diagnostic.Descriptor.GarbleWeight;
            }
        }

        var results = ImmutableArray.CreateBuilder<SentenceResult>(sentences.Length);
        for (int index = 0; index < sentences.Length; index++)
        {
            results.Add(new SentenceResult(sentences[index].Span, Math.Round(scores[index], 3)));
        }

        return results.MoveToImmutable();
    }

    /// <summary>
    /// The diagnostics in the order of every result: by span, then rule id, then message. The first
    /// <paramref name="fromParagraphs"/> came from the paragraphs, each paragraph's sorted and inside the paragraph, so
    /// they are in order already; the document steps' few are sorted and merged in (on a tie the paragraph's first, as a
    /// stable sort of the whole list would have it). A sort of the whole list was a tenth of a long document's edit.
    /// </summary>
    private static ImmutableArray<Diagnostic> Merge(List<Diagnostic> diagnostics, int fromParagraphs)
    {
        diagnostics.Sort(fromParagraphs, diagnostics.Count - fromParagraphs, DiagnosticOrder.Instance);
        var merged = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Count);
        int left = 0;
        int right = fromParagraphs;
        while (left < fromParagraphs || right < diagnostics.Count)
        {
            bool takeLeft = right == diagnostics.Count || (left < fromParagraphs && DiagnosticOrder.Instance.Compare(diagnostics[left], diagnostics[right]) <= 0);
            merged.Add(diagnostics[takeLeft ? left++ : right++]);
        }

        return merged.MoveToImmutable();
    }

    /// <summary>The order of every result's diagnostics: by span, then rule id, then message (ordinal).</summary>
    private sealed class DiagnosticOrder : IComparer<Diagnostic>
    {
        public static readonly DiagnosticOrder Instance = new();

        public int Compare(Diagnostic? left, Diagnostic? right)
        {
            int bySpan = left!.Span.CompareTo(right!.Span);
            if (bySpan != 0)
            {
                return bySpan;
            }

            int byId = string.CompareOrdinal(left.Id, right.Id);
            return byId != 0 ? byId : string.CompareOrdinal(left.Message, right.Message);
        }
    }

    /// <summary>Runs every action on the paragraph <paramref name="scope"/> stands on.</summary>
    public void AnalyzeParagraph(ParagraphScope scope)
    {
        RunTokenActions(scope);
        int sentences = scope.Sentences.Length;
        for (int sentence = 0; sentence < sentences; sentence++)
        {
            foreach (SentenceAction action in sentenceActions)
            {
                action(new SentenceAnalysisContext(scope, sentence));
            }
        }

        foreach (RegisteredParagraphAction registered in paragraphActions)
        {
            if (registered.Wants(scope.Shape))
            {
                registered.Action(new ParagraphAnalysisContext(scope));
            }
        }
    }

    private void RunTokenActions(ParagraphScope scope)
    {
        ReadOnlySpan<Token> tokens = scope.Tokens;
        int sentenceIndex = 0;
        int sentenceCount = scope.Sentences.Length;
        Sentence sentence = sentenceCount > 0 ? scope.GetSentence(0) : default;
        for (int index = 0; index < tokens.Length; index++)
        {
            TokenAction[] actions = tokenActionsByKind[(int)tokens[index].Kind];
            if (actions.Length == 0)
            {
                continue;
            }

            while (index >= sentence.EndToken && sentenceIndex + 1 < sentenceCount)
            {
                sentence = scope.GetSentence(++sentenceIndex);
            }

            bool inSentence = index >= sentence.FirstToken && index < sentence.EndToken;
            foreach (TokenAction action in actions)
            {
                action(new TokenAnalysisContext(scope, index, inSentence ? sentence : default, inSentence));
            }
        }
    }
}
