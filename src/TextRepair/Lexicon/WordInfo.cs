namespace TextRepair.Lexicon;

/// <summary>What the lexicon knows of a word.</summary>
/// <param name="Count">How often it occurs in Google Books (SymSpell's list); 0 when it is not among the 82,765 words counted.</param>
/// <param name="Level">Its SCOWL size level, 10 (most common) to 70; 0 when SCOWL does not list it.</param>
/// <param name="IsCommonLowercase">Whether it is written in lowercase in the word lists (a common word rather than only a name).</param>
/// <param name="IsName">Whether SCOWL lists it only with a capital (a name).</param>
/// <param name="HasCapitalizedForm">Whether SCOWL lists it with a capital (as a name, a month, a title), whether or not also in lowercase ("May", "Will", "Bill").</param>
public readonly record struct WordInfo(long Count, int Level, bool IsCommonLowercase, bool IsName, bool HasCapitalizedForm);
