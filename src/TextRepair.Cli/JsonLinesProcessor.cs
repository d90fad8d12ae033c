using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using TextRepair.Documents;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>
/// The batch mode for corpora: reads JSON lines with a text field and writes each object back, in input order, with
/// its diagnostics added (<c>check</c>) or its text repaired (<c>fix</c>); every other byte of the line is left as it
/// was. It streams in batches (memory does not grow with the input) and checks a batch on several cores; on a terminal,
/// standard error shows a progress bar (for a file) and the rate. A line that cannot be used (not valid UTF-8 or JSON,
/// no such text field, over the size limit, or any failure while it is analysed) is reported on standard error with
/// its line number and written back unchanged, and the run goes on; blank lines are written back and not counted. A
/// CR before the LF and a byte-order mark before the first line are kept.
/// </summary>
internal sealed class JsonLinesProcessor
{
    /// <summary>The default largest record analysed, in bytes of JSON (see docs/cli.md, "Limits").</summary>
    public const int DefaultMaximumRecordBytes = 8 << 20;

    private const int BatchSize = 1024;

    /// <summary>A batch also ends when its lines reach this many bytes, so that large records do not pile up.</summary>
    private const int BatchBytes = 64 << 20;
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The property of a record that lists rules (ids or categories) not to run on it: its inline suppression.</summary>
    private static readonly byte[] DisableField = "textrepairDisable"u8.ToArray();
    private static readonly JsonWriterOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TextRepairEngine engine;
    private readonly byte[] field;
    private readonly bool fix;
    private readonly DiagnosticSeverity threshold;
    private readonly int parallel;
    private readonly int maximumRecordBytes;
    private readonly TextWriter errors;
    private readonly Dictionary<string, int> diagnosticsByRule = new(StringComparer.Ordinal);

    public JsonLinesProcessor(TextRepairEngine engine, string field, bool fix, DiagnosticSeverity threshold, int parallel, int maximumRecordBytes, TextWriter errors)
    {
        this.maximumRecordBytes = maximumRecordBytes;
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
        // Reading the next batch and writing the last one's results overlap the analysis of the current one: done
        // between batches, they left all but one core idle (standard input and output are one stream each).
        List<byte[]> batch = ReadBatch(reader, ref bytes);
        LineResult[]? finished = null;
        while (batch.Count > 0)
        {
            int firstLine = lineNumber + (finished?.Length ?? 0);
            List<byte[]> lines = batch;
            var results = new LineResult[lines.Count];
            Task analysis = Task.Run(() => Parallel.For(0, lines.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, index => results[index] = ProcessLine(lines[index], firstLine + index == 0)));
            if (finished is not null)
            {
                Write(finished, output, source, ref lineNumber);
            }

            batch = ReadBatch(reader, ref bytes);
            analysis.GetAwaiter().GetResult();
            finished = results;
            if (progress)
            {
                errors.Write($"\r{ProgressBar(bytes, total)}{Documents + results.Length:N0} documents, {(Documents + results.Length) / Math.Max(stopwatch.Elapsed.TotalSeconds, 0.001):N0}/s ");
            }
        }

        if (finished is not null)
        {
            Write(finished, output, source, ref lineNumber);
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

    /// <summary>The next lines, up to <see cref="BatchSize"/> of them or <see cref="BatchBytes"/>; none at the end of the input.</summary>
    private static List<byte[]> ReadBatch(ByteLineReader reader, ref long bytes)
    {
        var batch = new List<byte[]>(BatchSize);
        long batchBytes = 0;
        for (byte[]? line; batch.Count < BatchSize && batchBytes < BatchBytes && (line = reader.ReadLine()) is not null;)
        {
            batch.Add(line);
            bytes += line.Length + 1;
            batchBytes += line.Length;
        }

        return batch;
    }

    /// <summary>Writes a batch's results in input order and counts them.</summary>
    private void Write(LineResult[] results, Stream output, string source, ref int lineNumber)
    {
        foreach (LineResult result in results)
        {
            lineNumber++;
            output.Write(result.Output);
            output.Write(NewLine);
            Count(result, source, lineNumber);
        }
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
        if (result.IsBlank)
        {
            return;
        }

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

    /// <summary>One line's result; whatever goes wrong with it is that line's error, and the run goes on.</summary>
    private LineResult ProcessLine(byte[] line, bool first)
    {
        try
        {
            return ProcessRecord(line, first);
        }
        catch (Exception exception)
        {
            return new LineResult(line, $"could not be processed ({exception.GetType().Name}: {exception.Message})", false, []);
        }
    }

    private LineResult ProcessRecord(byte[] line, bool first)
    {
        // A byte-order mark opens the first line of some files, and a CR ends each line of others: both are kept as
        // they were and only the JSON between them is read.
        int prefix = first && line.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        int suffix = line.AsSpan(prefix).EndsWith("\r"u8) ? 1 : 0;
        ReadOnlySpan<byte> content = line.AsSpan(prefix, line.Length - prefix - suffix);
        if (content.Trim(" \t"u8).IsEmpty)
        {
            return LineResult.Blank(line);
        }

        if (content.Length > maximumRecordBytes)
        {
            return new LineResult(line, $"the record is {content.Length:N0} bytes, over the limit of {maximumRecordBytes:N0} (--max-record-bytes)", false, []);
        }

        if (!Utf8.IsValid(content))
        {
            return new LineResult(line, "not valid UTF-8", false, []);
        }

        if (!TryReadRecord(content, out Record record, out string? error))
        {
            return new LineResult(line, error, false, []);
        }

        var output = new ArrayBufferWriter<byte>(line.Length + 256);
        output.Write(line.AsSpan(0, prefix));
        bool changed = false;
        string[] rules = [];
        if (fix)
        {
            string repaired = FixAll.Apply(
                SourceText.From(record.Text.Value),
                current =>
                {
                    ProseView view = ProseView.ForPlainText(current.ToString(), record.Disabled);
                    return view.Filter(engine.Analyze(view.AnalyzedText).Diagnostics);
                },
                engine.Options.MaximumFixPasses).Text.ToString();
            if (repaired == record.Text.Value)
            {
                return new LineResult(line, null, false, []);
            }

            changed = true;
            Splice(output, content, [(record.Text.Range, Encode(writer => JsonText.WriteStringValue(writer, repaired)))], null);
        }
        else
        {
            ProseView view = ProseView.ForPlainText(record.Text.Value, record.Disabled);
            AnalysisResult result = engine.Analyze(view.AnalyzedText);
            Diagnostic[] shown = [.. view.Filter(result.Diagnostics).Where(diagnostic => diagnostic.Severity >= threshold)];
            rules = [.. shown.Select(diagnostic => diagnostic.Id)];
            byte[] diagnostics = Encode(writer =>
            {
                writer.WriteStartArray();
                foreach (Diagnostic diagnostic in shown)
                {
                    DiagnosticJson.WriteDiagnostic(writer, result.Text, diagnostic);
                }

                writer.WriteEndArray();
            });
            byte[] sentences = Encode(writer => DiagnosticJson.WriteSentences(writer, result));

            // Checking a checked file again replaces what the first run added instead of adding the keys twice.
            var replaced = new List<(Range Range, byte[] Value)>(2);
            var appended = new List<(string Name, byte[] Value)>(2);
            foreach ((Range? existing, string name, byte[] value) in new[] { (record.Diagnostics, "diagnostics", diagnostics), (record.Sentences, "sentences", sentences) })
            {
                if (existing is { } range)
                {
                    replaced.Add((range, value));
                }
                else
                {
                    appended.Add((name, value));
                }
            }

            Splice(output, content, replaced, appended);
        }

        output.Write(line.AsSpan(line.Length - suffix));
        return new LineResult(output.WrittenSpan.ToArray(), null, changed, rules);
    }

    /// <summary>
    /// Copies <paramref name="json"/> with the given value ranges replaced and the given properties added at the end
    /// of the object.
    /// </summary>
    private static void Splice(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> json, List<(Range Range, byte[] Value)> replaced, List<(string Name, byte[] Value)>? appended)
    {
        int closing = json.LastIndexOf((byte)'}');
        int copied = 0;
        foreach ((Range range, byte[] value) in replaced.OrderBy(replacement => replacement.Range.Start.Value))
        {
            output.Write(json[copied..range.Start.Value]);
            output.Write(value);
            copied = range.End.Value;
        }

        if (appended is { Count: > 0 })
        {
            output.Write(json[copied..closing]);
            bool empty = json[..closing].TrimEnd(" \t"u8).EndsWith("{"u8);
            foreach ((string name, byte[] value) in appended)
            {
                output.Write(empty ? "\""u8 : ",\""u8);
                output.Write(Encoding.UTF8.GetBytes(name));
                output.Write("\":"u8);
                output.Write(value);
                empty = false;
            }

            copied = closing;
        }

        output.Write(json[copied..]);
    }

    private static byte[] Encode(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, RelaxedJson))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Reads the object: the top-level string property named by the field (its value and byte range), and the byte
    /// ranges of the values of a <c>diagnostics</c> and a <c>sentences</c> property a previous run may have added.
    /// </summary>
    private bool TryReadRecord(ReadOnlySpan<byte> json, out Record record, out string? error)
    {
        record = default;
        error = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "not a JSON object";
                return false;
            }

            (string Value, Range Range)? text = null;
            Range? diagnostics = null;
            Range? sentences = null;
            List<string> disabled = [];
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                bool isField = reader.ValueTextEquals(field);
                bool isDisable = reader.ValueTextEquals(DisableField);
                bool isDiagnostics = !fix && reader.ValueTextEquals("diagnostics"u8);
                bool isSentences = !fix && reader.ValueTextEquals("sentences"u8);
                reader.Read();
                int valueStart = (int)reader.TokenStartIndex;
                if (isField && reader.TokenType == JsonTokenType.String && text is null)
                {
                    text = (JsonText.GetString(ref reader), new Range(valueStart, (int)reader.BytesConsumed));
                }

                if (isDisable && !TryReadDisabled(ref reader, disabled, out error))
                {
                    return false;
                }

                reader.Skip();
                var range = new Range(valueStart, (int)reader.BytesConsumed);
                diagnostics ??= isDiagnostics ? range : null;
                sentences ??= isSentences ? range : null;
            }

            // Reading to the end validates the whole line.
            while (reader.Read())
            {
            }

            if (text is not { } found)
            {
                error = $"no string field '{Encoding.UTF8.GetString(field)}'";
                return false;
            }

            record = new Record(found, diagnostics, sentences, disabled);
            return true;
        }
        catch (JsonException exception)
        {
            error = $"malformed JSON ({exception.Message.Split(" LineNumber", 2)[0]})";
            return false;
        }
    }

    /// <summary>The text of a record and where its parts are, as byte ranges of the line.</summary>
    /// <summary>Reads the record's list of rules to skip: an array of rule ids or categories.</summary>
    private static bool TryReadDisabled(ref Utf8JsonReader reader, List<string> disabled, out string? error)
    {
        error = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            error = $"\"{Encoding.UTF8.GetString(DisableField)}\" must be an array of rule ids or categories";
            return false;
        }

        var copy = reader;
        while (copy.Read() && copy.TokenType != JsonTokenType.EndArray)
        {
            if (copy.TokenType != JsonTokenType.String)
            {
                error = $"\"{Encoding.UTF8.GetString(DisableField)}\" must be an array of rule ids or categories";
                return false;
            }

            string name = copy.GetString()!;
            try
            {
                RuleSelection.Require(Encoding.UTF8.GetString(DisableField), name);
            }
            catch (InvalidDataException exception)
            {
                error = exception.Message;
                return false;
            }

            disabled.Add(name);
        }

        return true;
    }

    /// <summary>The text of a record, where its parts are (byte ranges of the line), and the rules it skips.</summary>
    private readonly record struct Record((string Value, Range Range) Text, Range? Diagnostics, Range? Sentences, List<string> Disabled);

    /// <summary>What is written for a line, and what it counts for.</summary>
    private sealed record LineResult(byte[] Output, string? Error, bool Changed, string[] Rules)
    {
        /// <summary>A blank line: written back as it was, neither a document nor an error.</summary>
        public bool IsBlank { get; private init; }

        public static LineResult Blank(byte[] line) => new(line, null, false, []) { IsBlank = true };
    }
}
