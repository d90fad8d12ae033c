namespace TextRepair.Evaluation;

/// <summary>The kinds of damage the synthetic noise generator injects, one per noisy paragraph.</summary>
public enum DefectType
{
    GluedLetter,
    WordsRunTogether,
    RepeatedWord,
    RepeatAcrossStop,
    StrayQuote,
    SpaceBeforeQuote,
    WrongCapital,
    MissingFinalStop,
    SpaceBeforeComma,
    MissingSpaceAfterStop,
    DoubleSpace,
    WrongArticle,
    Mojibake,
    InvisibleCharacter,
    Homoglyph,
    Typo,
}
