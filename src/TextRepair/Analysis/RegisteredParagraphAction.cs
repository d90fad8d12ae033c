using TextRepair.Lexing;

namespace TextRepair.Analysis;

/// <summary>A paragraph action and the token shapes a paragraph needs (any of them) for it to run; none means every paragraph.</summary>
internal readonly record struct RegisteredParagraphAction(ParagraphAction Action, TokenShape AnyOf)
{
    public bool Wants(TokenShape paragraphShape) => AnyOf == TokenShape.None || (paragraphShape & AnyOf) != 0;
}
