namespace TextRepair.Lexing;

/// <summary>
/// Where a <see cref="Lexer"/> stands, so that lexing can stop and resume later over the same text
/// (in the manner of <c>JsonReaderState</c>).
/// </summary>
/// <param name="Position">The offset, in UTF-16 code units, of the next token.</param>
internal readonly record struct LexerState(int Position);
