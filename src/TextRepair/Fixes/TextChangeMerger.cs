using System.Collections.Immutable;
using TextRepair.Text;

namespace TextRepair.Fixes;

/// <summary>
/// Gathers the changes of many fixes into one set that can be applied at once. A fix is taken whole or not at all:
/// it is rejected when one of its changes conflicts with a change already taken.
/// </summary>
/// <remarks>
/// Two replacements conflict when they overlap (unless they are identical); an insertion conflicts with another insertion
/// at the same position (unless identical, since their order would be arbitrary) and with a replacement it falls strictly
/// inside. Changes that only touch end to end do not conflict. A change that would not alter the text is ignored.
/// </remarks>
public sealed class TextChangeMerger
{
    private readonly SourceText text;
    private readonly List<TextChange> accepted = [];

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
        var fresh = new List<TextChange>(fix.Changes.Length);
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

            bool duplicate = false;
            foreach (TextChange taken in accepted)
            {
                if (taken == change)
                {
                    duplicate = true;
                    break;
                }

                if (Conflicts(taken, change))
                {
                    return false;
                }
            }

            if (!duplicate)
            {
                fresh.Add(change);
            }
        }

        foreach (TextChange change in fresh)
        {
            int index = accepted.FindIndex(taken => taken.Span.Start > change.Span.Start || (taken.Span.Start == change.Span.Start && taken.Span.Length > change.Span.Length));
            accepted.Insert(index < 0 ? accepted.Count : index, change);
        }

        return true;
    }

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
}
