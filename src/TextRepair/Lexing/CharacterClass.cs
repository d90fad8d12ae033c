namespace TextRepair.Lexing;

/// <summary>The lexer's view of one character (or surrogate pair): what kind of token it can start or continue.</summary>
internal enum CharacterClass : byte
{
    Other,
    Letter,
    Digit,
    Whitespace,
    LineBreak,
    Punctuation,
    StraightQuote,
    OpenQuote,
    CloseQuote,
    Hyphen,
    Dash,
    Symbol,
    Mark,
    Format,
    Control,
}
