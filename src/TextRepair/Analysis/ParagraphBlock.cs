using TextRepair.Lexing;

namespace TextRepair.Analysis;

/// <summary>
/// A run of consecutive paragraphs of one version with their results, none of it tied to a position: a version is a list
/// of blocks, and the next version takes over every block an edit did not reach (the same object), rebuilding only
/// the few around the edit. So an edit costs a block's worth of paragraphs and a pass over the blocks, not a pass over
/// the paragraphs.
/// </summary>
internal sealed class ParagraphBlock
{
    /// <summary>How many paragraphs a block holds, about: small enough that rebuilding one and reading its diagnostics is cheap, large enough that a 10 MB document has a few hundred (660).</summary>
    public const int TargetSize = 32;

    public ParagraphBlock(LexedParagraph[] paragraphs, ParagraphResult[] results)
    {
        Paragraphs = paragraphs;
        Results = results;
        foreach (LexedParagraph paragraph in paragraphs)
        {
            Length += paragraph.LengthWithGap;
            SentenceCount += paragraph.Paragraph.SentenceCount;
        }
    }

    public LexedParagraph[] Paragraphs { get; }

    /// <summary>The result of each paragraph, in the same order.</summary>
    public ParagraphResult[] Results { get; }

    /// <summary>The characters of the block's paragraphs and the gaps after them.</summary>
    public int Length { get; }

    /// <summary>How many sentences the block's paragraphs have.</summary>
    public int SentenceCount { get; }
}
