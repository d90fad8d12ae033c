using System.Runtime.InteropServices;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// Where an edit falls in the blocks of the version before it: the blocks it replaces (from <see cref="FirstBlock"/> to
/// <see cref="EndBlock"/>, end excluded), whose paragraphs the new version holds anew.
/// </summary>
internal readonly record struct Splice(int LeadingLength, int FirstBlock, int EndBlock)
{
    /// <summary>Whether the edit could be placed (false for the default value: analyse afresh).</summary>
    public bool IsValid => EndBlock > 0;

    /// <summary>
    /// Lexes again the lines an edit touched, widened by one paragraph on each side (an edit may join or split lines next
    /// to it), and fills <paramref name="rebuilt"/> with the paragraphs of the blocks around them in the new version, and
    /// <paramref name="carried"/> with the result each had, if it had one. A re-lexed paragraph whose characters did not
    /// change keeps its identity (and its result), so only the paragraphs the edit changed and their neighbours are
    /// analysed again: those at the region's ends, and those between the edit's separate changes (a fix-all pass
    /// changes a few paragraphs spread over the whole text, and every paragraph between them is as it was). Lines are
    /// lexed and segmented independently of each other (a line break ends every token and every paragraph), so the
    /// paragraphs equal those of a fresh tokenization.
    /// </summary>
    /// <param name="previous">The analysis of the text before the edit.</param>
    /// <param name="text">The text after the edit.</param>
    /// <param name="changes">The edit's changes, sorted and apart, as ranges of the text before it.</param>
    /// <param name="rebuilt">Receives the paragraphs of the blocks around the edit.</param>
    /// <param name="carried">Receives the result each of them had, or null.</param>
    /// <param name="lexed">Receives the token tables of the lexed region.</param>
    /// <returns>The splice, or the default value when the edit cannot be placed this way.</returns>
    public static Splice Around(AnalysisSnapshot previous, SourceText text, ReadOnlySpan<TextChangeRange> changes, List<LexedParagraph> rebuilt, List<ParagraphResult?> carried, ref TokenizedText? lexed)
    {
        TextChangeRange change = AnalysisSnapshot.Collapse(changes);
        int count = previous.ParagraphCount;
        int changeStart = change.Span.Start;
        int changeEnd = change.Span.End;
        int delta = change.NewLength - change.Span.Length;

        // The paragraphs around the change: the last starting at or before it, the first ending at or after it.
        int first = previous.FindParagraph(changeStart);
        int last = first;
        LexedParagraph lastParagraph = previous.GetParagraph(last, out int lastStart, out _);
        while (last + 1 < count && lastStart + lastParagraph.Length < changeEnd)
        {
            lastStart += lastParagraph.LengthWithGap;
            lastParagraph = previous.GetParagraph(++last, out _, out _);
        }

        first = Math.Max(0, first - 1);
        last = Math.Min(count - 1, last + 1);
        var oldRegion = new List<(LexedParagraph Paragraph, int Start, ParagraphResult Result)>(last - first + 1);
        for (int index = first; index <= last; index++)
        {
            LexedParagraph paragraph = previous.GetParagraph(index, out int start, out ParagraphResult result);
            oldRegion.Add((paragraph, start, result));
        }

        int regionStart = first == 0 ? 0 : oldRegion[0].Start;
        int regionEnd = last + 1 < count ? oldRegion[^1].Start + oldRegion[^1].Paragraph.LengthWithGap : previous.Text.Length;
        if (regionStart > changeStart || regionEnd < changeEnd)
        {
            return default;
        }

        var regionSpan = TextSpan.FromBounds(regionStart, regionEnd + delta);
        lexed = TokenizedText.Create(text, text.AsSpan(regionSpan));
        var region = new List<LexedParagraph>();
        int lead = lexed.GetLexedParagraphs(region, regionSpan.Length);
        var regionResults = new ParagraphResult?[region.Count];

        // Paragraphs at the region's two ends whose characters are unchanged keep their identity and result.
        int kept = 0;
        while (kept < region.Count && kept < oldRegion.Count && SameCharacters(text, regionStart, region[kept], previous.Text, oldRegion[kept]))
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
            if (!SameCharacters(text, regionStart, region[at], previous.Text, old))
            {
                break;
            }

            regionResults[at] = old.Result;
            region[at] = old.Paragraph.WithGap(region[at].GapLength);
            keptAtEnd++;
        }

        // Each paragraph before the edit is taken over once: between the changes, only those the ends did not take.
        KeepBetweenChanges(text, regionStart, changes, previous.Text, CollectionsMarshal.AsSpan(oldRegion)[kept..^keptAtEnd], region, regionResults);

        // The blocks that hold the region and the paragraph on each side of it (whose neighbour may have changed).
        int firstBlock = previous.BlockOf(Math.Max(0, first - 1));
        int endBlock = previous.BlockOf(Math.Min(count - 1, last + 1)) + 1;
        for (int block = firstBlock, index = previous.BlockFirstParagraph(firstBlock); block < endBlock; block++)
        {
            ParagraphBlock current = previous.Blocks[block];
            for (int within = 0; within < current.Paragraphs.Length; within++, index++)
            {
                if (index == first)
                {
                    rebuilt.AddRange(region);
                    carried.AddRange(regionResults);
                }

                if (index >= first && index <= last)
                {
                    continue;
                }

                LexedParagraph paragraph = current.Paragraphs[within];
                if (index == first - 1 && lead > 0)
                {
                    // White space at the region's start joins the gap after the paragraph before it.
                    paragraph = paragraph.WithGap(paragraph.GapLength + lead);
                }

                rebuilt.Add(paragraph);
                carried.Add(current.Results[within]);
            }
        }

        return new Splice(first == 0 ? lead : previous.LeadingLength, firstBlock, endBlock);
    }

    /// <summary>
    /// Gives the paragraphs of <paramref name="region"/> that lie between two of the <paramref name="changes"/> (touching
    /// none) the identity and result of the paragraph they were, when their characters are unchanged: each is looked for
    /// where it stood before the edit, its start moved back by the length the changes before it added.
    /// </summary>
    private static void KeepBetweenChanges(SourceText text, int regionStart, ReadOnlySpan<TextChangeRange> changes, SourceText oldText, ReadOnlySpan<(LexedParagraph Paragraph, int Start, ParagraphResult Result)> oldRegion, List<LexedParagraph> region, ParagraphResult?[] regionResults)
    {
        if (changes.Length < 2)
        {
            return;
        }

        int next = 0;
        int delta = 0;
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
                delta += changes[next].NewLength - changes[next].Span.Length;
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
                && SameCharacters(text, regionStart, region[index], oldText, oldRegion[oldIndex]))
            {
                regionResults[index] = oldRegion[oldIndex].Result;
                region[index] = oldRegion[oldIndex].Paragraph.WithGap(region[index].GapLength);
                oldIndex++;
            }
        }
    }

    private static bool SameCharacters(SourceText text, int regionStart, LexedParagraph lexed, SourceText oldText, (LexedParagraph Paragraph, int Start, ParagraphResult Result) old) =>
        lexed.Length == old.Paragraph.Length
        && text.AsSpan(new TextSpan(regionStart + lexed.Paragraph.Span.Start, lexed.Length)).SequenceEqual(oldText.AsSpan(new TextSpan(old.Start, old.Paragraph.Length)));
}
