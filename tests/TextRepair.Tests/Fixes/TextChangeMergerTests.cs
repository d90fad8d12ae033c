using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Tests.Fixes;

public class TextChangeMergerTests
{
    private static readonly SourceText Text = SourceText.From("0123456789");

    private static Fix Replace(int start, int length, string text) => new("f", FixApplicability.Automatic, new TextChange(new TextSpan(start, length), text));

    [Fact]
    public void Overlapping_replacements_conflict_but_touching_ones_do_not()
    {
        var merger = new TextChangeMerger(Text);
        Assert.True(merger.TryAdd(Replace(2, 3, "x")));
        Assert.False(merger.TryAdd(Replace(4, 2, "y")));
        Assert.True(merger.TryAdd(Replace(5, 2, "z")));
        Assert.True(merger.TryAdd(Replace(2, 3, "x")));
        Assert.Equal(2, merger.Changes.Length);
    }

    [Fact]
    public void Insertions_conflict_inside_a_replacement_and_with_another_insertion_at_their_position()
    {
        var merger = new TextChangeMerger(Text);
        Assert.True(merger.TryAdd(Replace(2, 3, "x")));
        Assert.False(merger.TryAdd(Replace(3, 0, "i")));
        Assert.True(merger.TryAdd(Replace(2, 0, "i")));
        Assert.True(merger.TryAdd(Replace(5, 0, "j")));
        Assert.False(merger.TryAdd(Replace(5, 0, "k")));
    }

    [Fact]
    public void A_fix_is_taken_whole_or_not_at_all()
    {
        var merger = new TextChangeMerger(Text);
        Assert.True(merger.TryAdd(Replace(6, 1, "x")));
        var both = new Fix("two", FixApplicability.Automatic, [new TextChange(new TextSpan(0, 1), "a"), new TextChange(new TextSpan(6, 2), "b")]);
        Assert.False(merger.TryAdd(both));
        Assert.Single(merger.Changes);
    }

    [Fact]
    public void Changes_that_alter_nothing_are_ignored_and_a_fix_with_overlapping_changes_is_refused()
    {
        var merger = new TextChangeMerger(Text);
        Assert.True(merger.TryAdd(Replace(1, 2, "12")));
        Assert.Empty(merger.Changes);
        Assert.Throws<ArgumentException>(() => new Fix("bad", FixApplicability.Automatic, [new TextChange(new TextSpan(0, 3), "a"), new TextChange(new TextSpan(2, 2), "b")]));
    }
}
