using System.Text;
using System.Text.Json.Nodes;

using TextRepair.Tests.Support;

namespace TextRepair.Tests.Cli;

/// <summary>
/// What a writer and a CI job meet first: Markdown checked as prose, suppressions, the report a person reads, rule
/// selection and the CI modes, on real files in a temporary folder.
/// </summary>
public sealed class WriterWorkflowTests : IDisposable
{
    private const string Markdown = """
        ---
        title: They held a election
        ---
        # A report on the vote

        The commission counted the ballots on Sunday, and the
        result was announced on Monday. Use `a election` or
        run `textrepair fix` on it, see [the docs](https://example.com/a_election) and <https://example.com>.

        ```
        They held a election. aOn Sunday the the vote.
        ```

        | Column | Value |
        |---|---|
        | a election | the the |

        They held a election in the capital.

        <!-- textrepair-disable-next-line TR2004 -->
        They held a election again.
        They held a election a third time.

        <!-- textrepair-disable Words -->
        They held a election, and the the result came.
        <!-- textrepair-enable -->

        The end.
        """;

    private readonly TemporaryFolder folder = new("textrepair-writer-");

    private string directory => folder.Path;

    public void Dispose() => folder.Dispose();

    private string Write(string name, string text) => folder.Write(name, text);

    [Fact]
    public void Markdown_is_checked_as_prose_and_fix_changes_only_the_defects()
    {
        string path = Write("report.md", Markdown);
        ToolResult check = Tool.Run("check --format json report.md", workingDirectory: directory);
        JsonArray diagnostics = JsonNode.Parse(check.Output)!["files"]![0]!["diagnostics"]!.AsArray();
        var found = diagnostics.Select(diagnostic => ((string)diagnostic!["id"]!, (int)diagnostic["line"]!)).ToList();

        // Line 18: the real defect in prose; line 22: after the next-line suppression; nothing in the front matter, the
        // code span, the link target, the fenced block, the table, the suppressed line 21 or the disabled region.
        Assert.Equal([("TR2004", 18), ("TR2004", 22)], found);
        Assert.Equal(1, check.ExitCode);

        Assert.Equal(0, Tool.Run("fix report.md", workingDirectory: directory).ExitCode);
        string expected = Markdown
            .Replace("They held a election in the capital.", "They held an election in the capital.", StringComparison.Ordinal)
            .Replace("They held a election a third time.", "They held an election a third time.", StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(path));
        Assert.Equal(0, Tool.Run("fix --check report.md", workingDirectory: directory).ExitCode);
    }

    [Fact]
    public void A_wrapped_markdown_paragraph_is_one_paragraph()
    {
        Write("wrapped.md", "The commission counted the ballots on Sunday, and\nthe result was announced on Monday by the\nchairman of the commission.\n");
        Assert.Equal("No problems in 1 file.\n", Tool.Run("check --severity hidden wrapped.md", workingDirectory: directory).Output);
    }

    [Fact]
    public void A_stop_inside_a_code_span_ends_no_sentence_and_one_after_it_does()
    {
        // "`the cat sat.` lines": the stop is the code's; "`Analyze()` twice. then": the stop after the span is the prose's.
        Write("code.md", "It reads repeated `the cat sat.` lines and `x!` marks.\n\nThe tool calls `Analyze()` twice. then it stops.\n");
        ToolResult check = Tool.Run("check --format json code.md", workingDirectory: directory);
        var found = JsonNode.Parse(check.Output)!["files"]![0]!["diagnostics"]!.AsArray().Select(diagnostic => ((string)diagnostic!["id"]!, (int)diagnostic["line"]!));
        Assert.Equal([("TR2006", 3)], found);
    }

    [Fact]
    public void Plain_text_suppressions_and_json_lines_disable_fields_silence_exactly_what_they_name()
    {
        Write("story.txt", "They held a election.\n<!-- textrepair-disable-next-line TR2004 -->\nThey held a election, and the the vote.\nThey held a election.\n");
        ToolResult text = Tool.Run("check --format json story.txt", workingDirectory: directory);
        var found = JsonNode.Parse(text.Output)!["files"]![0]!["diagnostics"]!.AsArray().Select(diagnostic => ((string)diagnostic!["id"]!, (int)diagnostic["line"]!));
        Assert.Equal([("TR2004", 1), ("TR2002", 3), ("TR2004", 4)], found);

        string lines = """
            {"text":"They held a election, and the the vote.","textrepairDisable":["TR2004"]}
            {"text":"They held a election, and the the vote.","textrepairDisable":["words"]}
            {"text":"They held a election.","textrepairDisable":["TR9999"]}

            """;
        ToolResult batch = Tool.Run("check --jsonl -", lines);
        string[] output = batch.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["TR2002"], JsonNode.Parse(output[0])!["diagnostics"]!.AsArray().Select(diagnostic => (string)diagnostic!["id"]!));
        Assert.Empty(JsonNode.Parse(output[1])!["diagnostics"]!.AsArray());
        Assert.Contains(":3: textrepairDisable: unknown rule or category \"TR9999\"", batch.Errors, StringComparison.Ordinal);
        ToolResult fixedBatch = Tool.Run("fix --jsonl -", lines);
        Assert.StartsWith("{\"text\":\"They held a election, and the vote.\"", fixedBatch.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_selection_and_ci_modes_compose()
    {
        Write("story.txt", "They held a election, and the the vote.\nLast week, he gave an interview this week.\n");
        Assert.Equal(["TR2004"], Ids(Tool.Run("check --format json --select TR2004 story.txt", workingDirectory: directory)));
        Assert.Equal(["TR2002"], Ids(Tool.Run("check --format json --select Words --ignore tr2004 story.txt", workingDirectory: directory)));
        Assert.Equal(["TR2004", "TR2002"], Ids(Tool.Run("check --format json --fix-only story.txt", workingDirectory: directory)));

        Assert.Equal(1, Tool.Run("check story.txt", workingDirectory: directory).ExitCode);
        Assert.Equal(0, Tool.Run("check --exit-zero story.txt", workingDirectory: directory).ExitCode);
        Assert.Equal(0, Tool.Run("check --max-warnings 5 story.txt", workingDirectory: directory).ExitCode);
        Assert.Equal(1, Tool.Run("check --max-warnings 1 story.txt", workingDirectory: directory).ExitCode);

        ToolResult verify = Tool.Run("fix --check story.txt", workingDirectory: directory);
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("story.txt: would be repaired", verify.Errors, StringComparison.Ordinal);
        Assert.StartsWith("They held a election", File.ReadAllText(Path.Combine(directory, "story.txt")), StringComparison.Ordinal);

        ToolResult bogus = Tool.Run("check --selct TR2004 story.txt", workingDirectory: directory);
        Assert.Equal(2, bogus.ExitCode);
        Assert.Contains("unknown option \"--selct\"; did you mean \"--select\"?", bogus.Errors, StringComparison.Ordinal);
        Assert.Contains("unknown rule or category \"TR2040\"", Tool.Run("check --select TR2040 story.txt", workingDirectory: directory).Errors, StringComparison.Ordinal);

        // --include takes one pattern: the folder after it is a path again.
        Directory.CreateDirectory(Path.Combine(directory, "docs"));
        Write(Path.Combine("docs", "a.md"), "They held a election.\n");
        ToolResult included = Tool.Run("check --include *.md docs", workingDirectory: directory);
        Assert.Contains("a.md:1:11: warning TR2004", included.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_reads_well_on_a_terminal_and_in_a_workflow()
    {
        string sentence = string.Concat(Enumerable.Repeat("The commission counted the ballots on Sunday. ", 6)) + "They held a election. " + string.Concat(Enumerable.Repeat("The result was announced on Monday. ", 6));
        Write("long.txt", sentence.TrimEnd() + "\n");
        ToolResult text = Tool.Run("check long.txt", workingDirectory: directory);
        string[] lines = text.Output.Split('\n');
        Assert.StartsWith("long.txt:1:287: warning TR2004: Use 'an' before 'election'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("    …", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("a election", lines[1][lines[2].IndexOf('^')..], StringComparison.Ordinal);
        Assert.Equal("    fix: Write 'an'", lines[3]);
        Assert.Equal("1 problem (1 warning) in 1 file; 1 fixable with `textrepair fix`", lines[4]);
        Assert.DoesNotContain("\u001b[", text.Output, StringComparison.Ordinal);
        Assert.Contains("\u001b[", Tool.Run("check --color always long.txt", workingDirectory: directory).Output, StringComparison.Ordinal);
        Assert.Equal(lines[0] + "\n", Tool.Run("check --quiet long.txt", workingDirectory: directory).Output);

        string github = Tool.Run("check --format github long.txt", workingDirectory: directory).Output;
        Assert.Equal("::warning file=long.txt,line=1,col=287,endLine=1,endColumn=288,title=TR2004 Wrong indefinite article::Use 'an' before 'election'\n", github);
        Assert.StartsWith("Usage:", Tool.Run("--help").Output.Split('\n').SkipWhile(line => !line.StartsWith("Usage:", StringComparison.Ordinal)).First(), StringComparison.Ordinal);
        Assert.Contains("  textrepair [command] [options]", Tool.Run("--help").Output, StringComparison.Ordinal);
    }

    private static string[] Ids(ToolResult result) =>
        [.. JsonNode.Parse(result.Output)!["files"]![0]!["diagnostics"]!.AsArray().Select(diagnostic => (string)diagnostic!["id"]!)];
}
