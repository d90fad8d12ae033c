using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Text;

namespace TextRepair.Tests.Text;

/// <summary>A long text edited again and again (held in chunks) reads as the same edits made to a string: characters, spans, lines and line endings.</summary>
public class ChunkedTextProperties
{
    private static readonly string[] Lines = ["Protesters gathered in Minsk.", "“We will not leave,” she said.", "", "Belarus 🇧🇾", "x"];
    private static readonly string[] Breaks = ["\n", "\r\n", "\r", "\n\n"];

    [Property(MaxTest = 40, Replay = "(20261130,2245)")]
    public Property Edits_of_a_long_text_read_as_edits_of_a_string() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ArrayOf(120).ToArbitrary(), seeds =>
        {
            var random = new Random(seeds.Length == 0 ? 0 : seeds[0]);
            var builder = new System.Text.StringBuilder();
            bool mixed = random.Next(2) == 0;
            while (builder.Length < 50_000)
            {
                builder.Append(Lines[random.Next(Lines.Length)]).Append(mixed ? Breaks[random.Next(Breaks.Length)] : "\n");
            }

            string expected = builder.ToString();
            var text = SourceText.From(expected);
            foreach (int seed in seeds)
            {
                int start = seed % (expected.Length + 1);
                int length = Math.Min(seed % 7, expected.Length - start);
                string inserted = seed % 3 == 0 ? string.Empty : Breaks[seed % Breaks.Length] + Lines[seed % Lines.Length];
                text = text.WithChanges([new TextChange(new TextSpan(start, length), inserted)]).NewText;
                expected = expected[..start] + inserted + expected[(start + length)..];
                Assert.Equal(expected.Length, text.Length);
                int spanStart = (seed / 7) % (expected.Length + 1);
                var span = new TextSpan(spanStart, Math.Min(seed % 20_000, expected.Length - spanStart));
                Assert.Equal(expected.Substring(span.Start, span.Length), text.ToString(span));
                if (spanStart < expected.Length)
                {
                    Assert.Equal(expected[spanStart], text[spanStart]);
                }

                Assert.Equal(HasMixedLineBreaks(expected), text.HasMixedLineBreaks);

                // Lines are found from the chunks' own breaks, without building the whole line map.
                var flat = SourceText.From(expected);
                TextLine line = text.GetLineFromPosition(spanStart);
                Assert.Equal(flat.GetLineFromPosition(spanStart), line);
                Assert.Equal(flat.GetLinePosition(span.End), text.GetLinePosition(span.End));
                Assert.Equal(line.Start, text.GetPosition(new LinePosition(line.LineNumber, 0)));
            }

            Assert.Equal(expected, text.ToString());
            Assert.Equal(SourceText.From(expected).Lines.ToArray(), text.Lines.ToArray());
            return true;
        });

    /// <summary>
    /// Edits of several changes at once (far apart or close, inserting and removing line breaks) read as the same
    /// changes made to a string; the chunks between changes far apart are the text before's.
    /// </summary>
    [Property(MaxTest = 40, Replay = "(20261201,1215)")]
    public Property Edits_of_several_changes_read_as_edits_of_a_string() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ArrayOf(60).ToArbitrary(), seeds =>
        {
            var random = new Random(seeds.Length == 0 ? 0 : seeds[0]);
            var builder = new System.Text.StringBuilder();
            while (builder.Length < 60_000)
            {
                builder.Append(Lines[random.Next(Lines.Length)]).Append(Breaks[random.Next(Breaks.Length)]);
            }

            string expected = builder.ToString();
            var text = SourceText.From(expected);
            foreach (int seed in seeds)
            {
                var changes = new List<TextChange>();
                int free = 0;
                foreach (int start in Enumerable.Range(0, 1 + (seed % 5)).Select(_ => random.Next(expected.Length + 1)).Order())
                {
                    int length = Math.Min(random.Next(0, 7), expected.Length - start);
                    if (start >= free)
                    {
                        changes.Add(new TextChange(new TextSpan(start, length), random.Next(3) == 0 ? string.Empty : Breaks[random.Next(Breaks.Length)] + Lines[random.Next(Lines.Length)]));
                        free = start + length;
                    }
                }

                text = text.WithChanges(changes).NewText;
                for (int index = changes.Count - 1; index >= 0; index--)
                {
                    expected = expected[..changes[index].Span.Start] + changes[index].NewText + expected[changes[index].Span.End..];
                }

                Assert.Equal(expected.Length, text.Length);
                int at = random.Next(expected.Length);
                Assert.Equal(SourceText.From(expected).GetLineFromPosition(at), text.GetLineFromPosition(at));
            }

            Assert.Equal(expected, text.ToString());
            Assert.Equal(SourceText.From(expected).Lines.ToArray(), text.Lines.ToArray());
            return true;
        });

    private static bool HasMixedLineBreaks(string text)
    {
        bool crlf = text.Contains("\r\n", StringComparison.Ordinal);
        bool lf = text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Contains('\n', StringComparison.Ordinal);
        bool cr = text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Contains('\r', StringComparison.Ordinal);
        return (crlf ? 1 : 0) + (lf ? 1 : 0) + (cr ? 1 : 0) > 1;
    }
}
