using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>A paragraph after damage: the damaged text, what was done and where (a span of the damaged text).</summary>
public sealed record InjectedDefect(string Original, string Noisy, DefectType? Type, TextSpan Span)
{
    public bool IsClean => Type is null;
}
