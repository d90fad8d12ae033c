using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>One diagnostic of a checker, in item coordinates.</summary>
public readonly record struct Finding(string Rule, TextSpan Span)
{
    /// <summary>Whether the finding points at <paramref name="target"/>: they overlap, or one is empty and they touch.</summary>
    public bool Hits(TextSpan target) =>
        Span.OverlapsWith(target) || ((Span.IsEmpty || target.IsEmpty) && Span.IntersectsWith(target));
}
