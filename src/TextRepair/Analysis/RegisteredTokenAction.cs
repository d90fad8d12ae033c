using TextRepair.Lexing;

namespace TextRepair.Analysis;

/// <summary>A token action and the kinds of token it was registered for.</summary>
internal readonly record struct RegisteredTokenAction(TokenAction Action, TokenKind[] Kinds);
