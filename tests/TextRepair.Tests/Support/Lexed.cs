using TextRepair.Lexing;

namespace TextRepair.Tests.Support;

/// <summary>Helpers that turn tokens into readable values for assertions.</summary>
internal static class Lexed
{
    public static List<Token> Tokens(string text)
    {
        using var buffer = new TokenBuffer();
        Lexer.Tokenize(text, buffer);
        return buffer.AsSpan().ToArray().ToList();
    }

    /// <summary>The text of every token that is not white space.</summary>
    public static List<string> Words(string text) =>
        Tokens(text).Where(token => !token.IsTrivia).Select(token => text.Substring(token.Start, token.Length)).ToList();
}
