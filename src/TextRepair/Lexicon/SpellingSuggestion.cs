namespace TextRepair.Lexicon;

/// <summary>A correction for an unknown word: the word, its edit distance (Damerau, restricted), and its frequency.</summary>
/// <param name="Word">The suggested word (lowercase).</param>
/// <param name="Distance">The restricted Damerau–Levenshtein distance from the unknown word.</param>
/// <param name="Count">The word's count in Google Books.</param>
public readonly record struct SpellingSuggestion(string Word, int Distance, long Count);
