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
    /// of damaged encoding (a control inside the paragraph), which never follows white space; or runs of such lines with
    /// no blank line between, joined only where a line is as wide as filled text's lines are (40 to 100 characters, the
    /// next no wider) and ends without a stop or a colon.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Paragraphs_are_the_lines_of_the_text_that_are_not_blank_or_filled_runs_of_them() =>
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

            // Each paragraph is a run of consecutive lines, none blank, that starts and ends where its lines do.
            int line = 0;
            foreach (TextSpan paragraph in tokenized.Paragraphs.ToArray().Select(paragraph => paragraph.Span))
            {
                while (line < lines.Count && lines[line].End < paragraph.Start)
                {
                    if (!CharacterClassifier.IsBlank(text.AsSpan(lines[line].Start, lines[line].Length)))
                    {
                        return false;
                    }

                    line++;
                }

                if (line == lines.Count || lines[line].Start != paragraph.Start)
                {
                    return false;
                }

                while (lines[line].End < paragraph.End)
                {
                    string joinedLine = text.Substring(lines[line].Start, lines[line].Length).TrimEnd();
                    string nextLine = text.Substring(lines[line + 1].Start, lines[line + 1].Length).TrimEnd();
                    if (joinedLine.Length is < 40 or > 100 || nextLine.Length > 100 || nextLine.Trim().Length == 0
                        || joinedLine[^1] is '!' or '?' or ':' || (joinedLine[^1] == '.' && !joinedLine.EndsWith("...", StringComparison.Ordinal)))
                    {
                        return false;
                    }

                    line++;
                }

                if (lines[line].End != paragraph.End)
                {
                    return false;
                }

                line++;
            }

            return lines.Skip(line).All(rest => CharacterClassifier.IsBlank(text.AsSpan(rest.Start, rest.Length)));
        });
}
