using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    /// Analyzes <paramref name="text"/> paragraph by paragraph and returns the diagnostics sorted by position, then id,
    /// and the sentences' scores, kept as blocks of paragraphs. With the snapshot of an earlier version and the range an
    /// edit changed, only the lines around the edit are lexed again and only the blocks around it rebuilt; a paragraph
    /// whose characters and neighbours are those it had is not analysed again (its results are taken over), and every
    /// other block is the earlier version's. The document actions then run on all the summaries, as on a fresh
    /// analysis: the result is the same either way, and a fresh analysis is this with nothing to reuse.
    /// </summary>
    /// <param name="text">The text to analyse.</param>
    /// <param name="previous">The analysis of the text before <paramref name="change"/>, or null.</param>
    /// <param name="change">What changed since <paramref name="previous"/>, as one range of its text.</param>
    /// <param name="keepTables">Whether the token tables outlive the call (a document's versions keep them); else they go back to their pools.</param>
    /// <param name="cancellationToken">Checked before each paragraph.</param>
    public AnalysisSnapshot Analyze(SourceText text, AnalysisSnapshot? previous, TextChangeRange change, bool keepTables, CancellationToken cancellationToken)
    {
        var rebuilt = new List<LexedParagraph>();
        var carried = new List<ParagraphResult?>();
        TokenizedText? lexed = null;
        try
        {
            Splice splice = previous is not null && previous.ParagraphCount > 0
                ? Splice.Around(previous, text, change, rebuilt, carried, ref lexed)
                : default;
            if (!splice.IsValid)
            {
                rebuilt.Clear();
                carried.Clear();
                lexed = TokenizedText.Create(text);
                splice = new Splice(lexed.GetLexedParagraphs(rebuilt, text.Length), 0, previous?.Blocks.Length ?? 0);
                carried.AddRange(Enumerable.Repeat<ParagraphResult?>(null, rebuilt.Count));
            }

            if (keepTables)
            {
                lexed!.Detach();
            }

            ParagraphBlock[] old = previous?.Blocks ?? [];
            int firstStart = splice.FirstBlock == 0 ? splice.LeadingLength : previous!.BlockStart(splice.FirstBlock);
            LexedParagraph? before = splice.FirstBlock > 0 ? old[splice.FirstBlock - 1].Paragraphs[^1] : null;
            LexedParagraph? after = splice.EndBlock < old.Length ? old[splice.EndBlock].Paragraphs[0] : null;

            // The run the scope moves over: the rebuilt paragraphs with the neighbour on each side.
            var run = new List<LexedParagraph>(rebuilt.Count + 2);
            var starts = new List<int>(rebuilt.Count + 2);
            if (before is { } first)
            {
                run.Add(first);
                starts.Add(firstStart - first.LengthWithGap);
            }

            int offset = run.Count;
            int position = firstStart;
            foreach (LexedParagraph paragraph in rebuilt)
            {
                run.Add(paragraph);
                starts.Add(position);
                position += paragraph.LengthWithGap;
            }

            if (after is { } last)
            {
                run.Add(last);
                starts.Add(position);
            }

            var sink = new DiagnosticSink(this, text);
            var scope = new ParagraphScope(text, run, starts, sink, Language);
            var results = new ParagraphResult[rebuilt.Count];
            int reused = previous is null ? 0 : previous.ParagraphCount - CountParagraphs(old, splice.FirstBlock, splice.EndBlock);
            for (int index = 0; index < rebuilt.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                long previousId = index > 0 ? rebuilt[index - 1].Id : before?.Id ?? 0;
                long nextId = index + 1 < rebuilt.Count ? rebuilt[index + 1].Id : after?.Id ?? 0;
                if (carried[index] is { } kept && kept.Matches(previousId, nextId))
                {
                    results[index] = kept;
                    reused++;
                    continue;
                }

                scope.MoveTo(offset + index);
                results[index] = AnalyzeParagraph(scope, previousId, nextId);
            }

            ParagraphBlock[] blocks = [.. old.AsSpan(0, splice.FirstBlock), .. Chunk(rebuilt, results), .. old.AsSpan(splice.EndBlock)];
            var snapshot = new AnalysisSnapshot(text, splice.LeadingLength, blocks, reused);
            Finish(snapshot, cancellationToken);
            return snapshot;
        }
        finally
        {
            lexed?.Dispose();
        }
    }

    /// <summary>Runs every action on the paragraph the scope stands on and keeps what they found, with the neighbours it read.</summary>
    private ParagraphResult AnalyzeParagraph(ParagraphScope scope, long previousId, long nextId)
    {
        DiagnosticSink sink = scope.Sink;
        sink.Diagnostics.Clear();
        AnalyzeParagraph(scope);
        sink.Diagnostics.Sort(DiagnosticOrder.Instance);
        object?[] summaries = summarizedActions.Length == 0 ? [] : new object?[summarizedActions.Length];
        for (int action = 0; action < summarizedActions.Length; action++)
        {
            summaries[action] = summarizedActions[action].Summarize(scope);
        }

        ReadOnlySpan<double> scores = scope.SentenceScores;
        return new ParagraphResult(
            previousId,
            nextId,
            scope.Start,
            sink.Diagnostics.Count == 0 ? [] : [.. sink.Diagnostics],
            scores.ContainsAnyExcept(0.0) ? scores.ToArray() : [],
            summaries);
    }

    /// <summary>
    /// The document steps (on every paragraph's summaries and on the text), then the version's diagnostics and
    /// sentences, paragraph results moved to where their paragraphs now stand.
    /// </summary>
    private void Finish(AnalysisSnapshot snapshot, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int paragraphCount = snapshot.ParagraphCount;
        var paragraphStarts = new int[paragraphCount];
        var summaries = new object?[summarizedActions.Length][];
        for (int action = 0; action < summaries.Length; action++)
        {
            summaries[action] = new object?[paragraphCount];
        }

        var diagnostics = new List<Diagnostic>();
        var sentences = new List<Sentence>();
        var scores = new List<double>();
        int paragraphIndex = 0;
        int start = snapshot.LeadingLength;
        foreach (ParagraphBlock block in snapshot.Blocks)
        {
            for (int within = 0; within < block.Paragraphs.Length; within++, paragraphIndex++)
            {
                LexedParagraph paragraph = block.Paragraphs[within];
                ParagraphResult result = block.Results[within];
                paragraphStarts[paragraphIndex] = start;
                for (int action = 0; action < summaries.Length; action++)
                {
                    summaries[action][paragraphIndex] = result.Summaries[action];
                }

                int shift = start - result.Origin;
                foreach (Diagnostic diagnostic in result.Diagnostics)
                {
                    diagnostics.Add(shift == 0 ? diagnostic : diagnostic.WithOffset(shift));
                }

                for (int sentence = 0; sentence < paragraph.Paragraph.SentenceCount; sentence++)
                {
                    Sentence relative = paragraph.GetRelativeSentence(sentence);
                    sentences.Add(relative with { Span = new TextSpan(relative.Span.Start + start, relative.Span.Length) });
                    scores.Add(result.SentenceScores.Length > 0 ? result.SentenceScores[sentence] : 0);
                }

                start += paragraph.LengthWithGap;
            }
        }

        var sink = new DiagnosticSink(this, snapshot.Text);
        for (int action = 0; action < summarizedActions.Length; action++)
        {
            summarizedActions[action].Analyze(summaries[action], paragraphStarts, sink, Language);
        }

        foreach (DocumentAction action in documentActions)
        {
            action(new DocumentAnalysisContext(snapshot.Text.AsSpan(), sink));
        }

        int fromParagraphs = diagnostics.Count;
        diagnostics.AddRange(sink.Diagnostics);
        ImmutableArray<Diagnostic> merged = Merge(diagnostics, fromParagraphs);
        snapshot.Diagnostics = merged;
        snapshot.Sentences = ScoreSentences(CollectionsMarshal.AsSpan(sentences), merged, CollectionsMarshal.AsSpan(scores));
    }

    private static int CountParagraphs(ParagraphBlock[] blocks, int first, int end)
    {
        int count = 0;
        for (int block = first; block < end; block++)
        {
            count += blocks[block].Paragraphs.Length;
        }

        return count;
    }

    /// <summary>The rebuilt paragraphs cut into blocks of about <see cref="ParagraphBlock.TargetSize"/>.</summary>
    private static ParagraphBlock[] Chunk(List<LexedParagraph> paragraphs, ParagraphResult[] results)
    {
        if (paragraphs.Count == 0)
        {
            return [];
        }

        int count = Math.Max(1, (paragraphs.Count + (ParagraphBlock.TargetSize / 2)) / ParagraphBlock.TargetSize);
        var blocks = new ParagraphBlock[count];
        int from = 0;
        for (int block = 0; block < count; block++)
        {
            int to = (int)((long)paragraphs.Count * (block + 1) / count);
            blocks[block] = new ParagraphBlock(paragraphs.GetRange(from, to - from).ToArray(), results[from..to]);
            from = to;
        }

        return blocks;
    }

    /// <summary>
    /// Each sentence's garble score: what its sentence actions added, plus the garble weight of every diagnostic that
    /// starts in it (or, between sentences, in the sentence before).
    /// </summary>
    private static ImmutableArray<SentenceResult> ScoreSentences(ReadOnlySpan<Sentence> sentences, ImmutableArray<Diagnostic> diagnostics, Span<double> scores)
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
