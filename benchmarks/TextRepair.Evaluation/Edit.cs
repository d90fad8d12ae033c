using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>One gold edit of a learner paragraph: the span and what replaces it.</summary>
public sealed record Edit(TextSpan Span, string Replacement);
