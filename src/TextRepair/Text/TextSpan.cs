using System.Globalization;

namespace TextRepair.Text;

/// <summary>
/// An immutable range [<see cref="Start"/>, <see cref="End"/>) of a text, in UTF-16 code units
/// (the indices of a C# <see cref="string"/>).
/// </summary>
public readonly struct TextSpan : IEquatable<TextSpan>, IComparable<TextSpan>
{
    /// <summary>Creates a span that starts at <paramref name="start"/> and covers <paramref name="length"/> code units.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="start"/> or <paramref name="length"/> is negative, or their sum overflows.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (start + length < start)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "The span's end overflows.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>The first code unit of the span.</summary>
    public int Start { get; }

    /// <summary>The number of code units the span covers.</summary>
    public int Length { get; }

    /// <summary>The position just after the span (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no code unit.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and exclusive end.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Whether <paramref name="position"/> lies in [Start, End).</summary>
    public bool Contains(int position) => unchecked((uint)(position - Start) < (uint)Length);

    /// <summary>Whether <paramref name="span"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>Whether the two spans share at least one code unit. Empty spans overlap nothing.</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <summary>Whether the spans overlap or touch (an empty span at the edge of the other intersects it).</summary>
    public bool IntersectsWith(TextSpan span) => span.Start <= End && span.End >= Start;

    /// <summary>Whether <paramref name="position"/> lies in [Start, End] (the end included).</summary>
    public bool IntersectsWith(int position) => unchecked((uint)(position - Start) <= (uint)Length);

    /// <summary>The common part of the two spans, or <see langword="null"/> when they do not intersect.</summary>
    public TextSpan? Intersection(TextSpan span)
    {
        int start = Math.Max(Start, span.Start);
        int end = Math.Min(End, span.End);
        return start <= end ? FromBounds(start, end) : null;
    }

    /// <inheritdoc/>
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextSpan span && Equals(span);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Orders by start, then by length.</summary>
    public int CompareTo(TextSpan other)
    {
        int byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <summary>Equality of start and length.</summary>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Inequality of start or length.</summary>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <summary>Orders by start, then by length.</summary>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Orders by start, then by length.</summary>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Orders by start, then by length.</summary>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by start, then by length.</summary>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;

    /// <summary>Shows the span as <c>[start..end)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");
}
