using System.Collections.Immutable;
using TextRepair.Text;

namespace TextRepair.Fixes;

/// <summary>
/// Gathers the changes of many fixes into one set that can be applied at once. A fix is taken whole or not at all:
/// it is rejected when one of its changes conflicts with a change already taken.
/// </summary>
/// <remarks>
/// <para>
/// Two replacements conflict when they overlap (unless they are identical); an insertion conflicts with another insertion
/// at the same position (unless identical, since their order would be arbitrary) and with a replacement it falls strictly
/// inside. Changes that only touch end to end do not conflict. A change that would not alter the text is ignored.
/// </para>
/// <para>
/// The changes taken never conflict, so sorted by start (and length) their ends are sorted too, and a new change can
/// only conflict with the last change that starts before it or with the changes that start inside it. Both are found
/// in a balanced tree in logarithmic time, so merging n fixes costs O(n log n) however they are ordered: a text with a
/// fix on every word merges as fast as a clean one.
/// </para>
/// </remarks>
internal sealed class TextChangeMerger
{
    private readonly SourceText text;
    private readonly SortedSet<TextChange> accepted = new(ByPosition.Instance);
    private readonly List<TextChange> fresh = [];

    /// <summary>Creates a merger for changes to <paramref name="text"/>.</summary>
    public TextChangeMerger(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        this.text = text;
    }

    /// <summary>The changes taken so far, sorted by position.</summary>
    public ImmutableArray<TextChange> Changes => [.. accepted];

    /// <summary>Takes every change of <paramref name="fix"/>, or none when one conflicts; returns whether it was taken.</summary>
    public bool TryAdd(Fix fix)
    {
        ArgumentNullException.ThrowIfNull(fix);
        fresh.Clear();
        foreach (TextChange change in fix.Changes)
        {
            if (change.Span.End > text.Length)
            {
                return false;
            }

            if (text.AsSpan(change.Span).SequenceEqual(change.NewText))
            {
                continue;
            }

            if (!TryCheck(change, out bool duplicate))
            {
                return false;
            }

            if (!duplicate)
            {
                fresh.Add(change);
            }
        }

        foreach (TextChange change in fresh)
        {
            accepted.Add(change);
        }

        return true;
    }

    /// <summary>Whether <paramref name="change"/> is compatible with every change taken, and whether it is one of them.</summary>
    private bool TryCheck(TextChange change, out bool duplicate)
    {
        duplicate = false;
        TextSpan span = change.Span;
        if (accepted.Count == 0)
        {
            return true;
        }

        // The last change that starts before this one is the only earlier one that can reach into it.
        if (accepted.Min.Span.Start < span.Start)
        {
            TextChange before = accepted.GetViewBetween(accepted.Min, Last(span.Start - 1)).Max;
            if (Conflicts(before, change))
            {
                return false;
            }
        }

        // Every change that starts within [start, end] either conflicts, duplicates, or only touches this one; at most
        // a few touch, so the walk stops early.
        if (accepted.Max.Span.Start < span.Start)
        {
            return true;
        }

        foreach (TextChange taken in accepted.GetViewBetween(First(span.Start), Last(span.End)))
        {
            if (taken == change)
            {
                duplicate = true;
            }
            else if (Conflicts(taken, change))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A search key: the first change at <paramref name="start"/>.</summary>
    private static TextChange First(int start) => new(new TextSpan(start, 0), string.Empty);

    /// <summary>A search key: after every change at <paramref name="start"/>, whatever its length.</summary>
    private static TextChange Last(int start) => new(new TextSpan(start, 0), ByPosition.AfterAll);

    private static bool Conflicts(TextChange left, TextChange right)
    {
        TextSpan a = left.Span;
        TextSpan b = right.Span;
        if (a.IsEmpty && b.IsEmpty)
        {
            return a.Start == b.Start;
        }

        if (a.IsEmpty)
        {
            return a.Start > b.Start && a.Start < b.End;
        }

        if (b.IsEmpty)
        {
            return b.Start > a.Start && b.Start < a.End;
        }

        return a.OverlapsWith(b);
    }

    /// <summary>Orders changes by start, then length; the taken changes never share both.</summary>
    private sealed class ByPosition : IComparer<TextChange>
    {
        /// <summary>Marks a search key that sorts after every change at its start (compared by reference).</summary>
        public static readonly string AfterAll = new('\uFFFF', 1);

        public static readonly ByPosition Instance = new();

        public int Compare(TextChange x, TextChange y)
        {
            int order = x.Span.Start.CompareTo(y.Span.Start);
            return order != 0 ? order : LengthKey(x).CompareTo(LengthKey(y));
        }

        private static long LengthKey(TextChange change) => ReferenceEquals(change.NewText, AfterAll) ? long.MaxValue : change.Span.Length;
    }
}
