using System.Diagnostics;
using System.Text;

namespace TextRepair.Tests.Cli;

/// <summary>Runs the real <c>textrepair</c> tool (the CLI project's build output) as a process.</summary>
internal static class Tool
{
    public static string DllPath
    {
        get
        {
            // tests/TextRepair.Tests/bin/<Configuration>/net10.0 → src/TextRepair.Cli/bin/<Configuration>/net10.0
            string testDirectory = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
            string framework = Path.GetFileName(testDirectory);
            string configuration = Path.GetFileName(Path.GetDirectoryName(testDirectory)!);
            string root = Path.GetFullPath(Path.Combine(testDirectory, "..", "..", "..", "..", ".."));
            return Path.Combine(root, "src", "TextRepair.Cli", "bin", configuration, framework, "TextRepair.Cli.dll");
        }
    }

    public static ToolResult Run(string arguments, string? standardInput = null, string? workingDirectory = null, byte[]? standardInputBytes = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{DllPath}\" {arguments}")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.Environment["NO_COLOR"] = "1";
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        using (Stream input = process.StandardInput.BaseStream)
        {
            input.Write(standardInputBytes ?? Encoding.UTF8.GetBytes(standardInput ?? string.Empty));
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"textrepair {arguments} did not finish.");
        }

        return new ToolResult(process.ExitCode, output.Result, errors.Result);
    }
}

internal sealed record ToolResult(int ExitCode, string Output, string Errors);
