using System.Reflection;
using System.Text;
using TextRepair.Analysis;
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

    public int Check(IReadOnlyList<string> paths, string format, DiagnosticSeverity threshold, string? config, IReadOnlyList<string> include)
    {
        var reader = new InputReader(include, errors);
        var engines = new EngineCache(config);
        var checkedDocuments = new List<CheckedDocument>();
        var text = new TextReport(output, format == "text" && TextReport.ColorWanted);
        foreach (string path in paths.SelectMany(reader.Expand))
        {
            if (reader.Read(path) is not { } input || engines.For(input, errors) is not { } engine)
            {
                continue;
            }

            AnalysisResult result = engine.Analyze(input.Text);
            var document = new CheckedDocument(input, result, result.Diagnostics.Where(diagnostic => diagnostic.Severity >= threshold).ToList());
            if (format == "text")
            {
                text.Write(document);
            }

            checkedDocuments.Add(document);
        }

        if (format != "text")
        {
            output.Flush();
            using Stream stdout = Console.OpenStandardOutput();
            if (format == "json")
            {
                DiagnosticJson.WriteReport(stdout, checkedDocuments);
            }
            else
            {
                SarifReport.Write(stdout, TextRepairEngine.CreateDefault().Rules, checkedDocuments, ToolVersion);
            }

            stdout.Write("\n"u8);
        }

        if (reader.HadErrors || engines.HadErrors)
        {
            return ExitCodes.InputError;
        }

        return checkedDocuments.Any(document => document.Diagnostics.Count > 0) ? ExitCodes.Found : ExitCodes.Clean;
    }

    public int Fix(IReadOnlyList<string> paths, bool toStandardOutput, bool diff, bool force, string? config, IReadOnlyList<string> include)
    {
        var reader = new InputReader(include, errors);
        var engines = new EngineCache(config);
        bool writeFailed = false;
        foreach (string path in paths.SelectMany(reader.Expand))
        {
            if (reader.Read(path) is not { } input || engines.For(input, errors) is not { } engine)
            {
                continue;
            }

            string repaired = engine.Repair(input.Text);
            if (diff)
            {
                output.Write(UnifiedDiff.Create(input.DiffPath, input.Text, repaired));
            }
            else if (toStandardOutput || input.FullPath is null)
            {
                output.Write(repaired);
            }
            else if (repaired != input.Text)
            {
                // One file that cannot be written costs only itself: the others are still repaired.
                writeFailed |= !TryWrite(input, repaired, force);
            }
        }

        return reader.HadErrors || engines.HadErrors || writeFailed ? ExitCodes.InputError : ExitCodes.Clean;
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

    public int JsonLines(IReadOnlyList<string> paths, bool fix, string field, DiagnosticSeverity threshold, int parallel, int maximumRecordBytes, string? config)
    {
        TextRepairOptions options;
        try
        {
            options = (config ?? Configuration.Find(null)) is { } file ? Configuration.Load(file) : TextRepairOptions.Default;
        }
        catch (InvalidDataException exception)
        {
            errors.WriteLine($"textrepair: {exception.Message}");
            return ExitCodes.InputError;
        }

        var processor = new JsonLinesProcessor(TextRepairEngine.CreateDefault(options), field, fix, threshold, parallel, maximumRecordBytes, errors);
        bool failed = false;
        using Stream stdout = Console.OpenStandardOutput();
        foreach (string path in paths.Count == 0 ? ["-"] : paths)
        {
            try
            {
                using Stream input = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
                processor.Process(input, stdout, path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                errors.WriteLine($"textrepair: {path}: cannot read: {exception.Message}");
                failed = true;
            }
        }

        if (failed || processor.BadLines > 0)
        {
            return ExitCodes.InputError;
        }

        return !fix && processor.Diagnostics > 0 ? ExitCodes.Found : ExitCodes.Clean;
    }

    public int Rules()
    {
        output.WriteLine($"{"ID",-8}{"Category",-13}{"Default",-10}Title");
        foreach (DiagnosticDescriptor rule in TextRepairEngine.CreateDefault().Rules)
        {
            string severity = rule.IsEnabledByDefault ? DiagnosticJson.SeverityName(rule.DefaultSeverity) : "off";
            output.WriteLine($"{rule.Id,-8}{rule.Category,-13}{severity,-10}{rule.Title}");
        }

        return ExitCodes.Clean;
    }

    public int Explain(string id)
    {
        using Stream? page = typeof(Commands).Assembly.GetManifestResourceStream($"rules/{id.ToUpperInvariant()}.md");
        if (page is null)
        {
            errors.WriteLine($"textrepair: no rule '{id}'; 'textrepair rules' lists them");
            return ExitCodes.InputError;
        }

        using var reader = new StreamReader(page, Encoding.UTF8);
        output.Write(reader.ReadToEnd());
        return ExitCodes.Clean;
    }

    /// <summary>One engine per configuration file, found next to each input or given with --config.</summary>
    private sealed class EngineCache
    {
        private readonly string? config;
        private readonly Dictionary<string, TextRepairEngine> engines = new(StringComparer.Ordinal);

        public EngineCache(string? config) => this.config = config;

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
                engine = TextRepairEngine.CreateDefault(file is null ? TextRepairOptions.Default : Configuration.Load(file));
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
