namespace TextRepair.Analysis;

/// <summary>The order of every result's diagnostics: by span, then rule id, then message (ordinal).</summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? left, Diagnostic? right)
    {
        int bySpan = left!.Span.CompareTo(right!.Span);
        if (bySpan != 0)
        {
            return bySpan;
        }

        int byId = string.CompareOrdinal(left.Id, right.Id);
        return byId != 0 ? byId : string.CompareOrdinal(left.Message, right.Message);
    }

    /// <summary>
    /// Appends <paramref name="left"/> and <paramref name="right"/>, each sorted, in order, each moved by its shift; on a
    /// tie the left one first, as a stable sort of the two one after the other would have it.
    /// </summary>
    public static void MergeInto(List<Diagnostic> into, Diagnostic[] left, int leftShift, Diagnostic[] right, int rightShift)
    {
        int fromLeft = 0;
        int fromRight = 0;
        Diagnostic? nextLeft = null;
        Diagnostic? nextRight = null;
        while (fromLeft < left.Length || fromRight < right.Length)
        {
            nextLeft ??= fromLeft < left.Length ? Moved(left[fromLeft], leftShift) : null;
            nextRight ??= fromRight < right.Length ? Moved(right[fromRight], rightShift) : null;
            if (nextRight is null || (nextLeft is not null && Instance.Compare(nextLeft, nextRight) <= 0))
            {
                into.Add(nextLeft!);
                nextLeft = null;
                fromLeft++;
            }
            else
            {
                into.Add(nextRight);
                nextRight = null;
                fromRight++;
            }
        }
    }

    private static Diagnostic Moved(Diagnostic diagnostic, int shift) => shift == 0 ? diagnostic : diagnostic.WithOffset(shift);
}
