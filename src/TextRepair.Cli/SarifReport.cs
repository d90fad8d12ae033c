using System.Text.Encodings.Web;
using System.Text.Json;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>
/// SARIF 2.1.0 output, written with <see cref="Utf8JsonWriter"/>: one run of the tool, its rules, and a result per
/// diagnostic with its region (one-based lines and columns counted in UTF-16 code units, as <c>columnKind</c> says) and
/// its fixes as artifact changes.
/// </summary>
internal static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The base id under which artifact URIs are relative to the folder the tool ran in.</summary>
    public const string SourceRoot = "%SRCROOT%";

    public static void Write(Stream output, IReadOnlyList<DiagnosticDescriptor> rules, IEnumerable<CheckedDocument> documents, string toolVersion, string rootDirectory)
    {
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory)) + Path.DirectorySeparatorChar;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer, rules, toolVersion);
        writer.WriteStartObject("originalUriBaseIds");
        writer.WriteStartObject(SourceRoot);
        writer.WriteString("uri", FileUri(root));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
        foreach (CheckedDocument document in documents)
        {
            Artifact artifact = ArtifactOf(document.Input, root);
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Diagnostic diagnostic in document.Diagnostics)
            {
                string lineHash = LineHash(document.Text, diagnostic);
                occurrences[lineHash] = occurrences.GetValueOrDefault(lineHash) + 1;
                WriteResult(writer, document.Text, diagnostic, artifact, ruleIndex[diagnostic.Id], $"{lineHash}:{occurrences[lineHash]}");
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter writer, IReadOnlyList<DiagnosticDescriptor> rules, string toolVersion)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "textrepair");
        writer.WriteString("version", toolVersion);
        writer.WriteString("informationUri", "https://github.com/textrepair/textrepair");
        writer.WriteStartArray("rules");
        foreach (DiagnosticDescriptor rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", string.Concat(rule.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..])));
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", rule.Description);
            writer.WriteEndObject();
            writer.WriteString("helpUri", rule.HelpLink.ToString());
            writer.WriteStartObject("help");
            writer.WriteString("text", rule.Description);
            if (Commands.RulePage(rule.Id) is { } page)
            {
                writer.WriteString("markdown", page);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteBoolean("enabled", rule.IsEnabledByDefault);
            writer.WriteString("level", Level(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("category", rule.Category);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, SourceText text, Diagnostic diagnostic, Artifact uri, int ruleIndex, string fingerprint)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", Level(diagnostic.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", diagnostic.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifact(writer, uri);
        WriteRegion(writer, "region", text, diagnostic.Span);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();

        // Code scanning matches results across runs by this hash of the rule and the line's text (and the how-manieth
        // such result it is), so a result survives edits elsewhere in the file.
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString("primaryLocationLineHash", fingerprint);
        writer.WriteEndObject();
        if (!diagnostic.Fixes.IsEmpty)
        {
            writer.WriteStartArray("fixes");
            foreach (Fix fix in diagnostic.Fixes)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("description");
                writer.WriteString("text", fix.Title);
                writer.WriteEndObject();
                writer.WriteStartArray("artifactChanges");
                writer.WriteStartObject();
                WriteArtifact(writer, uri);
                writer.WriteStartArray("replacements");
                foreach (TextChange change in fix.Changes)
                {
                    writer.WriteStartObject();
                    WriteRegion(writer, "deletedRegion", text, change.Span);
                    writer.WriteStartObject("insertedContent");
                    writer.WriteString("text", change.NewText);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter writer, Artifact artifact)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", artifact.Uri);
        if (artifact.BaseId is { } baseId)
        {
            writer.WriteString("uriBaseId", baseId);
        }

        writer.WriteEndObject();
    }

    private static string LineHash(SourceText text, Diagnostic diagnostic)
    {
        string line = text.ToString(text.Lines[text.GetLinePosition(diagnostic.Span.Start).Line].Span).Trim();
        byte[] hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(diagnostic.Id + "\n" + line));
        return Convert.ToHexStringLower(hash, 0, 8);
    }

    /// <summary>Where a result's file is: relative to <see cref="SourceRoot"/> when it lies under it.</summary>
    private readonly record struct Artifact(string Uri, string? BaseId);

    private static void WriteRegion(Utf8JsonWriter writer, string name, SourceText text, TextSpan span)
    {
        LinePosition start = text.GetLinePosition(span.Start);
        LinePosition end = text.GetLinePosition(span.End);
        writer.WriteStartObject(name);
        writer.WriteNumber("startLine", start.Line + 1);
        writer.WriteNumber("startColumn", start.Column + 1);
        writer.WriteNumber("endLine", end.Line + 1);
        writer.WriteNumber("endColumn", end.Column + 1);
        writer.WriteNumber("charOffset", span.Start);
        writer.WriteNumber("charLength", span.Length);
        writer.WriteEndObject();
    }

    private static Artifact ArtifactOf(InputDocument input, string root)
    {
        if (input.FullPath is null)
        {
            return new Artifact("stdin", null);
        }

        return input.FullPath.StartsWith(root, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
            ? new Artifact(EscapeSegments(input.FullPath[root.Length..]), SourceRoot)
            : new Artifact(FileUri(input.FullPath), null);
    }

    /// <summary>
    /// A file URI with every path segment percent-encoded, so that a name such as <c>a%41.txt</c> stays itself
    /// (<see cref="Uri"/> would keep the <c>%41</c> and readers would decode it to <c>aA.txt</c>).
    /// </summary>
    private static string FileUri(string fullPath)
    {
        string path = EscapeSegments(fullPath);
        return path.StartsWith('/') ? "file://" + path : "file:///" + path;
    }

    private static string EscapeSegments(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select((segment, index) =>
            index == 0 && segment is [_, ':'] ? segment : Uri.EscapeDataString(segment)));

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };
}
