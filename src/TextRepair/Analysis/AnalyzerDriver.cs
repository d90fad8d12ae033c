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
    // A plain dictionary, read only after the constructor: freezing forty entries cost each process's first engine
    // about 15 ms of compiling, for a lookup made once per diagnostic.
    private readonly Dictionary<DiagnosticDescriptor, DiagnosticSeverity?> severities;
    private readonly TokenAction[][] tokenActionsByKind;
    private readonly SentenceAction[] sentenceActions;
    private readonly RegisteredParagraphAction[] paragraphActions;
    private readonly DocumentAction[] documentActions;
    private readonly ISummarizedAction[] summarizedActions;

    public AnalyzerDriver(IEnumerable<Analyzer> analyzers, TextRepairOptions options, LanguageResources language)
    {
        Language = language;
        var severityMap = new Dictionary<DiagnosticDescriptor, DiagnosticSeverity?> { [AnalyzerFailure.Rule] = options.GetEffectiveSeverity(AnalyzerFailure.Rule) };
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

            var registration = new AnalysisRegistration(descriptor => severityMap.TryGetValue(descriptor, out DiagnosticSeverity? severity) && severity is not null);
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

        severities = severityMap;
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
    /// and the sentences' scores, kept as blocks of paragraphs. With the snapshot of an earlier version and the ranges
    /// an edit changed, only the lines around each change are lexed again and only the blocks around them rebuilt; a
    /// paragraph whose characters and neighbours are those it had is not analysed again (its results are taken over),
    /// and every other block is the earlier version's. The document actions then run on all the summaries, as on a fresh
    /// analysis: the result is the same either way, and a fresh analysis is this with nothing to reuse.
    /// </summary>
    /// <param name="text">The text to analyse.</param>
    /// <param name="previous">The analysis of the text before <paramref name="changes"/>, or null.</param>
    /// <param name="changes">What changed since <paramref name="previous"/>: ranges of its text, sorted and apart.</param>
    /// <param name="keepTables">Whether the token tables outlive the call (a document's versions keep them); else they go back to their pools.</param>
    /// <param name="cancellationToken">Checked before each paragraph.</param>
    public AnalysisSnapshot Analyze(SourceText text, AnalysisSnapshot? previous, ReadOnlySpan<TextChangeRange> changes, bool keepTables, CancellationToken cancellationToken)
    {
        var rebuilt = new List<LexedParagraph>();
        var carried = new List<ParagraphResult?>();
        var lexed = new List<TokenizedText>(1);
        try
        {
            Splice splice = previous is not null && previous.ParagraphCount > 0
                ? Splice.Around(previous, text, changes, rebuilt, carried, lexed)
                : default;

            // An edit that changes most of the document (a fix-all pass with a fix in every paragraph) is cheaper as a
            // fresh analysis: taking every summary out of the indexes and putting every new one in costs more than
            // filling new indexes, and little would be reused. What counts is how many paragraphs are new, not how
            // many were lexed again: between the changes of one edit, paragraphs keep their results.
            bool afresh = !splice.IsValid || CountNew(carried) > Math.Max(previous!.ParagraphCount / 2, 4 * ParagraphBlock.TargetSize);
            if (afresh)
            {
                rebuilt.Clear();
                carried.Clear();
                Dispose(lexed);
                TokenizedText whole = TokenizedText.Create(text);
                lexed.Add(whole);
                rebuilt.Capacity = whole.Paragraphs.Length;
                carried.Capacity = whole.Paragraphs.Length;
                int leadingLength = whole.GetLexedParagraphs(rebuilt, text.Length);
                splice = new Splice(leadingLength, [new SplicedRange(0, previous?.Blocks.Length ?? 0, 0, rebuilt.Count, 0)]);
                carried.AddRange(Enumerable.Repeat<ParagraphResult?>(null, rebuilt.Count));
            }

            if (keepTables)
            {
                foreach (TokenizedText tables in lexed)
                {
                    tables.Detach();
                }
            }

            ParagraphBlock[] old = previous?.Blocks ?? [];
            ReadOnlySpan<SplicedRange> ranges = splice.Ranges;

            // The run the scope moves over: each range's rebuilt paragraphs with the neighbour on each side of it, in
            // the one list, so that a paragraph's neighbours are simply the entries next to it (ranges are apart, so
            // the neighbours of one are paragraphs no change reached). A range of the whole text is its own run.
            int count = rebuilt.Count;
            bool entire = ranges.Length == 1 && ranges[0].FirstBlock == 0 && ranges[0].EndBlock == old.Length;
            List<LexedParagraph> run = entire ? rebuilt : new List<LexedParagraph>(count + (2 * ranges.Length));
            var starts = new List<int>(count + (2 * ranges.Length));
            // Where each rebuilt paragraph stands in the run (a range of the whole text is the run itself).
            int[] at = entire ? [] : new int[count];
            int reused = previous?.ParagraphCount ?? 0;
            foreach (SplicedRange range in ranges)
            {
                reused -= CountParagraphs(old, range.FirstBlock, range.EndBlock);
                int position = range.FirstBlock == 0 ? splice.LeadingLength : previous!.BlockStart(range.FirstBlock) + range.LengthBefore;
                if (range.FirstBlock > 0)
                {
                    LexedParagraph before = old[range.FirstBlock - 1].Paragraphs[^1];
                    run.Add(before);
                    starts.Add(position - before.LengthWithGap);
                }

                for (int index = range.FirstParagraph; index < range.FirstParagraph + range.ParagraphCount; index++)
                {
                    if (!entire)
                    {
                        at[index] = run.Count;
                        run.Add(rebuilt[index]);
                    }

                    starts.Add(position);
                    position += rebuilt[index].LengthWithGap;
                }

                if (range.EndBlock < old.Length)
                {
                    run.Add(old[range.EndBlock].Paragraphs[0]);
                    starts.Add(position);
                }
            }

            var sink = new DiagnosticSink(this, text);
            var scope = new ParagraphScope(text, run, starts, sink, Language);
            var results = new ParagraphResult[count];
            for (int index = 0; index < count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int position = entire ? index : at[index];
                long previousId = position > 0 ? run[position - 1].Id : 0;
                long nextId = position + 1 < run.Count ? run[position + 1].Id : 0;
                if (carried[index] is { } kept && kept.Matches(previousId, nextId))
                {
                    results[index] = kept;
                    reused++;
                    continue;
                }

                scope.MoveTo(position);
                results[index] = AnalyzeParagraph(scope, previousId, nextId);
            }

            DocumentIndexes indexes = UpdateIndexes(afresh ? null : previous?.TakeIndexes(), old, ranges, CollectionsMarshal.AsSpan(rebuilt), results, carried, out bool reportAll, out HashSet<long> stale);
            indexes.CollectStale(stale);
            for (int index = 0; index < count; index++)
            {
                if (reportAll || stale.Remove(rebuilt[index].Id))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results[index] = indexes.Report(results[index], rebuilt[index], starts[entire ? index : at[index]], sink);
                }
            }

            // The new version's blocks: the old ones between the ranges, shared, and each range's paragraphs in blocks
            // (rebuiltBlocks: where each range's blocks stand in the new list).
            var blocks = new List<ParagraphBlock>(old.Length + 4);
            var rebuiltBlocks = new (int First, int End)[ranges.Length];
            int oldBlock = 0;
            for (int index = 0; index < ranges.Length; index++)
            {
                SplicedRange range = ranges[index];
                blocks.AddRange(old.AsSpan(oldBlock, range.FirstBlock - oldBlock));
                int first = blocks.Count;
                Rechunk(CollectionsMarshal.AsSpan(rebuilt).Slice(range.FirstParagraph, range.ParagraphCount), results.AsSpan(range.FirstParagraph, range.ParagraphCount), afresh ? [] : old.AsSpan(range.FirstBlock, range.EndBlock - range.FirstBlock), blocks);
                rebuiltBlocks[index] = (first, blocks.Count);
                oldBlock = range.EndBlock;
            }

            blocks.AddRange(old.AsSpan(oldBlock));
            var snapshot = new AnalysisSnapshot(text, splice.LeadingLength, [.. blocks], reused);
            indexes.ReportElsewhere(snapshot, reportAll ? null : stale, rebuiltBlocks, sink);
            if (keepTables)
            {
                // Only a document's version has a next version to bring the indexes up to date for.
                if (reportAll)
                {
                    indexes.Track([], snapshot.Blocks);
                }
                else
                {
                    for (int index = 0; index < ranges.Length; index++)
                    {
                        indexes.Track(old.AsSpan(ranges[index].FirstBlock, ranges[index].EndBlock - ranges[index].FirstBlock), snapshot.Blocks.AsSpan(rebuiltBlocks[index].First, rebuiltBlocks[index].End - rebuiltBlocks[index].First));
                    }
                }

                snapshot.Indexes = indexes;
            }

            sink.Diagnostics.Clear();
            foreach (DocumentAction action in documentActions)
            {
                action(new DocumentAnalysisContext(text, sink));
            }

            sink.Diagnostics.Sort(DiagnosticOrder.Instance);
            snapshot.TextDiagnostics = [.. sink.Diagnostics];
            if (!keepTables)
            {
                // The sentences are read from the token tables, which go back to their pools now.
                _ = snapshot.Sentences;
            }

            return snapshot;
        }
        finally
        {
            Dispose(lexed);
        }
    }

    /// <summary>Returns the token tables of <paramref name="lexed"/> to their pools (those not detached) and forgets them.</summary>
    private static void Dispose(List<TokenizedText> lexed)
    {
        foreach (TokenizedText tables in lexed)
        {
            tables.Dispose();
        }

        lexed.Clear();
    }

    /// <summary>The paragraphs of a splice that have no result to take over: those an edit changed.</summary>
    private static int CountNew(List<ParagraphResult?> carried)
    {
        int count = 0;
        foreach (ParagraphResult? result in carried)
        {
            count += result is null ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The document indexes brought up to the new version: <paramref name="taken"/> (the previous version's) with the
    /// summaries of the replaced paragraphs out and those of the analysed ones in, the analysed ones marked stale; or,
    /// when there are none to take (the first analysis, an edit analysed afresh, another version took them), new ones
    /// filled with every paragraph, every one of which is then reported (<paramref name="reportAll"/>).
    /// </summary>
    private DocumentIndexes UpdateIndexes(DocumentIndexes? taken, ParagraphBlock[] old, ReadOnlySpan<SplicedRange> ranges, ReadOnlySpan<LexedParagraph> rebuilt, ParagraphResult[] results, List<ParagraphResult?> carried, out bool reportAll, out HashSet<long> stale)
    {
        stale = [];
        reportAll = taken is null;
        if (taken is null)
        {
            // In the document's order: the old blocks before each range, then the range's paragraphs.
            var indexes = new DocumentIndexes([.. summarizedActions.Select(action => action.CreateIndex(Language))]);
            int oldBlock = 0;
            foreach (SplicedRange range in ranges)
            {
                foreach (ParagraphBlock block in old.AsSpan(oldBlock, range.FirstBlock - oldBlock))
                {
                    indexes.Add(block);
                }

                for (int index = range.FirstParagraph; index < range.FirstParagraph + range.ParagraphCount; index++)
                {
                    indexes.Add(rebuilt[index].Id, results[index]);
                }

                oldBlock = range.EndBlock;
            }

            foreach (ParagraphBlock block in old.AsSpan(oldBlock))
            {
                indexes.Add(block);
            }

            return indexes;
        }

        // The replaced blocks' paragraphs go out and the rebuilt ones in, except results taken over as they were.
        var kept = new HashSet<ParagraphResult>(results, ReferenceEqualityComparer.Instance);
        foreach (SplicedRange range in ranges)
        {
            for (int block = range.FirstBlock; block < range.EndBlock; block++)
            {
                taken.Remove(old[block], kept);
            }
        }

        for (int index = 0; index < rebuilt.Length; index++)
        {
            if (!ReferenceEquals(results[index], carried[index]))
            {
                taken.Add(rebuilt[index].Id, results[index]);
                stale.Add(rebuilt[index].Id);
            }
        }

        return taken;
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
            scope.Reads,
            scope.Start,
            sink.Diagnostics.Count == 0 ? [] : [.. sink.Diagnostics],
            scores.ContainsAnyExcept(0.0) ? scores.ToArray() : [],
            summaries);
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

    /// <summary>
    /// The blocks of the spliced paragraphs: every block of <paramref name="replaced"/> whose paragraphs all came through
    /// unchanged (same identity, gap and result, as between the regions of an edit whose changes lie far apart) is kept
    /// as it was, so that two versions share it and reading what changed between them skips it; the rest is cut into
    /// new blocks. A block is kept only after a run of new paragraphs long enough for a block of its own (or none): a
    /// short run is cut together with the block after it, so that blocks do not crumble over many edits.
    /// </summary>
    private static void Rechunk(ReadOnlySpan<LexedParagraph> paragraphs, ReadOnlySpan<ParagraphResult> results, ReadOnlySpan<ParagraphBlock> replaced, List<ParagraphBlock> blocks)
    {
        int pending = 0;

        // A splice of one or two blocks (a change and its neighbours) leaves none to keep worth a map of paragraph ids;
        // the changes of one edit far apart make longer ones.
        if (replaced.Length > 2)
        {
            var indexOf = new Dictionary<long, int>(paragraphs.Length);
            for (int index = 0; index < paragraphs.Length; index++)
            {
                indexOf[paragraphs[index].Id] = index;
            }

            foreach (ParagraphBlock block in replaced)
            {
                if (indexOf.TryGetValue(block.Paragraphs[0].Id, out int at) && at >= pending
                    && (at == pending || at - pending >= ParagraphBlock.TargetSize / 4) && CameThrough(block, paragraphs, results, at))
                {
                    Chunk(paragraphs[pending..at], results[pending..at], blocks);
                    blocks.Add(block);
                    pending = at + block.Paragraphs.Length;
                }
            }
        }

        Chunk(paragraphs[pending..], results[pending..], blocks);
    }

    /// <summary>Whether <paramref name="block"/>'s paragraphs stand unchanged at <paramref name="at"/>, with the results they had.</summary>
    private static bool CameThrough(ParagraphBlock block, ReadOnlySpan<LexedParagraph> paragraphs, ReadOnlySpan<ParagraphResult> results, int at)
    {
        if (at + block.Paragraphs.Length > paragraphs.Length)
        {
            return false;
        }

        for (int index = 0; index < block.Paragraphs.Length; index++)
        {
            LexedParagraph paragraph = paragraphs[at + index];
            if (paragraph.Id != block.Paragraphs[index].Id || paragraph.GapLength != block.Paragraphs[index].GapLength
                || !ReferenceEquals(results[at + index], block.Results[index]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Cuts <paramref name="paragraphs"/> into blocks of about <see cref="ParagraphBlock.TargetSize"/> and adds them to <paramref name="blocks"/>.</summary>
    private static void Chunk(ReadOnlySpan<LexedParagraph> paragraphs, ReadOnlySpan<ParagraphResult> results, List<ParagraphBlock> blocks)
    {
        if (paragraphs.Length == 0)
        {
            return;
        }

        int count = Math.Max(1, (paragraphs.Length + (ParagraphBlock.TargetSize / 2)) / ParagraphBlock.TargetSize);
        int from = 0;
        for (int block = 0; block < count; block++)
        {
            int to = (int)((long)paragraphs.Length * (block + 1) / count);
            blocks.Add(new ParagraphBlock(paragraphs[from..to].ToArray(), results[from..to].ToArray()));
            from = to;
        }
    }

    /// <summary>
    /// Runs every action on the paragraph <paramref name="scope"/> stands on. An action that throws is reported as
    /// <see cref="AnalyzerFailure"/> at the token, sentence or paragraph it was given, and the next action runs.
    /// </summary>
    public void AnalyzeParagraph(ParagraphScope scope)
    {
        RunTokenActions(scope);
        int sentences = scope.Sentences.Length;
        for (int sentence = 0; sentence < sentences; sentence++)
        {
            foreach (SentenceAction action in sentenceActions)
            {
                try
                {
                    action(new SentenceAnalysisContext(scope, sentence));
                }
                catch (Exception exception) when (AnalyzerFailure.IsReported(exception))
                {
                    AnalyzerFailure.Report(scope, action, exception, scope.GetSentence(sentence).Span, "sentence");
                }
            }
        }

        foreach (RegisteredParagraphAction registered in paragraphActions)
        {
            if (registered.Wants(scope.Shape))
            {
                try
                {
                    registered.Action(new ParagraphAnalysisContext(scope));
                }
                catch (Exception exception) when (AnalyzerFailure.IsReported(exception))
                {
                    AnalyzerFailure.Report(scope, registered.Action, exception, new TextSpan(0, 0), "paragraph");
                }
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
                try
                {
                    action(new TokenAnalysisContext(scope, index, inSentence ? sentence : default, inSentence));
                }
                catch (Exception exception) when (AnalyzerFailure.IsReported(exception))
                {
                    AnalyzerFailure.Report(scope, action, exception, new TextSpan(tokens[index].Start, tokens[index].Length), "token");
                }
            }
        }
    }
}
