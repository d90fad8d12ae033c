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
