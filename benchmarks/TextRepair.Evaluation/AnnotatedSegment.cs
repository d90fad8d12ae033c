namespace TextRepair.Evaluation;

/// <summary>A machine-translated segment and its MQM error spans.</summary>
public sealed record AnnotatedSegment(string Text, IReadOnlyList<MqmSpan> Spans);
