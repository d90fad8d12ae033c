using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules;

/// <summary>A word of a paragraph summary: its text and its offset from the paragraph's start, valid wherever the paragraph moves.</summary>
internal readonly record struct RelativeWord(int Offset, string Word)
{
    /// <summary>The word's span in the text, given where its paragraph now stands.</summary>
    public TextSpan ToSpan(int paragraphStart) => new(paragraphStart + Offset, Word.Length);
}
