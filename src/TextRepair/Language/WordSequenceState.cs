namespace TextRepair.Language;

/// <summary>
/// Where a word-by-word scoring stands (<see cref="WordSequenceModel.Next"/>): the last two words and the model's slot
/// for them (0 when the model has not seen them together, or there was only one).
/// </summary>
internal readonly record struct WordSequenceState(int First, int Second, ulong Context)
{
    /// <summary>Whether the model has seen the two words together, in this order.</summary>
    public bool HasBigram => Context != 0;
}
