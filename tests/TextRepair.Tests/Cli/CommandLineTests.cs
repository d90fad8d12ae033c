using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Cli;

/// <summary>End-to-end tests of the real tool, run as a process.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TemporaryFolder folder = new("textrepair-cli-");

    private string directory => folder.Path;

    public void Dispose() => folder.Dispose();

    private string Write(string name, string text) => folder.Write(name, text);

    [Fact]
    public void Check_on_the_sample_prints_file_line_column_severity_id_and_a_caret()
    {
        string sample = Path.Combine(TestData.DataDirectory, "belarus-mt-news.txt");
        ToolResult result = Tool.Run($"check \"{sample}\"");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{sample}:5:244: warning TR2001: Stray 'a' glued to 'On'", result.Output, StringComparison.Ordinal);
        string[] lines = result.Output.Split('\n');
        int at = Array.FindIndex(lines, line => line.Contains("TR2001", StringComparison.Ordinal));

        // The 300-character paragraph is shown as a window around the span, the caret under it, then the fix.
        int caret = lines[at + 2].IndexOf('^');
        Assert.StartsWith("aOn Sunday", lines[at + 1][caret..], StringComparison.Ordinal);
        Assert.StartsWith("    …", lines[at + 1], StringComparison.Ordinal);
        Assert.InRange(lines[at + 1].Length, 60, 100);
        Assert.Equal("    fix: Delete 'a'", lines[at + 3]);
        Assert.Matches(@"^\d+ problems \(\d+ warnings(, \d+ info)?\) in 1 file; \d+ fixable with `textrepair fix`$", lines[^2]);
    }

    [Fact]
    public void Runs_keep_the_resources_loaded_form_in_the_cache_directory_and_report_alike_with_it_and_without()
    {
        string sample = Path.Combine(TestData.DataDirectory, "belarus-mt-news.txt");
        string cache = Path.Combine(folder.Path, "cache");
        var cached = new Dictionary<string, string> { ["TEXTREPAIR_CACHE_DIR"] = cache };
        ToolResult writing = Tool.Run($"check --format json \"{sample}\"", environment: cached);
        Assert.Equal(3, Directory.EnumerateFiles(cache, "*.bin").Count());
        ToolResult reading = Tool.Run($"check --format json \"{sample}\"", environment: cached);
        string off = Path.Combine(folder.Path, "off");
        ToolResult uncached = Tool.Run($"check --format json \"{sample}\"", environment: new Dictionary<string, string> { ["TEXTREPAIR_CACHE_DIR"] = string.Empty, ["XDG_CACHE_HOME"] = off });

        Assert.Equal(1, writing.ExitCode);
        Assert.Equal(writing.Output, reading.Output);
        Assert.Equal(writing.Output, uncached.Output);
        Assert.Equal((writing.ExitCode, string.Empty), (reading.ExitCode, reading.Errors));
        Assert.Empty(Directory.EnumerateFiles(cache, "*.tmp"));
        Assert.False(Directory.Exists(off));
    }

    [Fact]
    public void Check_reads_standard_input_and_exits_0_on_clean_text()
    {
        Assert.Equal(0, Tool.Run("check -", "The talks ended on Monday.\n").ExitCode);
        ToolResult found = Tool.Run("check -", "They held a election.\n");
        Assert.Equal(1, found.ExitCode);
        Assert.StartsWith("-:1:11: warning TR2004", found.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_severity_threshold_filters_and_sets_the_exit_code()
    {
        const string text = "Last week, he gave an interview this week.\n";
        Assert.Equal(1, Tool.Run("check -", text).ExitCode);
        ToolResult result = Tool.Run("check --severity warning -", text);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No problems in 1 file.\n", result.Output);
    }

    [Fact]
    public void Bad_inputs_get_one_clear_message_each_and_the_others_are_still_checked()
    {
        string good = Write("good.txt", "They held a election.\n");
        string binary = Path.Combine(directory, "binary.txt");
        File.WriteAllBytes(binary, [0x41, 0x00, 0x42]);
        string invalid = Path.Combine(directory, "invalid.txt");
        File.WriteAllBytes(invalid, [0x63, 0x61, 0x66, 0xE9, 0x0A]);
        string missing = Path.Combine(directory, "missing.txt");
        ToolResult result = Tool.Run($"check \"{missing}\" \"{binary}\" \"{invalid}\" \"{good}\"");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{missing}: no such file or folder", result.Errors, StringComparison.Ordinal);
        Assert.Contains($"{binary}: looks like a binary file", result.Errors, StringComparison.Ordinal);
        Assert.Contains($"{invalid}: is not valid UTF-8 (first bad byte at offset 3)", result.Errors, StringComparison.Ordinal);
        Assert.Contains($"{good}:1:11: warning TR2004", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_with_2()
    {
        Assert.Equal(2, Tool.Run("check").ExitCode);
        Assert.Equal(2, Tool.Run("frobnicate").ExitCode);
        Assert.Equal(2, Tool.Run("check --format xml -", "x").ExitCode);
        Assert.Equal(2, Tool.Run("explain TR9999").ExitCode);
    }

    [Fact]
    public void Folders_are_searched_with_glob_patterns()
    {
        Directory.CreateDirectory(Path.Combine(directory, "nested"));
        Write("nested/a.txt", "They held a election.\n");
        Write("nested/b.md", "An protest began.\n");
        Write("nested/c.csv", "a election\n");
        ToolResult result = Tool.Run($"check \"{directory}\"");
        Assert.Contains("a.txt:1:11", result.Output, StringComparison.Ordinal);
        Assert.Contains("b.md:1:1", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("c.csv", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_writes_in_place_keeping_the_byte_order_mark_and_line_endings()
    {
        string path = Path.Combine(directory, "crlf.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Title\r\n\r\nThey held a election.\r\n")]);
        ToolResult result = Tool.Run($"fix \"{path}\"");
        Assert.Equal(0, result.ExitCode);
        byte[] written = File.ReadAllBytes(path);
        Assert.Equal([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Title\r\n\r\nThey held an election.\r\n")], written);
        Assert.Empty(Directory.GetFiles(directory, "*.tmp"));
    }

    [Fact]
    public void Fix_can_print_the_text_or_a_unified_diff_instead()
    {
        string path = Write("story.txt", "Title\n\nThey held a election.\n");
        Assert.Equal("Title\n\nThey held an election.\n", Tool.Run($"fix --stdout \"{path}\"").Output);
        string diff = Tool.Run($"fix --diff \"{path}\"").Output;
        Assert.Contains("-They held a election.\n+They held an election.\n", diff, StringComparison.Ordinal);
        Assert.Contains("@@ -1,3 +1,3 @@", diff, StringComparison.Ordinal);
        Assert.Equal("Title\n\nThey held a election.\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_configuration_file_next_to_the_text_is_used()
    {
        Write("textrepair.json", """{ "rules": { "TR2004": "off" }, "words": ["aOn"] }""");
        string path = Write("story.txt", "They held a election. aOn Sunday they met.\n");
        Assert.Equal(0, Tool.Run($"check \"{path}\"").ExitCode);
        Write("textrepair.json", """{ "rules": { "TR2004": "loud" } }""");
        ToolResult bad = Tool.Run($"check \"{path}\"");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("unknown severity \"loud\"", bad.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_follows_the_documented_schema()
    {
        string sample = Path.Combine(TestData.DataDirectory, "belarus-mt-news.txt");
        ToolResult result = Tool.Run($"check --format json --severity hidden \"{sample}\" -", "They held a election.\n");
        AssertValid("report.schema.json", result.Output);
        JsonNode report = JsonNode.Parse(result.Output)!;
        JsonNode diagnostic = report["files"]![1]!["diagnostics"]![0]!;
        Assert.Equal("TR2004", (string)diagnostic["id"]!);
        Assert.Equal(10, (int)diagnostic["start"]!);
        Assert.Equal(1, (int)diagnostic["length"]!);
        Assert.Equal(11, (int)diagnostic["column"]!);
        Assert.Equal("an", (string)diagnostic["fixes"]![0]!["changes"]![0]!["newText"]!);
        Assert.Equal("automatic", (string)diagnostic["fixes"]![0]!["applicability"]!);

        // The same objects are what the batch mode adds to each record.
        string line = Tool.Run("check --jsonl -", "{\"text\":\"They held a election.\"}\n").Output;
        JsonObject record = JsonNode.Parse(line)!.AsObject();
        AssertValid("report.schema.json", new JsonObject { ["version"] = 1, ["files"] = new JsonArray(new JsonObject { ["path"] = "-", ["diagnostics"] = record["diagnostics"]!.DeepClone(), ["sentences"] = record["sentences"]!.DeepClone() }) }.ToJsonString());
    }

    /// <summary>The project's own documentation passes its own check: every example of a defect is in a code span.</summary>
    [Fact]
    public void The_projects_documentation_has_no_findings()
    {
        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Tool.DllPath)!, "..", "..", "..", "..", ".."));
        ToolResult check = Tool.Run("check docs README.md", workingDirectory: root);
        Assert.True(check.ExitCode == 0, check.Output + check.Errors);
        Assert.Equal(0, Tool.Run("fix --check docs README.md", workingDirectory: root).ExitCode);
    }

    [Fact]
    public void The_configuration_schema_accepts_what_the_tool_accepts_and_refuses_the_rest()
    {
        AssertValid("textrepair.schema.json", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "project-textrepair.json")));
        string good = """{ "$schema": "textrepair.schema.json", "rules": { "TR2003": "off", "TR3009": "info" }, "categories": { "Consistency": "off" }, "words": ["Lukashenka"] }""";
        AssertValid("textrepair.schema.json", good);
        Write("textrepair.json", good);
        ToolResult accepted = Tool.Run($"check --format json \"{Write("story.txt", "He said \"fine.\"\n")}\"");
        Assert.True(accepted.ExitCode == 1, accepted.Output + accepted.Errors);
        Assert.Contains("TR3009", accepted.Output, StringComparison.Ordinal);
        foreach (string bad in new[] { """{ "rule": {} }""", """{ "rules": { "tr2003": "off" } }""", """{ "rules": { "TR2003": "loud" } }""", """{ "categories": { "Grammar": "off" } }""" })
        {
            Assert.False(Evaluate("textrepair.schema.json", bad).IsValid, bad);
            Write("textrepair.json", bad);
            Assert.Equal(2, Tool.Run($"check \"{Write("story.txt", "Fine.\n")}\"").ExitCode);
        }

        string schema = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "textrepair.schema.json"));
        string[] categories = [.. typeof(TextRepair.Analysis.DiagnosticCategory).GetFields().Select(field => (string)field.GetValue(null)!)];
        Assert.All(categories, category => Assert.Contains($"\"{category}\"", schema, StringComparison.Ordinal));
        Assert.All(Engines.Default.Rules, rule => Assert.Matches("^TR[0-6][0-9]{3}$", rule.Id));
    }

    /// <summary>Each schema is built once: the library registers it globally under its $id.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    private static EvaluationResults Evaluate(string schemaName, string json)
    {
        JsonSchema schema = Schemas.GetOrAdd(schemaName, name => JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", name)));
        using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return schema.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static void AssertValid(string schemaName, string json)
    {
        EvaluationResults evaluation = Evaluate(schemaName, json);
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(detail => detail.Errors is { Count: > 0 }).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))));
    }

    [Fact]
    public void Sarif_output_is_valid_against_the_schema()
    {
        string sample = Path.Combine(TestData.DataDirectory, "belarus-mt-news.txt");
        ToolResult result = Tool.Run($"check --format sarif \"{sample}\"");
        var schema = JsonSchema.FromFile(Path.Combine(TestData.DataDirectory, "sarif-2.1.0-subset.schema.json"));
        EvaluationResults evaluation = schema.Evaluate(JsonDocument.Parse(result.Output).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(detail => detail.Errors is { Count: > 0 }).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))));
        JsonNode log = JsonNode.Parse(result.Output)!;
        // Nine surface defects, two sentence fragments (TR6002: "Mass protests.", "To President Putin that") and a simple
        // past before "since" (TR6003: "that emerged since the August 9 election").
        Assert.Equal(12, log["runs"]![0]!["results"]!.AsArray().Count);
    }

    [Fact]
    public void Rules_and_explain_list_and_document_every_rule()
    {
        ToolResult rules = Tool.Run("rules");
        Assert.Contains("TR2001  Words        warning   Glued characters", rules.Output, StringComparison.Ordinal);
        Assert.Contains("TR3004  Punctuation  off       Multiple spaces", rules.Output, StringComparison.Ordinal);
        Assert.StartsWith("# TR2003: Capital letter mid-sentence", Tool.Run("explain tr2003").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_batch_keeps_order_and_every_field_and_loses_nothing()
    {
        var input = new StringBuilder();
        for (int index = 0; index < 10_000; index++)
        {
            string text = index % 3 == 0 ? "They held a election." : index % 3 == 1 ? "Clean text here." : "aOn Sunday, \\u00e9 and \\\"quotes\\\".";
            input.Append(CultureInfo.InvariantCulture, $$"""{"id":{{index}},"meta":{"n":[1,2.50,null]},"text":"{{text}}","tail":true}""").Append('\n');
        }

        input.Append("not json\n");
        string path = Write("corpus.jsonl", input.ToString());
        ToolResult checkResult = Tool.Run($"check --jsonl --parallel 2 \"{path}\"");
        string[] lines = checkResult.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10_001, lines.Length);
        for (int index = 0; index < 10_000; index += 997)
        {
            JsonNode line = JsonNode.Parse(lines[index])!;
            Assert.Equal(index, (int)line["id"]!);
            Assert.Equal(2.50m, (decimal)line["meta"]!["n"]![1]!);
            Assert.Equal(index % 3 == 1 ? 0 : 1, line["diagnostics"]!.AsArray().Count);
            Assert.StartsWith($$"""{"id":{{index}},"meta":{"n":[1,2.50,null]},"text":""", lines[index], StringComparison.Ordinal);
        }

        Assert.Equal("not json", lines[^1]);
        Assert.Contains(":10001: malformed JSON", checkResult.Errors, StringComparison.Ordinal);
        Assert.Contains("10,000 documents", checkResult.Errors, StringComparison.Ordinal);
        Assert.Equal(2, checkResult.ExitCode);

        ToolResult fixResult = Tool.Run("fix --jsonl --parallel 2 -", input.ToString());
        string[] fixedLines = fixResult.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10_001, fixedLines.Length);
        Assert.Equal("""{"id":0,"meta":{"n":[1,2.50,null]},"text":"They held an election.","tail":true}""", fixedLines[0]);
        Assert.Equal("""{"id":1,"meta":{"n":[1,2.50,null]},"text":"Clean text here.","tail":true}""", fixedLines[1]);
    }

    [Fact]
    public void Json_lines_turn_every_failure_into_that_lines_error_and_keep_the_line_format()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        string oversized = "{\"text\":\"" + new string('x', 3_000) + "\"}";
        string[] records =
        [
            "{\"text\":\"The the cat.\"}\r",
            "{\"text\":\"A lone \\ud800 half.\"}",
            "",
            "   ",
            "{\"id\":1,\"text\":\"Fine text.\",\"diagnostics\":[\"old\"],\"sentences\":7}",
            oversized,
            "{bad",
            "{\"text\":\"They held a election.\"}",
        ];
        byte[] input = [.. bom, .. Encoding.UTF8.GetBytes(string.Join('\n', records) + "\n")];
        ToolResult check = Tool.Run("check --jsonl --parallel 2 --max-record-bytes 2000 -", standardInputBytes: input);
        string[] lines = check.Output.TrimStart('\uFEFF').Split('\n')[..^1];
        Assert.Equal(records.Length, lines.Length);
        Assert.EndsWith("}\r", lines[0], StringComparison.Ordinal);
        Assert.Equal("TR2002", (string)JsonNode.Parse(lines[0])!["diagnostics"]![0]!["id"]!);
        // System.Text.Json cannot read the escape back either, hence the text comparison.
        Assert.StartsWith("{\"text\":\"A lone \\ud800 half.\",\"diagnostics\":[{\"id\":\"TR1005\"", lines[1], StringComparison.Ordinal);
        Assert.Equal(["", "   "], lines[2..4]);
        JsonObject rechecked = JsonNode.Parse(lines[4])!.AsObject();
        Assert.Equal(["id", "text", "diagnostics", "sentences"], rechecked.Select(property => property.Key));
        Assert.Empty(rechecked["diagnostics"]!.AsArray());
        Assert.Equal(oversized, lines[5]);
        Assert.Equal("{bad", lines[6]);
        Assert.Equal("TR2004", (string)JsonNode.Parse(lines[7])!["diagnostics"]![0]!["id"]!);
        Assert.Contains(":6: the record is 3,011 bytes, over the limit of 2,000", check.Errors, StringComparison.Ordinal);
        Assert.Contains(":7: malformed JSON", check.Errors, StringComparison.Ordinal);
        Assert.Contains("4 documents", check.Errors, StringComparison.Ordinal);
        Assert.Contains("2 bad lines", check.Errors, StringComparison.Ordinal);
        Assert.Equal(2, check.ExitCode);

        ToolResult again = Tool.Run("check --jsonl --max-record-bytes 2000 -", standardInputBytes: Encoding.UTF8.GetBytes(check.Output));
        Assert.Equal(check.Output, again.Output);

        ToolResult fix = Tool.Run("fix --jsonl --max-record-bytes 2000 -", standardInputBytes: input);
        string[] fixedLines = fix.Output.TrimStart('\uFEFF').Split('\n')[..^1];
        Assert.Equal("{\"text\":\"The cat.\"}\r", fixedLines[0]);
        Assert.Equal(records[1], fixedLines[1]);
        Assert.Equal("{\"text\":\"They held an election.\"}", fixedLines[7]);
    }
}
