using TextRepair.Lexing;

namespace TextRepair.Analysis;

/// <summary>
/// The document indexes of the summarized actions for the newest analysed version of a document, and the block that
/// holds each of its paragraphs (to find a paragraph an index says is stale). The next version's analysis takes them
/// over and brings them up to date; a version that finds them taken (two versions made from one) builds new ones.
/// </summary>
internal sealed class DocumentIndexes(ISummaryIndex[] indexes)
{
    private readonly Dictionary<long, ParagraphBlock> blockOf = [];

    /// <summary>Adds every paragraph of <paramref name="block"/>.</summary>
    public void Add(ParagraphBlock block)
    {
        for (int index = 0; index < block.Paragraphs.Length; index++)
        {
            Add(block.Paragraphs[index].Id, block.Results[index]);
        }
    }

    /// <summary>Adds one paragraph's summaries.</summary>
    public void Add(long paragraph, ParagraphResult result)
    {
        for (int action = 0; action < indexes.Length; action++)
        {
            indexes[action].Add(paragraph, result.Summaries[action]);
        }
    }

    /// <summary>Removes the summaries of every paragraph of <paramref name="block"/> except those whose result is in <paramref name="kept"/>.</summary>
    public void Remove(ParagraphBlock block, HashSet<ParagraphResult> kept)
    {
        for (int index = 0; index < block.Paragraphs.Length; index++)
        {
            ParagraphResult result = block.Results[index];
            if (!kept.Contains(result))
            {
                for (int action = 0; action < indexes.Length; action++)
                {
                    indexes[action].Remove(block.Paragraphs[index].Id, result.Summaries[action]);
                }
            }
        }
    }

    /// <summary>Adds the paragraphs whose findings the changes since the last call may have changed.</summary>
    public void CollectStale(HashSet<long> stale)
    {
        foreach (ISummaryIndex index in indexes)
        {
            index.CollectStale(stale);
        }
    }

    /// <summary>The result with the findings of the indexes for the paragraph, which starts at <paramref name="start"/> (the same object when they did not change).</summary>
    public ParagraphResult Report(ParagraphResult result, LexedParagraph paragraph, int start, DiagnosticSink sink)
    {
        if (indexes.Length == 0)
        {
            return result;
        }

        sink.Diagnostics.Clear();
        for (int action = 0; action < indexes.Length; action++)
        {
            indexes[action].Report(result.Summaries[action], sink, start, paragraph.Length);
        }

        sink.Diagnostics.Sort(DiagnosticOrder.Instance);
        return result.HasDocumentDiagnostics(start, sink.Diagnostics) ? result : result.WithDocumentDiagnostics(start, [.. sink.Diagnostics]);
    }

    /// <summary>
    /// Reports the paragraphs of <paramref name="stale"/> outside the blocks of <paramref name="snapshot"/> that
    /// <paramref name="rebuilt"/> lists (ranges of block indices, in order, apart) — every paragraph there when
    /// <paramref name="stale"/> is null — replacing a block whose findings changed with a copy.
    /// </summary>
    public void ReportElsewhere(AnalysisSnapshot snapshot, HashSet<long>? stale, ReadOnlySpan<(int First, int End)> rebuilt, DiagnosticSink sink)
    {
        ParagraphBlock[] blocks = snapshot.Blocks;
        if (stale is null)
        {
            int next = 0;
            for (int block = 0; block < blocks.Length; block++)
            {
                while (next < rebuilt.Length && rebuilt[next].End <= block)
                {
                    next++;
                }

                if (next == rebuilt.Length || block < rebuilt[next].First)
                {
                    ReportBlock(snapshot, block, null, sink);
                }
            }

            return;
        }

        if (stale.Count == 0)
        {
            return;
        }

        var positions = new Dictionary<ParagraphBlock, int>(blocks.Length, ReferenceEqualityComparer.Instance);
        for (int block = 0; block < blocks.Length; block++)
        {
            positions[blocks[block]] = block;
        }

        var touched = new SortedSet<int>();
        foreach (long paragraph in stale)
        {
            if (blockOf.TryGetValue(paragraph, out ParagraphBlock? block) && positions.TryGetValue(block, out int position))
            {
                touched.Add(position);
            }
        }

        foreach (int block in touched)
        {
            ReportBlock(snapshot, block, stale, sink);
        }
    }

    /// <summary>Forgets where the paragraphs of <paramref name="removed"/> were and learns where those of <paramref name="added"/> are.</summary>
    public void Track(ReadOnlySpan<ParagraphBlock> removed, ReadOnlySpan<ParagraphBlock> added)
    {
        foreach (ParagraphBlock block in removed)
        {
            foreach (LexedParagraph paragraph in block.Paragraphs)
            {
                blockOf.Remove(paragraph.Id);
            }
        }

        foreach (ParagraphBlock block in added)
        {
            Track(block);
        }
    }

    private void Track(ParagraphBlock block)
    {
        foreach (LexedParagraph paragraph in block.Paragraphs)
        {
            blockOf[paragraph.Id] = block;
        }
    }

    private void ReportBlock(AnalysisSnapshot snapshot, int position, HashSet<long>? stale, DiagnosticSink sink)
    {
        ParagraphBlock block = snapshot.Blocks[position];
        ParagraphResult[]? results = null;
        int start = snapshot.BlockStart(position);
        for (int index = 0; index < block.Paragraphs.Length; index++)
        {
            LexedParagraph paragraph = block.Paragraphs[index];
            if (stale is null || stale.Contains(paragraph.Id))
            {
                ParagraphResult result = Report(block.Results[index], paragraph, start, sink);
                if (!ReferenceEquals(result, block.Results[index]))
                {
                    results ??= (ParagraphResult[])block.Results.Clone();
                    results[index] = result;
                }
            }

            start += paragraph.LengthWithGap;
        }

        if (results is not null)
        {
            var copy = new ParagraphBlock(block.Paragraphs, results);
            snapshot.Blocks[position] = copy;
            Track(copy);
        }
    }
}
