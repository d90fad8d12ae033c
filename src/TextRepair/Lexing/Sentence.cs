using TextRepair.Text;

namespace TextRepair.Lexing;

/// <summary>One sentence: its span (from its first to its last non-space token) and its range of tokens.</summary>
/// <param name="Span">The sentence's text, without the white space around it.</param>
/// <param name="FirstToken">The index of its first token in the token table.</param>
/// <param name="TokenCount">How many tokens it holds.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>The index just after its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
