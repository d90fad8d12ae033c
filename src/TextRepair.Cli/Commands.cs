using System.Reflection;
using System.Text;
using TextRepair.Documents;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>What the commands do, apart from parsing the command line.</summary>
internal sealed class Commands
{
    private readonly TextWriter output;
    private readonly TextWriter errors;

    public Commands(TextWriter output, TextWriter errors)
    {
        this.output = output;
        this.errors = errors;
    }

    public static string ToolVersion =>
        typeof(Commands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public int Check(IReadOnlyList<string> paths, CheckSettings settings, InputSettings input)
    {
        var reader = new InputReader(input.Include, errors);
        var engines = new EngineCache(input.Config, input.Selection);
        var checkedDocuments = new List<CheckedDocument>();
        var text = new TextReport(output, settings.Format == "text" && TextReport.ColorWanted(settings.Color), settings.Quiet);
        foreach (string path in paths.SelectMany(reader.Expand))
        {
            if (reader.Read(path) is not { } document || engines.For(document, errors) is not { } engine)
            {
                continue;
            }

            ProseView view = View(document);
            AnalysisResult result = engine.Analyze(view.AnalyzedText);
            List<Diagnostic> shown = [.. view.Filter(result.Diagnostics).Where(diagnostic =>
                diagnostic.Severity >= settings.Threshold && (!settings.FixableOnly || diagnostic.AutomaticFix is not null))];
            var checkedDocument = new CheckedDocument(document, SourceText.From(document.Text), result, shown);
            if (settings.Format == "text")
            {
                text.Write(checkedDocument);
            }

            checkedDocuments.Add(checkedDocument);
        }

        WriteReport(settings.Format, checkedDocuments, text);
        if (reader.HadErrors || engines.HadErrors)
        {
            return ExitCodes.InputError;
        }

        return settings.ExitCode(checkedDocuments.SelectMany(document => document.Diagnostics));
    }

    public int Fix(IReadOnlyList<string> paths, FixSettings settings, InputSettings input)
    {
        var reader = new InputReader(input.Include, errors);
        var engines = new EngineCache(input.Config, input.Selection);
        bool writeFailed = false;
        int wouldChange = 0;
        foreach (string path in paths.SelectMany(reader.Expand))
        {
            if (reader.Read(path) is not { } document || engines.For(document, errors) is not { } engine)
            {
                continue;
            }

            string repaired = Repair(engine, document);
            if (settings.Verify)
            {
                if (repaired != document.Text)
                {
                    wouldChange++;
                    errors.WriteLine($"textrepair: {document.DisplayPath}: would be repaired");
                }
            }
            else if (settings.Diff)
            {
                output.Write(UnifiedDiff.Create(document.DiffPath, document.Text, repaired));
            }
            else if (settings.ToStandardOutput || document.FullPath is null)
            {
                output.Write(repaired);
            }
            else if (repaired != document.Text)
            {
                // One file that cannot be written costs only itself: the others are still repaired.
                writeFailed |= !TryWrite(document, repaired, settings.Force);
            }
        }

        if (reader.HadErrors || engines.HadErrors || writeFailed)
        {
            return ExitCodes.InputError;
        }

        return wouldChange > 0 ? ExitCodes.Found : ExitCodes.Clean;
    }

    /// <summary>Repairs a document's prose through its view: markup and suppressed rules are never touched.</summary>
    private static string Repair(TextRepairEngine engine, InputDocument document)
    {
        FixAllResult result = FixAll.Apply(
            SourceText.From(document.Text),
            current =>
            {
                ProseView view = View(document with { Text = current.ToString() });
                return view.Filter(engine.Analyze(view.AnalyzedText).Diagnostics);
            },
            engine.Options.MaximumFixPasses);
        return result.Text.ToString();
    }

    private static ProseView View(InputDocument document) => document.IsMarkdown
        ? ProseView.ForMarkdown(document.Text, [])
        : ProseView.ForPlainText(document.Text, []);

    private void WriteReport(string format, List<CheckedDocument> documents, TextReport text)
    {
        switch (format)
        {
            case "text":
                text.WriteSummary();
                break;
            case "github":
                GitHubReport.Write(output, documents);
                break;
            default:
                output.Flush();
                using (Stream stdout = Console.OpenStandardOutput())
                {
                    if (format == "json")
                    {
                        DiagnosticJson.WriteReport(stdout, documents);
                    }
                    else
                    {
                        SarifReport.Write(stdout, Configuration.Rules, documents, ToolVersion, Directory.GetCurrentDirectory());
                    }

                    stdout.Write("\n"u8);
                }

                break;
        }
    }

    private bool TryWrite(InputDocument input, string repaired, bool force)
    {
        try
        {
            if (!force && AtomicFile.IsReadOnly(input.FullPath!))
            {
                errors.WriteLine($"textrepair: {input.DisplayPath}: the file is read-only; not written (--force writes it anyway)");
                return false;
            }

            AtomicFile.WriteAllText(input.FullPath!, repaired, input.HasByteOrderMark);
            errors.WriteLine($"textrepair: {input.DisplayPath}: repaired");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"textrepair: {input.DisplayPath}: cannot write: {exception.Message}; the file is unchanged");
            return false;
        }
    }

    public int JsonLines(IReadOnlyList<string> paths, bool fix, JsonLinesSettings settings, InputSettings input)
    {
        TextRepairOptions options;
        try
        {
            options = (input.Config ?? Configuration.Find(null)) is { } file ? Configuration.Load(file) : TextRepairOptions.Default;
            options = input.Selection.Apply(options);
        }
        catch (InvalidDataException exception)
        {
            errors.WriteLine($"textrepair: {exception.Message}");
            return ExitCodes.InputError;
        }

        var processor = new JsonLinesProcessor(TextRepairEngine.CreateDefault(options, ToolResources.Language), settings.Field, fix, settings.Threshold, settings.Parallel, settings.MaximumRecordBytes, errors);
        bool failed = false;
        using Stream stdout = Console.OpenStandardOutput();
        foreach (string path in paths.Count == 0 ? ["-"] : paths)
        {
            try
            {
                using Stream stream = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
                processor.Process(stream, stdout, path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                errors.WriteLine($"textrepair: {PrintablePath.Escape(path)}: cannot read: {exception.Message}");
                failed = true;
            }
        }

        if (failed || processor.BadLines > 0)
        {
            return ExitCodes.InputError;
        }

        return !fix && processor.Diagnostics > 0 && !settings.ExitZero ? ExitCodes.Found : ExitCodes.Clean;
    }

    public int Rules()
    {
        output.WriteLine($"{"ID",-8}{"Category",-13}{"Default",-10}Title");
        foreach (DiagnosticDescriptor rule in Configuration.Rules)
        {
            string severity = rule.IsEnabledByDefault ? DiagnosticJson.SeverityName(rule.DefaultSeverity) : "off";
            output.WriteLine($"{rule.Id,-8}{rule.Category,-13}{severity,-10}{rule.Title}");
        }

        return ExitCodes.Clean;
    }

    public int Explain(string id)
    {
        if (RulePage(id) is not { } page)
        {
            errors.WriteLine($"textrepair: no rule '{id}'; 'textrepair rules' lists them");
            return ExitCodes.InputError;
        }

        output.Write(page);
        return ExitCodes.Clean;
    }

    /// <summary>The documentation page of a rule, embedded in the tool, or null.</summary>
    public static string? RulePage(string id)
    {
        using Stream? page = typeof(Commands).Assembly.GetManifestResourceStream($"rules/{id.ToUpperInvariant()}.md");
        if (page is null)
        {
            return null;
        }

        using var reader = new StreamReader(page, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>One engine per configuration file, found next to each input or given with --config.</summary>
    private sealed class EngineCache
    {
        private readonly string? config;
        private readonly RuleSelection selection;
        private readonly Dictionary<string, TextRepairEngine> engines = new(StringComparer.Ordinal);

        public EngineCache(string? config, RuleSelection selection)
        {
            this.config = config;
            this.selection = selection;
        }

        public bool HadErrors { get; private set; }

        public TextRepairEngine? For(InputDocument input, TextWriter errors)
        {
            string? file = config ?? Configuration.Find(input.FullPath);
            string key = file ?? string.Empty;
            if (engines.TryGetValue(key, out TextRepairEngine? engine))
            {
                return engine;
            }

            try
            {
                TextRepairOptions options = file is null ? TextRepairOptions.Default : Configuration.Load(file);
                engine = TextRepairEngine.CreateDefault(selection.Apply(options), ToolResources.Language);
            }
            catch (InvalidDataException exception)
            {
                errors.WriteLine($"textrepair: {exception.Message}");
                HadErrors = true;
                return null;
            }

            engines[key] = engine;
            return engine;
        }
    }
}
