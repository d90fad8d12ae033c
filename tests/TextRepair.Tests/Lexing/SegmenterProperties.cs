using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Lexing;
using TextRepair.Text;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Lexing;

public class SegmenterProperties
{
    [Property(MaxTest = 500)]
    public Property Sentences_lie_inside_paragraphs_and_cover_their_non_space_text() =>
        Prop.ForAll(TextGenerators.HostileText(), text =>
        {
            using TokenizedText tokenized = TokenizedText.Create(SourceText.From(text));
            foreach (Paragraph paragraph in tokenized.Paragraphs)
            {
                if (!SegmentationInvariants.Holds(tokenized, paragraph))
                {
                    return false;
                }
            }

            return true;
        });

    /// <summary>
    /// Paragraphs are the lines that are not blank, a line ending at every line break but a NEL the lexer reads as a byte
    /// of damaged encoding (a control inside the paragraph), which never follows white space.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Paragraphs_are_the_lines_of_the_text_that_are_not_blank() =>
        Prop.ForAll(TextGenerators.HostileText(), text =>
        {
            var source = SourceText.From(text);
            using TokenizedText tokenized = TokenizedText.Create(source);
            HashSet<int> nelsReadAsBytes = [.. tokenized.Tokens.ToArray().Where(token => token.Has(TokenShape.Control) && text[token.Start] == '\u0085').Select(token => token.Start)];
            if (nelsReadAsBytes.Any(index => index == 0 || char.IsWhiteSpace(text[index - 1])))
            {
                return false;
            }

            var lines = new List<TextSpan>();
            foreach (TextSpan span in source.Lines.Select(line => line.Span))
            {
                bool joined = lines.Count > 0 && nelsReadAsBytes.Contains(lines[^1].End);
                lines.Add(joined ? TextSpan.FromBounds(lines[^1].Start, span.End) : span);
                if (joined)
                {
                    lines.RemoveAt(lines.Count - 2);
                }
            }

            IEnumerable<TextSpan> paragraphs = lines.Where(span => !CharacterClassifier.IsBlank(text.AsSpan(span.Start, span.Length)));
            return tokenized.Paragraphs.ToArray().Select(paragraph => paragraph.Span).SequenceEqual(paragraphs);
        });
}
