using System.Globalization;
using System.Text;
using System.Text.Json;
using TextRepair.Documents;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Tests.Cli;
using TextRepair.Tests.Support;
using TextRepair.Text;

namespace TextRepair.Tests.Analysis;

/// <summary>
/// Mutations of real news paragraphs, from a fixed seed so that a failure replays: quotes, invisible and bidi
/// characters, surrogate halves, combining marks, CR, NUL, U+FEFF, emoji, C1 controls and mojibake debris, inserted,
/// deleted and repeated. Through the library and through the JSON-lines mode, nothing may throw, every span must lie
/// inside the text on code-point boundaries, repair must be idempotent, the clean paragraph next to the mutated one
/// must come out untouched, and every input line must give one output line.
/// </summary>
public class FuzzTests
{
    private const int Seed = 20261130;
    private const int Documents = 600;

    private static readonly string[] Debris =
    [
        "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "\u200B", "\u200D", "\u2060", "\u00AD", "\u202E",
        "\u2066", "\u2069", "\u200F", "\uD83D", "\uDE00", "\uD83D\uDE00", "\u0301", "\u0308", "\r", "\r\n", "\0", "\uFEFF",
        "\u0085", "\u009D", "\u00C3", "\u00C3\u00A9", "\u00E2\u20AC\u2122", "\u00C2 ", "\t", "  ", "\n", "\n\n", "\uFFFD",
        "\u0430", "\u0391", "\uFF21", "\uFB01", ".", ",", "!", "?", "(", ")", "-", "\u2014", "a", "the ", "The ",
    ];

    private static readonly Lazy<string[]> Paragraphs = new(() =>
        [.. TestData.WikinewsParagraphs.Where(paragraph => paragraph.Length is > 40 and < 600).Take(300)]);

    private static readonly Lazy<(string Document, string Clean)[]> Cases = new(() =>
    {
        var random = new Random(Seed);
        string[] paragraphs = Paragraphs.Value;
        var cases = new (string, string)[Documents];
        for (int index = 0; index < cases.Length; index++)
        {
            string clean = paragraphs[random.Next(paragraphs.Length)];
            string mutated = Mutate(paragraphs[random.Next(paragraphs.Length)], random);
            cases[index] = (clean + "\n\n" + mutated, clean);
        }

        return cases;
    });

    [Fact]
    public void The_library_keeps_its_invariants_on_mutated_news()
    {
        var cleanAlone = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach ((string document, string clean) in Cases.Value)
        {
            AnalysisResult result = Engines.AllRules.Analyze(document);
            Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id == "TR0001");
            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                AssertOnBoundaries(document, diagnostic.Span.Start, diagnostic.Span.End, diagnostic.ToString());
                foreach (var change in diagnostic.Fixes.SelectMany(fix => fix.Changes))
                {
                    AssertOnBoundaries(document, change.Span.Start, change.Span.End, $"{diagnostic}: {change}");
                }
            }

            Assert.All(result.Sentences, sentence => Assert.True(sentence.Span.End <= document.Length));

            FixAllResult repaired = Engines.Default.RepairWithDetails(SourceText.From(document));
            string once = repaired.Text.ToString();
            Assert.True(repaired.Converged, Escape(document));
            Assert.True(once == Engines.Default.Repair(once), $"repair is not idempotent on {Escape(document)}");

            // The clean paragraph before the mutated one is left as it is, when repair leaves it alone on its own.
            if (!cleanAlone.TryGetValue(clean, out bool untouchedAlone))
            {
                cleanAlone[clean] = untouchedAlone = Engines.Default.Repair(clean + "\n") == clean + "\n";
            }

            if (untouchedAlone)
            {
                // (The line break after it may change: TR1009 makes mixed line endings consistent.)
                bool kept = once.StartsWith(clean, StringComparison.Ordinal) && once.Length > clean.Length && once[clean.Length] is '\r' or '\n';
                Assert.True(kept, $"the clean paragraph changed beside {Escape(document)}");
            }
        }
    }

    [Fact]
    public void Json_lines_mode_gives_one_line_per_record_and_the_library_repair()
    {
        (string Document, string Clean)[] cases = Cases.Value;
        var input = new StringBuilder();
        foreach ((string document, _) in cases)
        {
            input.Append("{\"text\":").Append(JsonString(document)).Append("}\n");
        }

        byte[] bytes = Encoding.UTF8.GetBytes(input.ToString());
        ToolResult check = Tool.Run("check --jsonl --parallel 2 -", standardInputBytes: bytes);
        Assert.True(check.ExitCode is 0 or 1, check.Errors);
        Assert.Equal(cases.Length, check.Output.Split('\n')[..^1].Length);
        Assert.Contains($"{cases.Length:N0} documents", check.Errors, StringComparison.Ordinal);
        Assert.Contains(" 0 bad lines", check.Errors, StringComparison.Ordinal);

        ToolResult fix = Tool.Run("fix --jsonl --parallel 2 -", standardInputBytes: bytes);
        string[] lines = fix.Output.Split('\n')[..^1];
        Assert.Equal(cases.Length, lines.Length);
        for (int index = 0; index < cases.Length; index++)
        {
            string expected = Engines.Default.Repair(cases[index].Document);
            if (IsWellFormed(expected))
            {
                using JsonDocument line = JsonDocument.Parse(lines[index]);
                Assert.Equal(expected, line.RootElement.GetProperty("text").GetString());
            }
            else
            {
                // System.Text.Json cannot read the line back: the unpaired halves must be there as escapes.
                int unpaired = expected.Where((character, at) => char.IsSurrogate(character) && !IsPairedAt(expected, at)).Count();
                int escaped = System.Text.RegularExpressions.Regex.Count(lines[index], @"\\u[dD][89a-fA-F][0-9a-fA-F]{2}");
                int escapedPairs = System.Text.RegularExpressions.Regex.Count(lines[index], @"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}");
                Assert.Equal(unpaired, escaped - (2 * escapedPairs));
            }
        }
    }

    private static string Mutate(string paragraph, Random random)
    {
        var text = new StringBuilder(paragraph);
        int edits = 1 + random.Next(6);
        for (int edit = 0; edit < edits; edit++)
        {
            int position = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0 when text.Length > 0 && position < text.Length:
                    text.Remove(position, Math.Min(1 + random.Next(3), text.Length - position));
                    break;
                case 1:
                    // Repeat a piece of the paragraph: repeated words, doubled punctuation.
                    int start = random.Next(text.Length);
                    string piece = text.ToString(start, Math.Min(1 + random.Next(12), text.Length - start));
                    text.Insert(position, piece);
                    break;
                default:
                    text.Insert(position, Debris[random.Next(Debris.Length)]);
                    break;
            }
        }

        return text.ToString();
    }

    private static void AssertOnBoundaries(string text, int start, int end, string what)
    {
        Assert.True(start >= 0 && start <= end && end <= text.Length, $"{what} lies outside the text");
        Assert.False(SplitsPair(text, start) || SplitsPair(text, end), $"{what} splits a surrogate pair");
    }

    private static bool SplitsPair(string text, int position) =>
        position > 0 && position < text.Length && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);

    private static bool IsPairedAt(string text, int index) =>
        char.IsHighSurrogate(text[index]) ? index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) : index > 0 && char.IsHighSurrogate(text[index - 1]);

    private static bool IsWellFormed(string text)
    {
        for (int index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(text[index]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A JSON string literal with every character outside printable ASCII escaped, unpaired surrogates included
    /// (System.Text.Json refuses to write them); written independently of the tool's own encoder, as an oracle.
    /// </summary>
    private static string JsonString(string value) =>
        "\"" + string.Concat(value.Select(character => character is >= ' ' and <= '~' and not '"' and not '\\'
            ? character.ToString()
            : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)character:x4}"))) + "\"";

    private static string Escape(string text) => JsonString(text);
}
