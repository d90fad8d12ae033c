using System.Text;
using TextRepair;
using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>
/// The <c>textrepair</c> command: <c>check FILE...</c> prints diagnostics as <c>file:line:col: severity ID: message</c>,
/// <c>fix FILE</c> prints the repaired text. Exit codes: 0 nothing found, 1 diagnostics found, 2 usage or input error.
/// </summary>
internal static class Program
{
    private const int Clean = 0;
    private const int Found = 1;
    private const int UsageError = 2;

    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (args.Length < 2 || args[0] is not ("check" or "fix"))
        {
            Console.Error.WriteLine("usage: textrepair check FILE...\n       textrepair fix FILE...");
            return UsageError;
        }

        TextRepairEngine engine = TextRepairEngine.CreateDefault();
        int exitCode = Clean;
        foreach (string path in args.Skip(1))
        {
            if (!TryRead(path, out string? text))
            {
                exitCode = UsageError;
                continue;
            }

            if (args[0] == "fix")
            {
                Console.Out.Write(engine.Repair(text));
                continue;
            }

            AnalysisResult result = engine.Analyze(text);
            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                LinePosition position = result.Text.GetLinePosition(diagnostic.Span.Start);
                string severity = diagnostic.Severity.ToString().ToLowerInvariant();
                Console.Out.WriteLine($"{path}:{position}: {severity} {diagnostic.Id}: {diagnostic.Message}");
            }

            if (result.Diagnostics.Length > 0 && exitCode == Clean)
            {
                exitCode = Found;
            }
        }

        return exitCode;
    }

    private static bool TryRead(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        text = null;
        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            Console.Error.WriteLine($"textrepair: {path}: {exception.Message}");
            return false;
        }
    }
}
