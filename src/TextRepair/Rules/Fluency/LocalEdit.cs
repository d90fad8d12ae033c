namespace TextRepair.Rules.Fluency;

/// <summary>The kinds of one small edit the fluency rule tries on an unlikely word sequence.</summary>
internal enum LocalEditKind : byte
{
    /// <summary>Two neighbouring words swapped.</summary>
    Swap,

    /// <summary>A function word dropped.</summary>
    Delete,

    /// <summary>A function word added before a word.</summary>
    Insert,

    /// <summary>A function word replaced by another of its confusion set (a preposition by a preposition).</summary>
    Replace,
}

/// <summary>One small edit at word <see cref="Position"/> of a run, and how much likelier (log10) it makes the local window.</summary>
internal readonly record struct LocalEdit(LocalEditKind Kind, int Position, int Word, float Gain);

/// <summary>
/// A small edit the fluency rule is about to score: the words [position, position + <see cref="Replaced"/>) of a run
/// replaced by <see cref="First"/> and, when <see cref="Length"/> is 2, <see cref="Second"/>; <see cref="Penalty"/> is
/// what the edit kind must win by beyond the others (log10).
/// </summary>
internal readonly record struct CandidateEdit(LocalEditKind Kind, int Word, int First, int Second, int Replaced, float Penalty)
{
    /// <summary>How many words the edit puts in the window: none for a deletion, two for a swap or an insertion.</summary>
    public int Length => Kind switch
    {
        LocalEditKind.Delete => 0,
        LocalEditKind.Replace => 1,
        _ => 2,
    };
}
