namespace TextRepair.Analysis;

/// <summary>
/// What a paragraph's actions read of its neighbours, recorded as they read it: a result depends on a neighbour's
/// characters only if some action read them, and on its existence only if some action asked. Most paragraphs read
/// nothing of their neighbours (only a few rules look across a paragraph break, and only in some cases), so their
/// results survive an edit next door.
/// </summary>
[Flags]
internal enum NeighbourReads
{
    None = 0,
    PreviousExists = 1,
    PreviousContent = 2,
    NextExists = 4,
    NextContent = 8,
}
