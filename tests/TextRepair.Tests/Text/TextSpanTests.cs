using TextRepair.Text;

namespace TextRepair.Tests.Text;

public class TextSpanTests
{
    [Fact]
    public void Overlap_needs_a_shared_code_unit_and_intersection_allows_touching()
    {
        var span = new TextSpan(5, 5);
        Assert.True(span.OverlapsWith(new TextSpan(9, 3)));
        Assert.False(span.OverlapsWith(new TextSpan(10, 3)));
        Assert.False(span.OverlapsWith(new TextSpan(7, 0)));
        Assert.True(span.IntersectsWith(new TextSpan(10, 3)));
        Assert.True(span.IntersectsWith(new TextSpan(7, 0)));
        Assert.False(span.IntersectsWith(new TextSpan(11, 1)));
    }

    [Fact]
    public void Contains_is_end_exclusive()
    {
        var span = new TextSpan(5, 5);
        Assert.True(span.Contains(5));
        Assert.True(span.Contains(9));
        Assert.False(span.Contains(10));
        Assert.True(span.Contains(new TextSpan(5, 5)));
        Assert.False(span.Contains(new TextSpan(4, 2)));
    }

    [Fact]
    public void Invalid_spans_are_rejected_at_the_boundary()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(1, -2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(int.MaxValue, 2));
    }

    [Fact]
    public void Spans_order_by_start_then_length()
    {
        TextSpan[] spans = [new(5, 2), new(1, 9), new(5, 1)];
        Assert.Equal([new TextSpan(1, 9), new TextSpan(5, 1), new TextSpan(5, 2)], spans.Order());
        Assert.Equal("[1..10)", new TextSpan(1, 9).ToString());
    }
}
