namespace TextRepair.Language;

/// <summary>
/// Where a word-by-word scoring stands (<see cref="WordSequenceModel.Next"/>): the last word and the model's slot for the
/// last two words (0 when the model has not seen them together, or there was only one).
/// </summary>
internal readonly record struct WordSequenceState(int Second, ulong Context);
