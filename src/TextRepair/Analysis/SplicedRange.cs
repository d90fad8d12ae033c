namespace TextRepair.Analysis;

/// <summary>
/// One run of blocks of the version before an edit that the new version holds anew: the blocks
/// [<see cref="FirstBlock"/>, <see cref="EndBlock"/>) of the version before, replaced by the paragraphs
/// [<see cref="FirstParagraph"/>, <see cref="FirstParagraph"/> + <see cref="ParagraphCount"/>) of the splice's list.
/// The runs of one edit are kept apart by at least one block no change reached, which the new version shares.
/// </summary>
/// <param name="FirstBlock">The first block replaced.</param>
/// <param name="EndBlock">The block after the last one replaced.</param>
/// <param name="FirstParagraph">Where the run's paragraphs start in the splice's list.</param>
/// <param name="ParagraphCount">How many paragraphs the run has in the new version.</param>
/// <param name="LengthBefore">What the edit's changes before the run added to the text (negative when they removed more than they inserted): the run's blocks stand that much further in the new text.</param>
internal readonly record struct SplicedRange(int FirstBlock, int EndBlock, int FirstParagraph, int ParagraphCount, int LengthBefore);
