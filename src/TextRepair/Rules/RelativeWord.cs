using TextRepair.Text;

namespace TextRepair.Rules;

/// <summary>A word of a paragraph summary: its text and its offset from the paragraph's start, valid wherever the paragraph moves.</summary>
internal readonly record struct RelativeWord(int Offset, string Word)
{
    /// <summary>The word's span, relative to its paragraph.</summary>
    public TextSpan Span => new(Offset, Word.Length);
}
