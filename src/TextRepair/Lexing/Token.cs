using TextRepair.Text;

namespace TextRepair.Lexing;

/// <summary>
/// One token of a text: a kind, shape flags and a range in UTF-16 code units. A token holds no string; read its
/// characters from the text it was lexed from with <see cref="GetText(ReadOnlySpan{char})"/>.
/// </summary>
public readonly record struct Token
{
    /// <summary>Creates a token.</summary>
    public Token(TokenKind kind, TokenShape flags, int start, int length)
    {
        Kind = kind;
        Flags = flags;
        Start = start;
        Length = length;
    }

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token's shape.</summary>
    public TokenShape Flags { get; }

    /// <summary>The offset of the token's first code unit.</summary>
    public int Start { get; }

    /// <summary>The number of code units the token covers.</summary>
    public int Length { get; }

    /// <summary>The offset just after the token.</summary>
    public int End => Start + Length;

    /// <summary>The token's range.</summary>
    public TextSpan Span => new(Start, Length);

    /// <summary>Whether the token has every flag of <paramref name="flags"/>.</summary>
    public bool Has(TokenShape flags) => (Flags & flags) == flags;

    /// <summary>Whether the token is a word or a number (the tokens that carry words of the prose).</summary>
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>Whether the token is white space or a line break.</summary>
    public bool IsTrivia => Kind is TokenKind.Whitespace or TokenKind.LineBreak;

    /// <summary>The token's characters in <paramref name="text"/>, the text it was lexed from.</summary>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
