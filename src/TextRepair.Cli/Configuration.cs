using System.Collections.Immutable;
using System.Text.Json;
using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>
/// Reads <c>textrepair.json</c>: severity per rule and per category and the user's words.
/// <code>
/// { "rules": { "TR2003": "off" }, "categories": { "Punctuation": "info" }, "words": ["Lukashenka"], "wordsFile": "names.txt" }
/// </code>
/// Without <c>--config</c>, the file next to the checked file or in the nearest folder above is used. A configuration
/// is checked, not trusted: an unknown key, rule, category or severity is an error with a "did you mean" hint (a typo
/// must not silently turn a rule back on), and both the file and its words file must be regular text files of bounded
/// size, so that <c>/dev/zero</c>, a pipe, a folder or a binary file named there is an error and not a hang.
/// </summary>
internal static class Configuration
{
    public const string FileName = "textrepair.json";

    /// <summary>The largest configuration file read.</summary>
    public const int MaximumConfigurationBytes = 1 << 20;

    /// <summary>The largest words file read.</summary>
    public const int MaximumWordsFileBytes = 16 << 20;

    // "$schema" points an editor at docs/schemas/textrepair.schema.json; the tool reads past it.
    private static readonly string[] Keys = ["$schema", "rules", "categories", "words", "wordsFile"];
    /// <summary>Every category name.</summary>
    public static readonly string[] Categories =
    [
        DiagnosticCategory.Encoding, DiagnosticCategory.Words, DiagnosticCategory.Punctuation,
        DiagnosticCategory.Spelling, DiagnosticCategory.Consistency, DiagnosticCategory.Fluency,
    ];

    private static readonly string[] Severities = ["off", "none", "hidden", "info", "suggestion", "warning", "error", "default"];
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> BuiltInRules = new(() => TextRepairEngine.CreateDefault(language: ToolResources.Language).Rules);
    private static readonly Lazy<string[]> AllRuleIds = new(() => [.. Rules.Select(rule => rule.Id)]);

    /// <summary>Every built-in rule, whatever the options: what the tool lists, selects from and describes in SARIF.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Rules => BuiltInRules.Value;

    /// <summary>Every rule id.</summary>
    public static IReadOnlyList<string> RuleIds => AllRuleIds.Value;

    /// <summary>The nearest configuration file at or above the folder of <paramref name="path"/>, or null.</summary>
    public static string? Find(string? path)
    {
        string? directory = path is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(path));
        while (directory is not null)
        {
            string candidate = Path.Combine(directory, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            directory = Path.GetDirectoryName(directory);
        }

        return null;
    }

    /// <summary>Loads the options of a configuration file.</summary>
    /// <exception cref="InvalidDataException">For every problem, with the file's name and what is wrong.</exception>
    public static TextRepairOptions Load(string path)
    {
        TextRepairOptions options = TextRepairOptions.Default;
        string json = ReadTextFile(path, MaximumConfigurationBytes, "configuration");
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(path, "the configuration must be a JSON object");
            }

            foreach (JsonProperty property in root.EnumerateObject())
            {
                Require(path, "key", property.Name, Keys);
            }

            if (root.TryGetProperty("rules", out JsonElement rules))
            {
                foreach (JsonProperty rule in Members(path, "rules", rules))
                {
                    Require(path, "rule", rule.Name, RuleIds);
                    options = options.WithRuleSeverity(rule.Name, ParseSeverity(path, rule.Value));
                }
            }

            if (root.TryGetProperty("categories", out JsonElement categories))
            {
                foreach (JsonProperty category in Members(path, "categories", categories))
                {
                    Require(path, "category", category.Name, Categories);
                    options = options.WithCategorySeverity(category.Name, ParseSeverity(path, category.Value));
                }
            }

            if (root.TryGetProperty("words", out JsonElement words))
            {
                if (words.ValueKind != JsonValueKind.Array || words.EnumerateArray().Any(word => word.ValueKind != JsonValueKind.String))
                {
                    throw Invalid(path, "\"words\" must be an array of strings");
                }

                options = options.WithUserWords(words.EnumerateArray().Select(word => word.GetString()!.Trim()).Where(word => word.Length > 0));
            }

            if (root.TryGetProperty("wordsFile", out JsonElement wordsFile))
            {
                if (wordsFile.ValueKind != JsonValueKind.String || wordsFile.GetString() is not { Length: > 0 } file)
                {
                    throw Invalid(path, "\"wordsFile\" must be a file name");
                }

                // A relative path is relative to the configuration file, not to wherever the tool was started.
                string wordsPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", file);
                string list = ReadTextFile(wordsPath, MaximumWordsFileBytes, "words file");
                options = options.WithUserWords(list.Split('\n')
                    .Select(static line => line.Trim())
                    .Where(static line => line.Length > 0 && !line.StartsWith('#')));
            }
        }
        catch (JsonException exception)
        {
            throw Invalid(path, $"not valid JSON: {exception.Message}");
        }

        return options;
    }

    /// <summary>
    /// Reads a regular file of at most <paramref name="maximumBytes"/> bytes of UTF-8 text with no control characters
    /// but tab and line breaks.
    /// </summary>
    private static string ReadTextFile(string path, int maximumBytes, string what)
    {
        string shown = PrintablePath.Escape(path);
        if (Directory.Exists(path))
        {
            throw new InvalidDataException($"{shown}: the {what} is a folder, not a file");
        }

        if (UnixFileStatus.TryGet(path, out bool regular, out _, out _) && !regular)
        {
            throw new InvalidDataException($"{shown}: the {what} is not a regular file (a device, a pipe or a socket)");
        }

        using var buffer = new MemoryStream();
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            byte[] chunk = new byte[64 * 1024];
            for (int read; (read = stream.Read(chunk)) > 0;)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maximumBytes)
                {
                    throw new InvalidDataException($"{shown}: the {what} is larger than {maximumBytes:N0} bytes");
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{shown}: cannot read the {what}: {exception.Message}", exception);
        }

        // The library's strict reader: a byte-order mark skipped, invalid UTF-8 refused rather than replaced.
        string text;
        buffer.Position = 0;
        try
        {
            text = SourceText.FromUtf8(buffer).ToString();
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException($"{shown}: the {what} is not UTF-8 text");
        }

        if (text.Any(character => char.IsControl(character) && character is not ('\t' or '\n' or '\r')))
        {
            throw new InvalidDataException($"{shown}: the {what} holds control characters; it is not a text file");
        }

        return text;
    }

    private static JsonElement.ObjectEnumerator Members(string path, string key, JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.EnumerateObject() : throw Invalid(path, $"\"{key}\" must be an object");

    /// <summary>
    /// Refuses a name that is not one of <paramref name="known"/> (compared exactly, unless told otherwise), with the
    /// nearest as a hint; <paramref name="source"/> names where it came from (a file or an option).
    /// </summary>
    public static void Require(string source, string kind, string name, IReadOnlyList<string> known, StringComparison comparison = StringComparison.Ordinal)
    {
        if (known.Any(candidate => string.Equals(candidate, name, comparison)))
        {
            return;
        }

        string? hint = known.FirstOrDefault(candidate => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            ?? known.Select(candidate => (Candidate: candidate, Distance: Distance(candidate.ToUpperInvariant(), name.ToUpperInvariant())))
                .Where(pair => pair.Distance <= Math.Max(1, pair.Candidate.Length / 3))
                .OrderBy(pair => pair.Distance)
                .Select(pair => pair.Candidate)
                .FirstOrDefault();
        string suggestion = hint is null ? $"; known: {string.Join(", ", known)}" : $"; did you mean \"{hint}\"?";
        throw Invalid(source, $"unknown {kind} \"{name}\"{suggestion}");
    }

    private static SeveritySetting ParseSeverity(string path, JsonElement value)
    {
        string? name = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (name is null || !Severities.Contains(name, StringComparer.Ordinal))
        {
            Require(path, "severity", name ?? value.GetRawText(), Severities);
        }

        return name switch
        {
            "off" or "none" => SeveritySetting.Off,
            "hidden" => SeveritySetting.Hidden,
            "info" or "suggestion" => SeveritySetting.Info,
            "warning" => SeveritySetting.Warning,
            "error" => SeveritySetting.Error,
            _ => SeveritySetting.Default,
        };
    }

    private static InvalidDataException Invalid(string path, string message) => new($"{PrintablePath.Escape(path)}: {message}");

    /// <summary>Levenshtein distance, for hints between short names.</summary>
    private static int Distance(string left, string right)
    {
        int[] previous = [.. Enumerable.Range(0, right.Length + 1)];
        for (int row = 1; row <= left.Length; row++)
        {
            int[] current = new int[right.Length + 1];
            current[0] = row;
            for (int column = 1; column <= right.Length; column++)
            {
                int substitution = previous[column - 1] + (left[row - 1] == right[column - 1] ? 0 : 1);
                current[column] = Math.Min(substitution, Math.Min(previous[column], current[column - 1]) + 1);
            }

            previous = current;
        }

        return previous[right.Length];
    }
}
