namespace TextRepair.Evaluation;

/// <summary>A learner paragraph and its gold edits.</summary>
public sealed record EditedParagraph(string Text, IReadOnlyList<Edit> Edits);
