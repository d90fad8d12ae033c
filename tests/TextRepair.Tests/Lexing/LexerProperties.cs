using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Lexing;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Lexing;

public class LexerProperties
{
    [Property(MaxTest = 500)]
    public Property Tokens_cover_the_text_exactly_in_order() =>
        Prop.ForAll(TextGenerators.HostileText(), text =>
        {
            List<Token> tokens = Lexed.Tokens(text);
            int expected = 0;
            foreach (Token token in tokens)
            {
                if (token.Start != expected || token.Length <= 0)
                {
                    return false;
                }

                expected = token.End;
            }

            return expected == text.Length;
        });

    [Property(MaxTest = 500)]
    public Property No_token_boundary_splits_a_surrogate_pair() =>
        Prop.ForAll(TextGenerators.HostileText(), text =>
            Lexed.Tokens(text).All(token =>
                token.Start == 0 || !(char.IsHighSurrogate(text[token.Start - 1]) && char.IsLowSurrogate(text[token.Start]))));

    [Property(MaxTest = 300)]
    public Property Arbitrary_strings_are_covered_too() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            text ??= string.Empty;
            return Lexed.Tokens(text).Sum(token => token.Length) == text.Length;
        });

    [Property(MaxTest = 300)]
    public Property Lexing_in_chunks_gives_the_same_tokens() =>
        Prop.ForAll(TextGenerators.HostileText(), text =>
        {
            var chunked = new List<Token>();
            var state = default(LexerState);
            Token[] chunk = new Token[3];
            while (true)
            {
                var lexer = new Lexer(text, state);
                int read = lexer.Read(chunk);
                chunked.AddRange(chunk.Take(read));
                state = lexer.State;
                if (read < chunk.Length)
                {
                    break;
                }
            }

            return chunked.SequenceEqual(Lexed.Tokens(text));
        });
}
