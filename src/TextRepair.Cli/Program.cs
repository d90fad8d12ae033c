using System.CommandLine;
using System.Text;
using TextRepair.Analysis;

namespace TextRepair.Cli;

/// <summary>The <c>textrepair</c> command line: check, fix, rules, explain.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var commands = new Commands(Console.Out, Console.Error);

        Argument<string[]> paths = new("paths") { Description = "Files, folders (searched with --include) or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        Option<string> format = new("--format") { Description = "Output: text, json or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        Option<string> severity = new("--severity") { Description = "Report diagnostics at or above: hidden, info, warning, error.", DefaultValueFactory = _ => "info" };
        severity.AcceptOnlyFromAmong("hidden", "info", "warning", "error");
        Option<string?> config = new("--config") { Description = "A textrepair.json to use instead of the one found next to each file." };
        Option<string[]> include = new("--include") { Description = "Glob patterns for files inside folders.", DefaultValueFactory = _ => ["*.txt", "*.md"], AllowMultipleArgumentsPerToken = true };
        Option<bool> jsonLines = new("--jsonl") { Description = "Batch mode: read JSON lines and write each object back with its diagnostics or repaired text." };
        Option<string> field = new("--field") { Description = "With --jsonl: the property that holds the text.", DefaultValueFactory = _ => "text" };
        Option<int> parallel = new("--parallel") { Description = "With --jsonl: how many cores to use.", DefaultValueFactory = _ => Environment.ProcessorCount };
        Option<int> maximumRecordBytes = new("--max-record-bytes") { Description = "With --jsonl: the largest record analysed; a longer line is reported and written back unchanged.", DefaultValueFactory = _ => JsonLinesProcessor.DefaultMaximumRecordBytes };
        Option<bool> toStandardOutput = new("--stdout") { Description = "Print the repaired text instead of writing the file." };
        Option<bool> force = new("--force") { Description = "Write files marked read-only too." };
        Option<bool> diff = new("--diff") { Description = "Print a unified diff instead of writing the file." };
        Argument<string> ruleId = new("id") { Description = "A rule id, such as TR2001." };

        Command check = new("check", "Report the defects of the given texts.") { paths, format, severity, config, include, jsonLines, field, parallel, maximumRecordBytes };
        check.SetAction(result => result.GetValue(jsonLines)
            ? commands.JsonLines(result.GetValue(paths) ?? [], fix: false, result.GetValue(field)!, ParseSeverity(result.GetValue(severity)), result.GetValue(parallel), result.GetValue(maximumRecordBytes), result.GetValue(config))
            : RequirePaths(result.GetValue(paths), paths => commands.Check(paths, result.GetValue(format)!, ParseSeverity(result.GetValue(severity)), result.GetValue(config), result.GetValue(include)!)));

        Command fix = new("fix", "Apply the automatic fixes: in place (atomically), or to standard output, or as a diff.") { paths, toStandardOutput, diff, force, config, include, jsonLines, field, parallel, maximumRecordBytes };
        fix.SetAction(result => result.GetValue(jsonLines)
            ? commands.JsonLines(result.GetValue(paths) ?? [], fix: true, result.GetValue(field)!, DiagnosticSeverity.Hidden, result.GetValue(parallel), result.GetValue(maximumRecordBytes), result.GetValue(config))
            : RequirePaths(result.GetValue(paths), paths => commands.Fix(paths, result.GetValue(toStandardOutput), result.GetValue(diff), result.GetValue(force), result.GetValue(config), result.GetValue(include)!)));

        Command rules = new("rules", "List every rule.");
        rules.SetAction(_ => commands.Rules());

        Command explain = new("explain", "Print a rule's documentation.") { ruleId };
        explain.SetAction(result => commands.Explain(result.GetValue(ruleId)!));

        RootCommand root = new("textrepair: finds and repairs what machine translation and scraping leave in English news text.") { check, fix, rules, explain };
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"textrepair: {error.Message}");
            }

            return ExitCodes.InputError;
        }

        return parsed.Invoke();
    }

    private static int RequirePaths(string[]? paths, Func<string[], int> run)
    {
        if (paths is null || paths.Length == 0)
        {
            Console.Error.WriteLine("textrepair: give at least one file, folder, or - for standard input");
            return ExitCodes.InputError;
        }

        return run(paths);
    }

    private static DiagnosticSeverity ParseSeverity(string? value) => value switch
    {
        "hidden" => DiagnosticSeverity.Hidden,
        "warning" => DiagnosticSeverity.Warning,
        "error" => DiagnosticSeverity.Error,
        _ => DiagnosticSeverity.Info,
    };
}
