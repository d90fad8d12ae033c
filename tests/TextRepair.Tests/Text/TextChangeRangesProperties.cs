using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Text;

namespace TextRepair.Tests.Text;

/// <summary>
/// Two edits put together describe the text after both: its ranges are sorted and apart, and replacing each of them in
/// the first text by what stands there in the last gives the last text, so every character outside them is untouched.
/// </summary>
public class TextChangeRangesProperties
{
    [Property(MaxTest = 500, Replay = "(20261201,1137)")]
    public Property Two_edits_put_together_describe_the_text_after_both() =>
        Prop.ForAll(Gen.Choose(0, 60).ToArbitrary(), Changes().ToArbitrary(), Changes().ToArbitrary(), (length, firstSeeds, secondSeeds) =>
        {
            var original = SourceText.From(new string([.. Enumerable.Range(0, length).Select(index => (char)('a' + (index % 26)))]));
            TextEditResult first = original.WithChanges(ToChanges(original, firstSeeds, 'X'));
            TextEditResult second = first.NewText.WithChanges(ToChanges(first.NewText, secondSeeds, 'Y'));
            ImmutableArray<TextChangeRange> composed = TextChangeRanges.Compose(first.ChangeRanges.AsSpan(), second.ChangeRanges.AsSpan());

            string before = original.ToString();
            string after = second.NewText.ToString();
            var rebuilt = new System.Text.StringBuilder();
            int at = 0;
            int added = 0;
            foreach (TextChangeRange range in composed)
            {
                Assert.True(range.Span.Start >= at, $"ranges overlap or are out of order: {string.Join(", ", composed)}");
                rebuilt.Append(before, at, range.Span.Start - at);
                rebuilt.Append(after, range.Span.Start + added, range.NewLength);
                added += range.NewLength - range.Span.Length;
                at = range.Span.End;
            }

            rebuilt.Append(before, at, before.Length - at);
            Assert.Equal(after, rebuilt.ToString());

            // Every change of the first edit lies in one of the ranges, and there is no range without a change.
            Assert.All(first.ChangeRanges, range => Assert.Contains(composed, outer => outer.Span.Start <= range.Span.Start && range.Span.End <= outer.Span.End));
            Assert.InRange(composed.Length, 0, first.ChangeRanges.Length + second.ChangeRanges.Length);
            return true;
        });

    [Fact]
    public void Changes_far_apart_stay_apart()
    {
        // Replace [10, 12) by four characters, then (in the text between) delete [100, 103) and insert at 200.
        ImmutableArray<TextChangeRange> first = [new TextChangeRange(new TextSpan(10, 2), 4)];
        ImmutableArray<TextChangeRange> second = [new TextChangeRange(new TextSpan(100, 3), 0), new TextChangeRange(new TextSpan(200, 0), 5)];
        Assert.Equal(
            [new TextChangeRange(new TextSpan(10, 2), 4), new TextChangeRange(new TextSpan(98, 3), 0), new TextChangeRange(new TextSpan(198, 0), 5)],
            TextChangeRanges.Compose(first.AsSpan(), second.AsSpan()).ToArray());
    }

    [Fact]
    public void A_change_inside_text_the_first_edit_wrote_widens_to_that_change()
    {
        // "abcdefghij": [2, 4) becomes "WXYZ"; then the "XY" of it becomes "Q".
        ImmutableArray<TextChangeRange> first = [new TextChangeRange(new TextSpan(2, 2), 4)];
        ImmutableArray<TextChangeRange> second = [new TextChangeRange(new TextSpan(3, 2), 1)];
        Assert.Equal([new TextChangeRange(new TextSpan(2, 2), 3)], TextChangeRanges.Compose(first.AsSpan(), second.AsSpan()).ToArray());
    }

    private static Gen<(int Where, int Length, int What)[]> Changes() =>
        Gen.Choose(0, 1000).Zip(Gen.Choose(0, 6)).Zip(Gen.Choose(0, 4)).Select(triple => (triple.Item1.Item1, triple.Item1.Item2, triple.Item2)).ArrayOf().Select(array => array.Take(5).ToArray());

    /// <summary>Seeds as changes of <paramref name="text"/>: sorted, apart, inserting runs of <paramref name="mark"/>.</summary>
    private static List<TextChange> ToChanges(SourceText text, (int Where, int Length, int What)[] seeds, char mark)
    {
        var changes = new List<TextChange>();
        int from = 0;
        foreach ((int where, int length, int what) in seeds.OrderBy(seed => seed.Where % (text.Length + 1)))
        {
            int start = where % (text.Length + 1);
            if (start < from)
            {
                continue;
            }

            int removed = Math.Min(length, text.Length - start);
            changes.Add(new TextChange(new TextSpan(start, removed), new string(mark, what)));
            from = start + removed;
        }

        return changes;
    }
}
