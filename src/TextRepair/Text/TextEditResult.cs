using System.Collections.Immutable;

namespace TextRepair.Text;

/// <summary>The outcome of <see cref="SourceText.WithChanges(IEnumerable{TextChange})"/>: the new text and what changed.</summary>
public sealed class TextEditResult
{
    internal TextEditResult(SourceText oldText, SourceText newText, ImmutableArray<TextChange> changes)
    {
        OldText = oldText;
        NewText = newText;
        Changes = changes;
        ChangeRanges = changes.Select(static change => change.ToRange()).ToImmutableArray();
    }

    /// <summary>The text the changes were applied to.</summary>
    public SourceText OldText { get; }

    /// <summary>The text after the changes.</summary>
    public SourceText NewText { get; }

    /// <summary>The changes, sorted by position, as they were applied (spans refer to <see cref="OldText"/>).</summary>
    public ImmutableArray<TextChange> Changes { get; }

    /// <summary>The ranges of <see cref="OldText"/> that changed and the lengths that replaced them, in order.</summary>
    public ImmutableArray<TextChangeRange> ChangeRanges { get; }

    /// <summary>
    /// The changes that turn <see cref="NewText"/> back into <see cref="OldText"/> (spans refer to <see cref="NewText"/>).
    /// </summary>
    public ImmutableArray<TextChange> GetInverseChanges()
    {
        var inverse = ImmutableArray.CreateBuilder<TextChange>(Changes.Length);
        int shift = 0;
        foreach (TextChange change in Changes)
        {
            var newSpan = new TextSpan(change.Span.Start + shift, change.NewText.Length);
            inverse.Add(new TextChange(newSpan, OldText.ToString(change.Span)));
            shift += change.LengthDelta;
        }

        return inverse.MoveToImmutable();
    }
}
