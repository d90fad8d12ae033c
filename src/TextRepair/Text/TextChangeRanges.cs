using System.Collections.Immutable;

namespace TextRepair.Text;

/// <summary>
/// Edits described by their change ranges (sorted, not overlapping, each a range of the text before the edit): two
/// edits in a row put together into one, its ranges kept apart where the edits' changes lie apart.
/// </summary>
internal static class TextChangeRanges
{
    /// <summary>
    /// The ranges of the edit that <paramref name="first"/> then <paramref name="second"/> make, as ranges of the text
    /// before <paramref name="first"/>. Each change of <paramref name="second"/> is read back through
    /// <paramref name="first"/> (a bound inside text <paramref name="first"/> wrote widens to that change's bounds), and
    /// changes that overlap or touch are merged: the ranges stay sorted and apart, and every character outside them is
    /// one that neither edit touched. One walk over the ranges and one sort of them.
    /// </summary>
    public static ImmutableArray<TextChangeRange> Compose(ReadOnlySpan<TextChangeRange> first, ReadOnlySpan<TextChangeRange> second)
    {
        if (second.IsEmpty)
        {
            return [.. first];
        }

        if (first.IsEmpty)
        {
            return [.. second];
        }

        // Every change of either edit as a range of the original text, with the length it adds. A bound of a second
        // change is moved back by what the first edit's changes before it added; inside text a first change wrote, it
        // widens to that change's bounds. The bounds only grow, so one walk over the first edit serves them all.
        var mapped = new List<(int Start, int End, int Added)>(first.Length + second.Length);
        foreach (TextChangeRange change in first)
        {
            mapped.Add((change.Span.Start, change.Span.End, change.LengthDelta));
        }

        int passed = 0;
        int addedBefore = 0;
        foreach (TextChangeRange change in second)
        {
            int start = Back(first, change.Span.Start, ref passed, ref addedBefore, widenTo: Bound.Start);
            int end = Back(first, change.Span.End, ref passed, ref addedBefore, widenTo: Bound.End);
            mapped.Add((start, end, change.LengthDelta));
        }

        mapped.Sort(static (left, right) => left.Start != right.Start ? left.Start.CompareTo(right.Start) : left.End.CompareTo(right.End));
        var composed = ImmutableArray.CreateBuilder<TextChangeRange>();
        int runStart = mapped[0].Start;
        int runEnd = mapped[0].End;
        int runAdded = mapped[0].Added;
        for (int index = 1; index < mapped.Count; index++)
        {
            (int start, int end, int added) = mapped[index];
            if (start <= runEnd)
            {
                runEnd = Math.Max(runEnd, end);
                runAdded += added;
                continue;
            }

            composed.Add(new TextChangeRange(TextSpan.FromBounds(runStart, runEnd), runEnd - runStart + runAdded));
            (runStart, runEnd, runAdded) = (start, end, added);
        }

        composed.Add(new TextChangeRange(TextSpan.FromBounds(runStart, runEnd), runEnd - runStart + runAdded));
        return composed.ToImmutable();
    }

    private enum Bound
    {
        Start,
        End,
    }

    /// <summary>
    /// The position of the original text that <paramref name="position"/> (of the text after <paramref name="first"/>)
    /// stands for: moved back by what the changes whose new text ends at or before it added, or, strictly inside text a
    /// change wrote, that change's start or end as <paramref name="widenTo"/> asks. <paramref name="passed"/> and
    /// <paramref name="addedBefore"/> carry the walk over <paramref name="first"/> from one position to the next.
    /// </summary>
    private static int Back(ReadOnlySpan<TextChangeRange> first, int position, ref int passed, ref int addedBefore, Bound widenTo)
    {
        while (passed < first.Length && first[passed].Span.Start + addedBefore + first[passed].NewLength <= position)
        {
            addedBefore += first[passed].LengthDelta;
            passed++;
        }

        if (passed < first.Length && first[passed].Span.Start + addedBefore < position)
        {
            return widenTo == Bound.Start ? first[passed].Span.Start : first[passed].Span.End;
        }

        return position - addedBefore;
    }
}
