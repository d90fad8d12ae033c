using System.CommandLine;
using System.CommandLine.Help;
using System.Text;
using TextRepair.Analysis;
using TextRepair.Language;

namespace TextRepair.Cli;

/// <summary>The <c>textrepair</c> command line: check, fix, rules, explain.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var commands = new Commands(Console.Out, Console.Error);

        Argument<string[]> paths = new("paths") { Description = "Files, folders (searched with --include) or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        Option<string> format = new("--format") { Description = "Output: text, json, sarif or github (workflow annotations).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        Option<string> severity = new("--severity") { Description = "Report diagnostics at or above: hidden, info, warning, error.", DefaultValueFactory = _ => "info" };
        severity.AcceptOnlyFromAmong("hidden", "info", "warning", "error");
        Option<string?> config = new("--config") { Description = "A textrepair.json to use instead of the one found next to each file." };
        Option<string[]> include = new("--include") { Description = "A glob pattern for files inside folders (repeat it for several).", DefaultValueFactory = _ => ["*.txt", "*.md"] };
        Option<string[]> select = new("--select") { Description = "Run only these rules: ids or categories, comma-separated or repeated." };
        Option<string[]> ignore = new("--ignore") { Description = "Never run these rules: ids or categories, comma-separated or repeated." };
        Option<bool> fixOnly = new("--fix-only") { Description = "Show only what 'fix' would repair (diagnostics with an automatic fix)." };
        Option<bool> quiet = new("--quiet", "-q") { Description = "Print only the diagnostic lines: no excerpt, no summary." };
        Option<string> color = new("--color") { Description = "Colour: auto (a terminal without NO_COLOR), always or never.", DefaultValueFactory = _ => "auto" };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        Option<int?> maximumWarnings = new("--max-warnings") { Description = "Exit 1 only on an error or on more than this many other diagnostics." };
        Option<bool> exitZero = new("--exit-zero") { Description = "Exit 0 whatever is found (2 is still returned for bad input)." };
        Option<bool> jsonLines = new("--jsonl") { Description = "Batch mode: read JSON lines and write each object back with its diagnostics or repaired text." };
        Option<string> field = new("--field") { Description = "With --jsonl: the property that holds the text.", DefaultValueFactory = _ => "text" };
        Option<int> parallel = new("--parallel") { Description = "With --jsonl: how many cores to use.", DefaultValueFactory = _ => Environment.ProcessorCount };
        Option<int> maximumRecordBytes = new("--max-record-bytes") { Description = "With --jsonl: the largest record analysed; a longer line is reported and written back unchanged.", DefaultValueFactory = _ => JsonLinesProcessor.DefaultMaximumRecordBytes };
        Option<bool> toStandardOutput = new("--stdout") { Description = "Print the repaired text instead of writing the file." };
        Option<bool> diff = new("--diff") { Description = "Print a unified diff instead of writing the file." };
        Option<bool> verify = new("--check", "--verify-no-changes") { Description = "Write nothing; exit 1 when a file would be repaired." };
        Option<bool> force = new("--force") { Description = "Write files marked read-only too." };
        Argument<string> ruleId = new("id") { Description = "A rule id, such as TR2001." };

        Command check = new("check", "Report the defects of the given texts.")
        {
            paths, format, severity, config, include, select, ignore, fixOnly, quiet, color, maximumWarnings, exitZero, jsonLines, field, parallel, maximumRecordBytes,
        };
        check.SetAction(result => Run(result, check, paths, () =>
        {
            InputSettings input = Input(result, config, include, select, ignore);
            DiagnosticSeverity threshold = ParseSeverity(result.GetValue(severity));
            return result.GetValue(jsonLines)
                ? commands.JsonLines(result.GetValue(paths) ?? [], fix: false, new JsonLinesSettings(result.GetValue(field)!, threshold, result.GetValue(parallel), result.GetValue(maximumRecordBytes), result.GetValue(exitZero)), input)
                : RequirePaths(result.GetValue(paths), paths => commands.Check(paths, new CheckSettings(
                    result.GetValue(format)!, threshold, result.GetValue(fixOnly), result.GetValue(quiet), result.GetValue(color)!, result.GetValue(maximumWarnings), result.GetValue(exitZero)), input));
        }));

        Command fix = new("fix", "Apply the automatic fixes: in place (atomically), or to standard output, or as a diff.")
        {
            paths, toStandardOutput, diff, verify, force, config, include, select, ignore, jsonLines, field, parallel, maximumRecordBytes,
        };
        fix.SetAction(result => Run(result, fix, paths, () =>
        {
            InputSettings input = Input(result, config, include, select, ignore);
            return result.GetValue(jsonLines)
                ? commands.JsonLines(result.GetValue(paths) ?? [], fix: true, new JsonLinesSettings(result.GetValue(field)!, DiagnosticSeverity.Hidden, result.GetValue(parallel), result.GetValue(maximumRecordBytes), ExitZero: false), input)
                : RequirePaths(result.GetValue(paths), paths => commands.Fix(paths, new FixSettings(result.GetValue(toStandardOutput), result.GetValue(diff), result.GetValue(verify), result.GetValue(force)), input));
        }));

        Command rules = new("rules", "List every rule.");
        rules.SetAction(_ => commands.Rules());

        Command explain = new("explain", "Print a rule's documentation.") { ruleId };
        explain.SetAction(result => commands.Explain(result.GetValue(ruleId)!));

        // The root is named after the tool, not the assembly, so that help says "Usage: textrepair".
        Command root = new("textrepair", "textrepair: finds and repairs what machine translation and scraping leave in English news text.")
        {
            check, fix, rules, explain, new HelpOption(), new VersionOption(),
        };
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

    /// <summary>Refuses an unknown option that the parser took for a path, with the nearest option as a hint.</summary>
    private static int Run(ParseResult result, Command command, Argument<string[]> paths, Func<int> run)
    {
        // check and fix analyse soon: load the statistical resources on the other core meanwhile (docs/cli.md, "Start-up and batches").
        _ = ToolResources.Language.StartLoading();
        foreach (string path in result.GetValue(paths) ?? [])
        {
            if (path.Length > 1 && path[0] == '-' && !File.Exists(path) && !Directory.Exists(path))
            {
                string[] known = [.. command.Options.SelectMany(option => option.Aliases.Prepend(option.Name))];
                try
                {
                    Configuration.Require("textrepair " + command.Name, "option", path, known);
                }
                catch (InvalidDataException exception)
                {
                    Console.Error.WriteLine($"textrepair: {exception.Message}");
                    return ExitCodes.InputError;
                }
            }
        }

        try
        {
            return run();
        }
        catch (InvalidDataException exception)
        {
            Console.Error.WriteLine($"textrepair: {exception.Message}");
            return ExitCodes.InputError;
        }
    }

    private static InputSettings Input(ParseResult result, Option<string?> config, Option<string[]> include, Option<string[]> select, Option<string[]> ignore) =>
        new(result.GetValue(config), result.GetValue(include)!, RuleSelection.Parse(result.GetValue(select) ?? [], result.GetValue(ignore) ?? []));

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
