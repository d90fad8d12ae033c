using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>An expert MQM error span and its category.</summary>
public sealed record MqmSpan(TextSpan Span, string Category);
