using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>One diagnostic of a checker, in item coordinates, with the text its first suggestion puts in place of the span (if any).</summary>
public readonly record struct Finding(string Rule, TextSpan Span, string? Replacement = null)
{
    /// <summary>Whether the finding points at <paramref name="target"/>: they overlap, or one is empty and they touch.</summary>
    public bool Hits(TextSpan target) =>
        Span.OverlapsWith(target) || ((Span.IsEmpty || target.IsEmpty) && Span.IntersectsWith(target));
}
