using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>
/// The batch mode for corpora: reads JSON lines with a text field and writes each object back, in input order, with
/// its diagnostics added (<c>check</c>) or its text repaired (<c>fix</c>); every other byte of the line is left as it
/// was. It streams in batches (memory does not grow with the input) and checks a batch on several cores; on a terminal,
/// standard error shows a progress bar (for a file) and the rate. A line that is
/// not valid UTF-8 or JSON, or has no such text field, is reported on standard error and written back unchanged.
/// </summary>
internal sealed class JsonLinesProcessor
{
    private const int BatchSize = 1024;
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private static readonly JsonWriterOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TextRepairEngine engine;
    private readonly byte[] field;
    private readonly bool fix;
    private readonly DiagnosticSeverity threshold;
    private readonly int parallel;
    private readonly TextWriter errors;
    private readonly Dictionary<string, int> diagnosticsByRule = new(StringComparer.Ordinal);

    public JsonLinesProcessor(TextRepairEngine engine, string field, bool fix, DiagnosticSeverity threshold, int parallel, TextWriter errors)
    {
        this.engine = engine;
        this.field = Encoding.UTF8.GetBytes(field);
        this.fix = fix;
        this.threshold = threshold;
        this.parallel = Math.Max(1, parallel);
        this.errors = errors;
    }

    public int Documents { get; private set; }

    public int BadLines { get; private set; }

    public int Changed { get; private set; }

    public int Diagnostics => diagnosticsByRule.Values.Sum();

    public void Process(Stream input, Stream output, string source)
    {
        long total = input.CanSeek ? input.Length : 0;
        var reader = new ByteLineReader(input);
        var stopwatch = Stopwatch.StartNew();
        long bytes = 0;
        int lineNumber = 0;
        bool progress = !Console.IsErrorRedirected;
        var batch = new List<byte[]>(BatchSize);
        while (true)
        {
            batch.Clear();
            for (byte[]? line; batch.Count < BatchSize && (line = reader.ReadLine()) is not null;)
            {
                batch.Add(line);
                bytes += line.Length + 1;
            }

            if (batch.Count == 0)
            {
                break;
            }

            var results = new LineResult[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, index => results[index] = ProcessLine(batch[index]));
            for (int index = 0; index < batch.Count; index++)
            {
                lineNumber++;
                LineResult result = results[index];
                output.Write(result.Output);
                output.Write(NewLine);
                Count(result, source, lineNumber);
            }

            if (progress)
            {
                errors.Write($"\r{ProgressBar(bytes, total)}{Documents:N0} documents, {Documents / Math.Max(stopwatch.Elapsed.TotalSeconds, 0.001):N0}/s ");
            }
        }

        output.Flush();
        if (progress)
        {
            errors.WriteLine();
        }

        double seconds = Math.Max(stopwatch.Elapsed.TotalSeconds, 0.001);
        string rules = string.Join(", ", diagnosticsByRule.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value:N0}"));
        string what = fix ? $"{Changed:N0} repaired" : $"{Diagnostics:N0} diagnostics{(rules.Length > 0 ? $" ({rules})" : string.Empty)}";
        errors.WriteLine($"textrepair: {source}: {Documents:N0} documents, {what}, {BadLines:N0} bad lines, {seconds:0.00} s, {Documents / seconds:N0} documents/s, {bytes / seconds / 1e6:0.0} MB/s");
    }

    /// <summary>A bar with the share of the file read, when its length is known (a file, not a pipe).</summary>
    private static string ProgressBar(long read, long total)
    {
        const int Width = 30;
        if (total <= 0)
        {
            return string.Empty;
        }

        int filled = (int)Math.Clamp(read * Width / total, 0, Width);
        return $"[{new string('#', filled)}{new string(' ', Width - filled)}] {Math.Min(100, read * 100 / total),3}% ";
    }

    private void Count(LineResult result, string source, int lineNumber)
    {
        if (result.Error is not null)
        {
            BadLines++;
            errors.WriteLine($"textrepair: {source}:{lineNumber}: {result.Error}; line written back unchanged");
            return;
        }

        Documents++;
        Changed += result.Changed ? 1 : 0;
        foreach (string rule in result.Rules)
        {
            diagnosticsByRule[rule] = diagnosticsByRule.GetValueOrDefault(rule) + 1;
        }
    }

    private LineResult ProcessLine(byte[] line)
    {
        ReadOnlySpan<byte> content = line.AsSpan().TrimEnd("\r"u8);
        if (content.IsEmpty)
        {
            return new LineResult(line, "empty line", false, []);
        }

        if (!Utf8.IsValid(content))
        {
            return new LineResult(line, "not valid UTF-8", false, []);
        }

        if (!TryFindText(content, out string? text, out Range value, out string? error))
        {
            return new LineResult(line, error, false, []);
        }

        if (fix)
        {
            string repaired = engine.Repair(text);
            if (repaired == text)
            {
                return new LineResult(line, null, false, []);
            }

            var encoded = new ArrayBufferWriter<byte>(repaired.Length + 16);
            using (var writer = new Utf8JsonWriter(encoded, RelaxedJson))
            {
                writer.WriteStringValue(repaired);
            }

            return new LineResult([.. content[..value.Start], .. encoded.WrittenSpan, .. content[value.End..]], null, true, []);
        }

        AnalysisResult result = engine.Analyze(text);
        Diagnostic[] shown = result.Diagnostics.Where(diagnostic => diagnostic.Severity >= threshold).ToArray();
        var buffer = new ArrayBufferWriter<byte>(content.Length + 256);
        int closing = content.LastIndexOf((byte)'}');
        buffer.Write(content[..closing]);
        bool empty = content[..closing].TrimEnd(" \t"u8).EndsWith("{"u8);
        buffer.Write(empty ? "\"diagnostics\":"u8 : ",\"diagnostics\":"u8);
        using (var writer = new Utf8JsonWriter(buffer, RelaxedJson))
        {
            writer.WriteStartArray();
            foreach (Diagnostic diagnostic in shown)
            {
                DiagnosticJson.WriteDiagnostic(writer, result.Text, diagnostic);
            }

            writer.WriteEndArray();
        }

        buffer.Write(",\"sentences\":"u8);
        using (var writer = new Utf8JsonWriter(buffer, RelaxedJson))
        {
            DiagnosticJson.WriteSentences(writer, result);
        }

        buffer.Write(content[closing..]);
        return new LineResult(buffer.WrittenSpan.ToArray(), null, false, shown.Select(diagnostic => diagnostic.Id).ToArray());
    }

    /// <summary>Finds the top-level string property named by the field, and the byte range of its value.</summary>
    private bool TryFindText(ReadOnlySpan<byte> json, out string text, out Range value, out string? error)
    {
        text = string.Empty;
        value = default;
        error = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "not a JSON object";
                return false;
            }

            bool found = false;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                bool isField = reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(field);
                reader.Read();
                if (isField && reader.TokenType == JsonTokenType.String && !found)
                {
                    text = reader.GetString()!;
                    value = new Range((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                    found = true;
                }

                reader.Skip();
            }

            // Reading to the end validates the whole line.
            while (reader.Read())
            {
            }

            if (!found)
            {
                error = $"no string field '{Encoding.UTF8.GetString(field)}'";
            }

            return found;
        }
        catch (JsonException exception)
        {
            error = $"malformed JSON ({exception.Message.Split(" LineNumber", 2)[0]})";
            return false;
        }
    }

    private sealed record LineResult(byte[] Output, string? Error, bool Changed, string[] Rules);
}
