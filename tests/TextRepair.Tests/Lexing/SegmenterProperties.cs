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

    [Property(MaxTest = 500)]
    public Property Paragraphs_are_the_lines_of_the_text_that_are_not_blank() =>
        Prop.ForAll(TextGenerators.HostileText(), text =>
        {
            var source = SourceText.From(text);
            using TokenizedText tokenized = TokenizedText.Create(source);
            IEnumerable<TextSpan> lines = source.Lines.Select(line => line.Span).Where(span => !CharacterClassifier.IsBlank(text.AsSpan(span.Start, span.Length)));
            return tokenized.Paragraphs.ToArray().Select(paragraph => paragraph.Span).SequenceEqual(lines);
        });
}
