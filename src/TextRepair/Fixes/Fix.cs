using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using TextRepair.Text;

namespace TextRepair.Fixes;

/// <summary>A fix: a title, whether it is safe to apply unattended, and its text changes, applied all together or not at all.</summary>
public sealed class Fix
{
    /// <summary>Creates a fix.</summary>
    /// <exception cref="ArgumentException">When there are no changes, or two of them overlap.</exception>
    public Fix(string title, FixApplicability applicability, ImmutableArray<TextChange> changes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (changes.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A fix needs at least one change.", nameof(changes));
        }

        ImmutableArray<TextChange> sorted = changes.Sort(static (left, right) => left.Span.CompareTo(right.Span));
        for (int index = 1; index < sorted.Length; index++)
        {
            if (sorted[index - 1].Span.End > sorted[index].Span.Start)
            {
                throw new ArgumentException($"The changes {sorted[index - 1]} and {sorted[index]} of one fix overlap.", nameof(changes));
            }
        }

        Title = title;
        Applicability = applicability;
        Changes = sorted;
    }

    /// <summary>Creates a fix of one change.</summary>
    public Fix(string title, FixApplicability applicability, TextChange change)
        : this(title, applicability, [change])
    {
    }

    /// <summary>What the fix does, for a menu or a report ("Delete 'a'").</summary>
    public string Title { get; }

    /// <summary>Whether the fix may be applied unattended.</summary>
    public FixApplicability Applicability { get; }

    /// <summary>The changes, sorted by position and not overlapping.</summary>
    public ImmutableArray<TextChange> Changes { get; }

    /// <summary>The title.</summary>
    public override string ToString() => Title;

    /// <summary>The same fix with every change moved by <paramref name="delta"/> code units.</summary>
    internal Fix WithOffset(int delta)
    {
        if (delta == 0)
        {
            return this;
        }

        // Moving every change keeps them sorted and apart: no sort, no check, one array.
        var moved = new TextChange[Changes.Length];
        for (int index = 0; index < moved.Length; index++)
        {
            TextChange change = Changes[index];
            moved[index] = new TextChange(new TextSpan(change.Span.Start + delta, change.Span.Length), change.NewText);
        }

        return new Fix(Title, Applicability, ImmutableCollectionsMarshal.AsImmutableArray(moved), sorted: true);
    }

    private Fix(string title, FixApplicability applicability, ImmutableArray<TextChange> sortedChanges, bool sorted)
    {
        Debug.Assert(sorted, "Only for changes already sorted and apart.");
        Title = title;
        Applicability = applicability;
        Changes = sortedChanges;
    }
}
