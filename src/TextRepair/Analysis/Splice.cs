using System.Runtime.InteropServices;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// Where an edit falls in the blocks of the version before it: the runs of blocks it replaces (<see cref="Ranges"/>),
/// whose paragraphs the new version holds anew, one run per group of changes that lie close together. The blocks between
/// two runs are the version before's, neither lexed nor analysed again nor walked over.
/// </summary>
/// <param name="LeadingLength">The characters before the new version's first paragraph.</param>
/// <param name="Ranges">The runs of blocks replaced, in order, apart; null for the default value.</param>
internal readonly record struct Splice(int LeadingLength, SplicedRange[]? Ranges)
{
    /// <summary>Whether the edit could be placed (false for the default value: analyse afresh).</summary>
    public bool IsValid => Ranges is not null;

    /// <summary>An edit that changed nothing, placed at the start.</summary>
    private static readonly TextChangeRange[] NoChange = [new TextChangeRange(new TextSpan(0, 0), 0)];

    /// <summary>
    /// Lexes again the lines each change of an edit touched, widened by one paragraph on each side (an edit may join or
    /// split lines next to it), and fills <paramref name="rebuilt"/> with the paragraphs of the blocks around them in the
    /// new version, and <paramref name="carried"/> with the result each had, if it had one. Changes whose lines overlap
    /// or touch form one region; the paragraphs between two regions are neither lexed again nor analysed (a fix-all
    /// pass changes a few paragraphs spread over the whole text), and the blocks between two runs of them are not even
    /// walked over (see <see cref="Ranges"/>): an edit costs what its changes reach, not the distance between them. In a
    /// region, a re-lexed paragraph whose characters did not change keeps its identity (and its result): those at the
    /// region's ends, and those between its changes. So only the paragraphs the edit changed and their neighbours are
    /// analysed again. A line break ends every token, and whether it ends a paragraph depends on the two lines at it only
    /// (<see cref="Segmenter.LastLineEndsAsFilledLine"/>): the breaks at a region's ends lie between lines no change reached, so
    /// the paragraphs equal those of a fresh tokenization.
    /// </summary>
    /// <param name="previous">The analysis of the text before the edit.</param>
    /// <param name="text">The text after the edit.</param>
    /// <param name="changes">The edit's changes, sorted and apart, as ranges of the text before it.</param>
    /// <param name="rebuilt">Receives the paragraphs of the blocks around the edit's changes, run after run.</param>
    /// <param name="carried">Receives the result each of them had, or null.</param>
    /// <param name="lexed">Receives the token tables of the lexed regions.</param>
    /// <returns>The splice, or the default value when the edit cannot be placed this way.</returns>
    public static Splice Around(AnalysisSnapshot previous, SourceText text, ReadOnlySpan<TextChangeRange> changes, List<LexedParagraph> rebuilt, List<ParagraphResult?> carried, List<TokenizedText> lexed)
    {
        if (changes.IsEmpty)
        {
            changes = NoChange;
        }

        // The regions to lex again: each change's paragraphs widened by one on each side, regions that overlap or touch
        // merged. Between two regions lie paragraphs no change touched, which are not lexed again.
        int count = previous.ParagraphCount;
        var regions = new List<Region>();
        int addedBefore = 0;
        (int First, int Last) around = ParagraphsAround(previous, changes[0]);
        for (int next = 0; next < changes.Length;)
        {
            (int first, int last) = around;
            int from = next;
            int added = changes[next++].LengthDelta;
            while (next < changes.Length)
            {
                around = ParagraphsAround(previous, changes[next]);
                if (around.First > last + 1)
                {
                    break;
                }

                last = Math.Max(last, around.Last);
                added += changes[next++].LengthDelta;
            }

            Region? region = Lex(previous, text, changes[from..next], first, last, addedBefore, added, lexed);
            if (region is null)
            {
                return default;
            }

            regions.Add(region);
            addedBefore += added;
        }

        // The blocks that hold each region and the paragraph on each side of it (whose neighbour may have changed).
        // Regions whose blocks overlap or touch form one run; between two runs lies at least one block no change
        // reached, so a run's neighbours are paragraphs of the version before, as they were.
        var ranges = new List<SplicedRange>();
        int lengthBefore = 0;
        for (int from = 0; from < regions.Count;)
        {
            int firstBlock = previous.BlockOf(Math.Max(0, regions[from].First - 1));
            int endBlock = previous.BlockOf(Math.Min(count - 1, regions[from].Last + 1)) + 1;
            int to = from + 1;
            while (to < regions.Count && previous.BlockOf(regions[to].First - 1) <= endBlock)
            {
                endBlock = previous.BlockOf(Math.Min(count - 1, regions[to].Last + 1)) + 1;
                to++;
            }

            int firstParagraph = rebuilt.Count;
            Fill(previous, regions.GetRange(from, to - from), firstBlock, endBlock, rebuilt, carried);
            ranges.Add(new SplicedRange(firstBlock, endBlock, firstParagraph, rebuilt.Count - firstParagraph, lengthBefore));
            for (; from < to; from++)
            {
                lengthBefore += regions[from].Added;
            }
        }

        return new Splice(regions[0].First == 0 ? regions[0].Lead : previous.LeadingLength, [.. ranges]);
    }

    /// <summary>
    /// Adds to <paramref name="rebuilt"/> the paragraphs of the blocks [<paramref name="firstBlock"/>,
    /// <paramref name="endBlock"/>) in the new version, those of <paramref name="regions"/> in place of the ones they
    /// replace, and to <paramref name="carried"/> the result each has to take over, if any.
    /// </summary>
    private static void Fill(AnalysisSnapshot previous, List<Region> regions, int firstBlock, int endBlock, List<LexedParagraph> rebuilt, List<ParagraphResult?> carried)
    {
        int firstParagraph = rebuilt.Count;
        int inRegion = 0;
        for (int block = firstBlock, index = previous.BlockFirstParagraph(firstBlock); block < endBlock; block++)
        {
            ParagraphBlock current = previous.Blocks[block];
            for (int within = 0; within < current.Paragraphs.Length; within++, index++)
            {
                Region? region = inRegion < regions.Count ? regions[inRegion] : null;
                if (region is not null && index == region.First)
                {
                    if (region.Lead > 0 && rebuilt.Count > firstParagraph)
                    {
                        // White space at the region's start joins the gap after the paragraph before it.
                        rebuilt[^1] = rebuilt[^1].WithGap(rebuilt[^1].GapLength + region.Lead);
                    }

                    rebuilt.AddRange(region.Paragraphs);
                    carried.AddRange(region.Results);
                }

                if (region is not null && index >= region.First && index <= region.Last)
                {
                    inRegion += index == region.Last ? 1 : 0;
                    continue;
                }

                rebuilt.Add(current.Paragraphs[within]);
                carried.Add(current.Results[within]);
            }
        }
    }

    /// <summary>
    /// The paragraphs around <paramref name="change"/> (the last starting at or before it to the first ending at or after
    /// it), widened by one on each side: an edit may join or split lines next to it.
    /// </summary>
    private static (int First, int Last) ParagraphsAround(AnalysisSnapshot previous, TextChangeRange change)
    {
        int count = previous.ParagraphCount;
        int first = previous.FindParagraph(change.Span.Start);
        int last = first;
        LexedParagraph lastParagraph = previous.GetParagraph(last, out int lastStart, out _);
        while (last + 1 < count && lastStart + lastParagraph.Length < change.Span.End)
        {
            lastStart += lastParagraph.LengthWithGap;
            lastParagraph = previous.GetParagraph(++last, out _, out _);
        }

        return (Math.Max(0, first - 1), Math.Min(count - 1, last + 1));
    }

    /// <summary>
    /// Lexes again the new text of the old paragraphs [<paramref name="first"/>, <paramref name="last"/>], which
    /// <paramref name="changes"/> (after changes that added <paramref name="addedBefore"/>; themselves adding
    /// <paramref name="added"/>) fall in, and gives the paragraphs whose characters did not change the identity and
    /// result they had; null when the changes do not lie in them.
    /// </summary>
    private static Region? Lex(AnalysisSnapshot previous, SourceText text, ReadOnlySpan<TextChangeRange> changes, int first, int last, int addedBefore, int added, List<TokenizedText> lexed)
    {
        int count = previous.ParagraphCount;
        var oldRegion = new List<(LexedParagraph Paragraph, int Start, ParagraphResult Result)>(last - first + 1);
        for (int index = first; index <= last; index++)
        {
            LexedParagraph paragraph = previous.GetParagraph(index, out int start, out ParagraphResult result);
            oldRegion.Add((paragraph, start, result));
        }

        int regionStart = first == 0 ? 0 : oldRegion[0].Start;
        int regionEnd = last + 1 < count ? oldRegion[^1].Start + oldRegion[^1].Paragraph.LengthWithGap : previous.Text.Length;
        if (regionStart > changes[0].Span.Start || regionEnd < changes[^1].Span.End)
        {
            return null;
        }

        // The region in the new text: moved by what the changes before it added, grown by what its own added.
        var regionSpan = TextSpan.FromBounds(regionStart + addedBefore, regionEnd + addedBefore + added);
        TokenizedText tables = TokenizedText.Create(text, text.AsSpan(regionSpan));
        lexed.Add(tables);
        var region = new List<LexedParagraph>();
        int lead = tables.GetLexedParagraphs(region, regionSpan.Length);
        var regionResults = new ParagraphResult?[region.Count];

        // Paragraphs at the region's two ends whose characters are unchanged keep their identity and result.
        int kept = 0;
        while (kept < region.Count && kept < oldRegion.Count && SameParagraph(text, regionSpan.Start, region[kept], previous.Text, oldRegion[kept]))
        {
            regionResults[kept] = oldRegion[kept].Result;
            region[kept] = oldRegion[kept].Paragraph.WithGap(region[kept].GapLength);
            kept++;
        }

        int keptAtEnd = 0;
        while (keptAtEnd < region.Count - kept && keptAtEnd < oldRegion.Count - kept)
        {
            int at = region.Count - 1 - keptAtEnd;
            (LexedParagraph Paragraph, int Start, ParagraphResult Result) old = oldRegion[^(keptAtEnd + 1)];
            if (!SameParagraph(text, regionSpan.Start, region[at], previous.Text, old))
            {
                break;
            }

            regionResults[at] = old.Result;
            region[at] = old.Paragraph.WithGap(region[at].GapLength);
            keptAtEnd++;
        }

        // Each paragraph before the edit is taken over once: between the changes, only those the ends did not take.
        KeepBetweenChanges(text, regionSpan.Start, changes, addedBefore, previous.Text, CollectionsMarshal.AsSpan(oldRegion)[kept..^keptAtEnd], region, regionResults);
        return new Region(first, last, region, regionResults, lead, added);
    }

    /// <summary>
    /// Gives the paragraphs of <paramref name="region"/> that lie between two of the <paramref name="changes"/> (touching
    /// none) the identity and result of the paragraph they were, when their characters are unchanged: each is looked for
    /// where it stood before the edit, its start moved back by the length the changes before it added.
    /// </summary>
    private static void KeepBetweenChanges(SourceText text, int regionStart, ReadOnlySpan<TextChangeRange> changes, int addedBefore, SourceText oldText, ReadOnlySpan<(LexedParagraph Paragraph, int Start, ParagraphResult Result)> oldRegion, List<LexedParagraph> region, ParagraphResult?[] regionResults)
    {
        if (changes.Length < 2)
        {
            return;
        }

        int next = 0;
        int delta = addedBefore;
        int oldIndex = 0;
        for (int index = 0; index < region.Count; index++)
        {
            if (regionResults[index] is not null)
            {
                continue;
            }

            int start = regionStart + region[index].Paragraph.Span.Start;
            int end = start + region[index].Length;

            // Changes that end (in the new text) at or before the paragraph's start lie wholly before it.
            while (next < changes.Length && changes[next].Span.Start + delta + changes[next].NewLength <= start)
            {
                delta += changes[next].LengthDelta;
                next++;
            }

            if (next < changes.Length && changes[next].Span.Start + delta < end)
            {
                continue;
            }

            int oldStart = start - delta;
            while (oldIndex < oldRegion.Length && oldRegion[oldIndex].Start < oldStart)
            {
                oldIndex++;
            }

            if (oldIndex < oldRegion.Length && oldRegion[oldIndex].Start == oldStart
                && SameParagraph(text, regionStart, region[index], oldText, oldRegion[oldIndex]))
            {
                regionResults[index] = oldRegion[oldIndex].Result;
                region[index] = oldRegion[oldIndex].Paragraph.WithGap(region[index].GapLength);
                oldIndex++;
            }
        }
    }

    /// <summary>
    /// Whether a paragraph lexed again is the one it was: the same characters, and the next paragraph as near (on the
    /// next line or further), which tells a wrap from a paragraph's end (<see cref="ParagraphScope.EndsAsFilledLine"/>).
    /// </summary>
    private static bool SameParagraph(SourceText text, int regionStart, LexedParagraph lexed, SourceText oldText, (LexedParagraph Paragraph, int Start, ParagraphResult Result) old) =>
        lexed.Length == old.Paragraph.Length
        && text.AsSpan(new TextSpan(regionStart + lexed.Paragraph.Span.Start, lexed.Length)).SequenceEqual(oldText.AsSpan(new TextSpan(old.Start, old.Paragraph.Length)))
        && Math.Min(2, LineBreaks.Count(text.AsSpan(new TextSpan(regionStart + lexed.Paragraph.Span.End, lexed.GapLength))))
            == Math.Min(2, LineBreaks.Count(oldText.AsSpan(new TextSpan(old.Start + old.Paragraph.Length, old.Paragraph.GapLength))));

    /// <summary>
    /// One region lexed again: the old paragraphs it replaces, its new paragraphs with the results they keep, the white
    /// space before its first, and what its changes added to the text's length.
    /// </summary>
    private sealed record Region(int First, int Last, List<LexedParagraph> Paragraphs, ParagraphResult?[] Results, int Lead, int Added);
}
