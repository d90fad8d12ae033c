using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>One damaged copy of a paragraph of the widened noise set: the class, the shape it took, and the damaged span.</summary>
public sealed record WidenedDefect(string Original, string Noisy, NoiseClass Class, string Shape, TextSpan Span, bool IsHeldOut);
