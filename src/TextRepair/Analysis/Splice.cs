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
    /// analysed again. Lines are lexed and segmented independently of each other (a line break ends every token and
    /// every paragraph), so the paragraphs equal those of a fresh tokenization.
    /// </summary>
    /// <returns>The splice, or the default value when the edit cannot be placed this way.</returns>
    public static Splice Around(AnalysisSnapshot previous, SourceText text, TextChangeRange change, List<LexedParagraph> rebuilt, List<ParagraphResult?> carried, ref TokenizedText? lexed)
    {
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

        for (int fromEnd = 1; fromEnd <= region.Count - kept && fromEnd <= oldRegion.Count - kept; fromEnd++)
        {
            int at = region.Count - fromEnd;
            (LexedParagraph Paragraph, int Start, ParagraphResult Result) old = oldRegion[^fromEnd];
            if (!SameCharacters(text, regionStart, region[at], previous.Text, old))
            {
                break;
            }

            regionResults[at] = old.Result;
            region[at] = old.Paragraph.WithGap(region[at].GapLength);
        }

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

    private static bool SameCharacters(SourceText text, int regionStart, LexedParagraph lexed, SourceText oldText, (LexedParagraph Paragraph, int Start, ParagraphResult Result) old) =>
        lexed.Length == old.Paragraph.Length
        && text.AsSpan(new TextSpan(regionStart + lexed.Paragraph.Span.Start, lexed.Length)).SequenceEqual(oldText.AsSpan(new TextSpan(old.Start, old.Paragraph.Length)));
}
