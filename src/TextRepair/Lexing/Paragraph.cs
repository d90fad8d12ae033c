using TextRepair.Text;

namespace TextRepair.Lexing;

/// <summary>One paragraph (a line that is not blank, or the lines of text filled to a width) with its tokens and sentences.</summary>
/// <param name="Span">Its text without the line break after it.</param>
/// <param name="FirstToken">The index of its first token in the token table.</param>
/// <param name="TokenCount">How many tokens it holds (white space at its edges included).</param>
/// <param name="FirstSentence">The index of its first sentence.</param>
/// <param name="SentenceCount">How many sentences it holds.</param>
/// <param name="Shape">The union of its tokens' shapes: lets a rule skip a paragraph with nothing for it (no non-ASCII character, say) at no cost.</param>
public readonly record struct Paragraph(TextSpan Span, int FirstToken, int TokenCount, int FirstSentence, int SentenceCount, TokenShape Shape)
{
    /// <summary>The index just after its last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>The index just after its last sentence.</summary>
    public int EndSentence => FirstSentence + SentenceCount;
}
