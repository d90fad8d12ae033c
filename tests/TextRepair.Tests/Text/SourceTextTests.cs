using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Text;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Text;

public class SourceTextTests
{
    [Fact]
    public void Lines_and_positions_use_every_kind_of_line_break()
    {
        var text = SourceText.From("one\r\ntwo\nthree\rfour\u2028five");
        Assert.Equal(5, text.Lines.Length);
        Assert.Equal(new LinePosition(1, 1), text.GetLinePosition(6));
        Assert.Equal(6, text.GetPosition(new LinePosition(1, 1)));
        Assert.Equal("four", text.ToString(text.Lines[3].Span));
        Assert.Equal(new LinePosition(4, 4), text.GetLinePosition(text.Length));
        Assert.Equal("2:2", text.GetLinePosition(6).ToString());
    }

    [Fact]
    public void WithChanges_sorts_applies_and_reports_ranges()
    {
        var text = SourceText.From("aOn Sunday,at least");
        TextEditResult result = text.WithChanges([TextChange.Insert(11, " "), TextChange.Delete(new TextSpan(0, 1))]);
        Assert.Equal("On Sunday, at least", result.NewText.ToString());
        Assert.Equal([new TextChangeRange(new TextSpan(0, 1), 0), new TextChangeRange(new TextSpan(11, 0), 1)], result.ChangeRanges.ToArray());
    }

    [Fact]
    public void WithChanges_rejects_overlaps_and_changes_outside_the_text()
    {
        var text = SourceText.From("0123456789");
        ArgumentException overlap = Assert.Throws<ArgumentException>(() => text.WithChanges([new TextChange(new TextSpan(2, 4), "x"), new TextChange(new TextSpan(5, 2), "y")]));
        Assert.Contains("overlap", overlap.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => text.WithChanges([new TextChange(new TextSpan(8, 4), "x")]));
        Assert.Throws<ArgumentException>(() => text.WithChanges([new TextChange(new TextSpan(2, 4), "x"), TextChange.Insert(3, "y")]));
    }

    [Fact]
    public void Insertions_at_one_position_keep_their_order_and_may_touch_a_replacement()
    {
        var text = SourceText.From("abc");
        TextEditResult result = text.WithChanges([TextChange.Insert(1, "X"), TextChange.Insert(1, "Y"), new TextChange(new TextSpan(1, 1), "B")]);
        Assert.Equal("aXYBc", result.NewText.ToString());
    }

    [Property(MaxTest = 300)]
    public Property WithChanges_then_the_inverse_changes_gives_back_the_original() =>
        Prop.ForAll(TextGenerators.HostileText(), ArbMap.Default.ArbFor<int[]>(), (text, seeds) =>
        {
            var original = SourceText.From(text);
            List<TextChange> changes = MakeChanges(text.Length, seeds ?? []);
            TextEditResult forward = original.WithChanges(changes);
            TextEditResult backward = forward.NewText.WithChanges(forward.GetInverseChanges());
            return backward.NewText.ToString() == text;
        });

    /// <summary>Non-overlapping changes, in shuffled order, derived from arbitrary numbers.</summary>
    private static List<TextChange> MakeChanges(int length, int[] seeds)
    {
        var changes = new List<TextChange>();
        int position = 0;
        foreach (int seed in seeds)
        {
            int gap = Math.Abs(seed % 5);
            int size = Math.Abs((seed / 5) % 4);
            if (position + gap + size > length)
            {
                break;
            }

            changes.Add(new TextChange(new TextSpan(position + gap, size), new string('x', Math.Abs((seed / 20) % 3))));
            position += gap + size;
        }

        changes.Reverse();
        return changes;
    }
}
