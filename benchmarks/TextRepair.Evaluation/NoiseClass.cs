namespace TextRepair.Evaluation;

/// <summary>The defect classes of the widened noise set: each comes in several shapes and positions.</summary>
public enum NoiseClass
{
    GluedCharacter,
    CapitalizedFunctionWord,
    RepeatedWord,
    RepeatAcrossStop,
    SpaceBeforePunctuation,
    MisplacedComma,
    MissingSpaceAfterStop,
    DoubleSpace,
    WrongArticle,
    NonWordTypo,
    InvisibleCharacter,
    Homoglyph,
    Mojibake,
    MissingFinalStop,
    StrayQuote,
    SpaceBeforeQuote,
}
