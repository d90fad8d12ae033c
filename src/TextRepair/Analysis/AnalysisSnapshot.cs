using System.Collections.Immutable;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// One analysis of one version of a text, kept as blocks of paragraphs with their results, so that the next version is
/// analysed by reusing every block an edit did not reach (see <see cref="AnalyzerDriver.Analyze"/>).
/// </summary>
internal sealed class AnalysisSnapshot
{
    private readonly int[] blockStarts;
    private readonly int[] blockFirstParagraphs;
    private DocumentIndexes? indexes;
    private ImmutableArray<Diagnostic> diagnostics;
    private ImmutableArray<SentenceResult> sentences;

    public AnalysisSnapshot(SourceText text, int leadingLength, ParagraphBlock[] blocks, int reused)
    {
        Text = text;
        LeadingLength = leadingLength;
        Blocks = blocks;
        ReusedParagraphs = reused;
        blockStarts = new int[blocks.Length + 1];
        blockFirstParagraphs = new int[blocks.Length + 1];
        blockStarts[0] = leadingLength;
        for (int index = 0; index < blocks.Length; index++)
        {
            blockStarts[index + 1] = blockStarts[index] + blocks[index].Length;
            blockFirstParagraphs[index + 1] = blockFirstParagraphs[index] + blocks[index].Paragraphs.Length;
        }
    }

    /// <summary>The text analysed.</summary>
    public SourceText Text { get; }

    /// <summary>The characters before the first paragraph.</summary>
    public int LeadingLength { get; }

    public ParagraphBlock[] Blocks { get; }

    /// <summary>How many paragraphs the text has.</summary>
    public int ParagraphCount => blockFirstParagraphs[^1];

    /// <summary>How many paragraphs were reused from the version before (for tests and benchmarks).</summary>
    public int ReusedParagraphs { get; }

    /// <summary>The document indexes brought up to this version, until the next version takes them (see <see cref="TakeIndexes"/>).</summary>
    public DocumentIndexes? Indexes
    {
        set => Volatile.Write(ref indexes, value);
    }

    /// <summary>What the document actions found, reading the whole text (sorted).</summary>
    public Diagnostic[] TextDiagnostics { get; set; } = [];

    /// <summary>Every diagnostic of the version, sorted: put together on first request from the blocks.</summary>
    public ImmutableArray<Diagnostic> Diagnostics
    {
        get
        {
            if (diagnostics.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref diagnostics, CollectDiagnostics());
            }

            return diagnostics;
        }
    }

    /// <summary>Every sentence of the version with its garble score: put together on first request from the blocks.</summary>
    public ImmutableArray<SentenceResult> Sentences
    {
        get
        {
            if (sentences.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref sentences, CollectSentences());
            }

            return sentences;
        }
    }

    /// <summary>The document indexes, for the next version to bring up to date; null when another version took them.</summary>
    public DocumentIndexes? TakeIndexes() => Interlocked.Exchange(ref indexes, null);

    /// <summary>Where block <paramref name="block"/> starts in the text.</summary>
    public int BlockStart(int block) => blockStarts[block];

    /// <summary>The index of block <paramref name="block"/>'s first paragraph.</summary>
    public int BlockFirstParagraph(int block) => blockFirstParagraphs[block];

    /// <summary>The block that holds paragraph <paramref name="paragraph"/>.</summary>
    public int BlockOf(int paragraph)
    {
        int found = Array.BinarySearch(blockFirstParagraphs, 0, Blocks.Length, paragraph);
        if (found < 0)
        {
            return ~found - 1;
        }

        // Empty blocks do not exist, so a first index is unique.
        return found;
    }

    /// <summary>The paragraph <paramref name="index"/> and where it starts.</summary>
    public LexedParagraph GetParagraph(int index, out int start, out ParagraphResult result)
    {
        int block = BlockOf(index);
        start = blockStarts[block];
        int within = index - blockFirstParagraphs[block];
        LexedParagraph[] paragraphs = Blocks[block].Paragraphs;
        for (int at = 0; at < within; at++)
        {
            start += paragraphs[at].LengthWithGap;
        }

        result = Blocks[block].Results[within];
        return paragraphs[within];
    }

    /// <summary>The last paragraph starting at or before <paramref name="position"/> (0 when none does).</summary>
    public int FindParagraph(int position)
    {
        int block = Array.BinarySearch(blockStarts, 0, Blocks.Length, position);
        block = block >= 0 ? block : Math.Max(0, ~block - 1);
        int start = blockStarts[block];
        LexedParagraph[] paragraphs = Blocks[block].Paragraphs;
        int within = 0;
        while (within + 1 < paragraphs.Length && start + paragraphs[within].LengthWithGap <= position)
        {
            start += paragraphs[within].LengthWithGap;
            within++;
        }

        return blockFirstParagraphs[block] + within;
    }

    /// <summary>
    /// The diagnostics (sorted) of the blocks this version does not share with <paramref name="other"/>, and the document
    /// actions': what can differ between the two. Versions share a run of blocks at each end (an edit rebuilds the
    /// blocks in between), found by comparing references; only the blocks between are looked up in a set.
    /// </summary>
    public List<Diagnostic> CollectDiagnosticsNotIn(AnalysisSnapshot other)
    {
        ParagraphBlock[] mine = Blocks;
        ParagraphBlock[] theirs = other.Blocks;
        int front = 0;
        int limit = Math.Min(mine.Length, theirs.Length);
        while (front < limit && ReferenceEquals(mine[front], theirs[front]))
        {
            front++;
        }

        int back = 0;
        while (back < limit - front && ReferenceEquals(mine[^(back + 1)], theirs[^(back + 1)]))
        {
            back++;
        }

        var shared = new HashSet<ParagraphBlock>(theirs.Length - back - front, ReferenceEqualityComparer.Instance);
        foreach (ParagraphBlock block in theirs.AsSpan(front, theirs.Length - back - front))
        {
            shared.Add(block);
        }

        List<Diagnostic> found = CollectParagraphDiagnostics(front, mine.Length - back, shared);
        found.AddRange(TextDiagnostics);
        return found;
    }

    /// <summary>
    /// The diagnostics that intersect <paramref name="range"/>, sorted, read from the blocks and paragraphs there only:
    /// what an editor shows for its visible lines, at a cost that follows the range, not the document.
    /// </summary>
    public ImmutableArray<Diagnostic> CollectDiagnostics(TextSpan range)
    {
        int first = Array.BinarySearch(blockStarts, 0, Blocks.Length, range.Start);
        first = first >= 0 ? first : Math.Max(0, ~first - 1);
        int end = first;
        while (end < Blocks.Length && blockStarts[end] <= range.End)
        {
            end++;
        }

        List<Diagnostic> fromParagraphs = CollectParagraphDiagnostics(first, end, null);
        fromParagraphs.RemoveAll(diagnostic => !diagnostic.Span.IntersectsWith(range));
        return WithTextDiagnostics(fromParagraphs, [.. TextDiagnostics.Where(diagnostic => diagnostic.Span.IntersectsWith(range))]);
    }

    /// <summary>The diagnostics of every paragraph, moved to where it now stands, and the document actions' merged in.</summary>
    private ImmutableArray<Diagnostic> CollectDiagnostics() => WithTextDiagnostics(CollectParagraphDiagnostics(0, Blocks.Length, null), TextDiagnostics);

    /// <summary>Paragraph diagnostics (sorted) with the document actions' (sorted) merged in.</summary>
    private static ImmutableArray<Diagnostic> WithTextDiagnostics(List<Diagnostic> fromParagraphs, Diagnostic[] fromText)
    {
        if (fromText.Length == 0)
        {
            return [.. fromParagraphs];
        }

        var merged = new List<Diagnostic>(fromParagraphs.Count + fromText.Length);
        DiagnosticOrder.MergeInto(merged, [.. fromParagraphs], 0, fromText, 0);
        return [.. merged];
    }

    /// <summary>The diagnostics of the blocks from <paramref name="first"/> to <paramref name="end"/> that are not in <paramref name="skipped"/>.</summary>
    private List<Diagnostic> CollectParagraphDiagnostics(int first, int end, HashSet<ParagraphBlock>? skipped)
    {
        var fromParagraphs = new List<Diagnostic>();
        for (int block = first; block < end; block++)
        {
            if (skipped?.Contains(Blocks[block]) == true)
            {
                continue;
            }

            int start = blockStarts[block];
            ParagraphBlock current = Blocks[block];
            for (int index = 0; index < current.Paragraphs.Length; index++)
            {
                ParagraphResult result = current.Results[index];
                if (result.Diagnostics.Length + result.DocumentDiagnostics.Length > 0)
                {
                    DiagnosticOrder.MergeInto(fromParagraphs, result.Diagnostics, start - result.Origin, result.DocumentDiagnostics, start - result.DocumentOrigin);
                }

                start += current.Paragraphs[index].LengthWithGap;
            }
        }

        return fromParagraphs;
    }

    /// <summary>
    /// Each sentence's garble score: what its sentence actions added, plus the garble weight of every diagnostic that
    /// starts in it (or, between sentences, in the sentence before).
    /// </summary>
    private ImmutableArray<SentenceResult> CollectSentences()
    {
        int sentenceCount = 0;
        foreach (ParagraphBlock block in Blocks)
        {
            sentenceCount += block.SentenceCount;
        }

        var spans = new List<TextSpan>(sentenceCount);
        var scores = new List<double>(sentenceCount);
        for (int block = 0; block < Blocks.Length; block++)
        {
            int start = blockStarts[block];
            ParagraphBlock current = Blocks[block];
            for (int index = 0; index < current.Paragraphs.Length; index++)
            {
                LexedParagraph paragraph = current.Paragraphs[index];
                double[] own = current.Results[index].SentenceScores;
                for (int sentence = 0; sentence < paragraph.Paragraph.SentenceCount; sentence++)
                {
                    TextSpan span = paragraph.GetRelativeSentence(sentence).Span;
                    spans.Add(new TextSpan(span.Start + start, span.Length));
                    scores.Add(own.Length > 0 ? own[sentence] : 0);
                }

                start += paragraph.LengthWithGap;
            }
        }

        int at = 0;
        foreach (Diagnostic diagnostic in Diagnostics)
        {
            while (at + 1 < spans.Count && spans[at + 1].Start <= diagnostic.Span.Start)
            {
                at++;
            }

            if (spans.Count > 0)
            {
                scores[at] += diagnostic.Descriptor.GarbleWeight;
            }
        }

        var results = ImmutableArray.CreateBuilder<SentenceResult>(spans.Count);
        for (int index = 0; index < spans.Count; index++)
        {
            results.Add(new SentenceResult(spans[index], Math.Round(scores[index], 3)));
        }

        return results.MoveToImmutable();
    }
}
