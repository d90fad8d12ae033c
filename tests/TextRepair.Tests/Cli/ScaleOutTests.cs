using System.Diagnostics;
using System.Text.Json.Nodes;

namespace TextRepair.Tests.Cli;

/// <summary>
/// The Dask sample (`samples/dask/run.py`): a scheduler and two workers on localhost map partitions of a JSON-lines
/// corpus through `textrepair fix --jsonl`; the script itself checks that every record came back once and in order.
/// Runs where Debian's python3-distributed is installed (`.ci/run` installs it when it can).
/// </summary>
public class ScaleOutTests
{
    private const string DebianPython = "/usr/bin/python3";

    [Fact]
    public async Task The_dask_sample_returns_every_record_once_and_in_order()
    {
        if (!HasDistributed())
        {
            return;
        }

        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Tool.DllPath)!, "..", "..", "..", "..", ".."));
        var start = new ProcessStartInfo(DebianPython) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (string argument in new[] { "samples/dask/run.py", "--cli", $"dotnet \"{Tool.DllPath}\"", "--workers", "2", "--records", "1500", "--partitions", "6" })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{output}\n{await errors}");
        JsonNode summary = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        Assert.Equal(1500, (int)summary["records"]!);
        Assert.Equal(2, (int)summary["workers"]!);
    }

    private static bool HasDistributed()
    {
        if (!File.Exists(DebianPython))
        {
            return false;
        }

        using Process probe = Process.Start(new ProcessStartInfo(DebianPython, "-c \"import distributed\"") { RedirectStandardError = true, RedirectStandardOutput = true })!;
        probe.WaitForExit();
        return probe.ExitCode == 0;
    }
}
