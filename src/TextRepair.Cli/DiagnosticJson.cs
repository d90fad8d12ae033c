using System.Text.Encodings.Web;
using System.Text.Json;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>
/// The JSON form of diagnostics, a stable schema (see docs/cli.md): <c>id, severity, start, length, line, column,
/// message, helpUri, fixes[{title, applicability, changes[{start, length, newText}]}]</c>. Offsets are UTF-16 code
/// units; line and column are one-based.
/// </summary>
internal static class DiagnosticJson
{
    public static void WriteDiagnostic(Utf8JsonWriter writer, SourceText text, Diagnostic diagnostic)
    {
        LinePosition position = text.GetLinePosition(diagnostic.Span.Start);
        writer.WriteStartObject();
        writer.WriteString("id", diagnostic.Id);
        writer.WriteString("severity", SeverityName(diagnostic.Severity));
        writer.WriteNumber("start", diagnostic.Span.Start);
        writer.WriteNumber("length", diagnostic.Span.Length);
        writer.WriteNumber("line", position.Line + 1);
        writer.WriteNumber("column", position.Column + 1);
        JsonText.WriteString(writer, "message", diagnostic.Message);
        writer.WriteString("helpUri", diagnostic.Descriptor.HelpLink.ToString());
        writer.WriteStartArray("fixes");
        foreach (Fix fix in diagnostic.Fixes)
        {
            writer.WriteStartObject();
            writer.WriteString("title", fix.Title);
            writer.WriteString("applicability", fix.Applicability == FixApplicability.Automatic ? "automatic" : "suggested");
            writer.WriteStartArray("changes");
            foreach (TextChange change in fix.Changes)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", change.Span.Start);
                writer.WriteNumber("length", change.Span.Length);
                JsonText.WriteString(writer, "newText", change.NewText);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes every checked document as one JSON object: <c>{ "version": 1, "files": [ { "path", "diagnostics" } ] }</c>.</summary>
    public static void WriteReport(Stream output, IEnumerable<CheckedDocument> documents)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        writer.WriteStartArray("files");
        foreach (CheckedDocument document in documents)
        {
            writer.WriteStartObject();
            writer.WriteString("path", document.Input.Path);
            writer.WriteStartArray("diagnostics");
            foreach (Diagnostic diagnostic in document.Diagnostics)
            {
                WriteDiagnostic(writer, document.Text, diagnostic);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("sentences");
            WriteSentences(writer, document.Result);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the array <c>[ { "start", "length", "score" } ]</c>: every sentence with its garble score.</summary>
    public static void WriteSentences(Utf8JsonWriter writer, AnalysisResult result)
    {
        writer.WriteStartArray();
        foreach (SentenceResult sentence in result.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Span.Start);
            writer.WriteNumber("length", sentence.Span.Length);
            writer.WriteNumber("score", sentence.Score);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Hidden => "hidden",
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };
}
