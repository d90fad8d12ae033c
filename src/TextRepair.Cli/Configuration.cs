using System.Text.Json;
using TextRepair.Analysis;

namespace TextRepair.Cli;

/// <summary>
/// Reads <c>textrepair.json</c>: severity per rule and per category and the user's words.
/// <code>
/// { "rules": { "TR2003": "off" }, "categories": { "Punctuation": "info" }, "words": ["Lukashenka"], "wordsFile": "names.txt" }
/// </code>
/// Without <c>--config</c>, the file next to the checked file or in the nearest folder above is used.
/// </summary>
internal static class Configuration
{
    public const string FileName = "textrepair.json";

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
    /// <exception cref="InvalidDataException">When the file is not valid JSON or names an unknown severity.</exception>
    public static TextRepairOptions Load(string path)
    {
        TextRepairOptions options = TextRepairOptions.Default;
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            JsonElement root = document.RootElement;
            if (root.TryGetProperty("rules", out JsonElement rules))
            {
                foreach (JsonProperty rule in rules.EnumerateObject())
                {
                    options = options.WithRuleSeverity(rule.Name, ParseSeverity(rule.Value.GetString(), path));
                }
            }

            if (root.TryGetProperty("categories", out JsonElement categories))
            {
                foreach (JsonProperty category in categories.EnumerateObject())
                {
                    options = options.WithCategorySeverity(category.Name, ParseSeverity(category.Value.GetString(), path));
                }
            }

            if (root.TryGetProperty("words", out JsonElement words))
            {
                options = options.WithUserWords(words.EnumerateArray().Select(word => word.GetString() ?? string.Empty).Where(word => word.Length > 0));
            }

            if (root.TryGetProperty("wordsFile", out JsonElement wordsFile) && wordsFile.GetString() is { Length: > 0 } file)
            {
                // A relative path is relative to the configuration file.
                options = options.WithUserWordsFromFile(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", file));
            }
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path}: not valid JSON: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidDataException($"{path}: {exception.Message}", exception);
        }

        return options;
    }

    private static SeveritySetting ParseSeverity(string? value, string path) => value?.ToLowerInvariant() switch
    {
        "off" or "none" => SeveritySetting.Off,
        "hidden" => SeveritySetting.Hidden,
        "info" or "suggestion" => SeveritySetting.Info,
        "warning" => SeveritySetting.Warning,
        "error" => SeveritySetting.Error,
        "default" => SeveritySetting.Default,
        _ => throw new InvalidDataException($"{path}: unknown severity '{value}' (use off, hidden, info, warning, error or default)"),
    };
}
