using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

using TextRepair.Tests.Support;

namespace TextRepair.Tests.Cli;

/// <summary>
/// The tool against the file systems, configurations and names a careful user (or an attacker) gives it: nothing is
/// lost, links and protections are kept, one bad input costs only itself, and what reaches a terminal is inert.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Damaged = "They held a election.\n";
    private const string Repaired = "They held an election.\n";
    private readonly TemporaryFolder folder = new("textrepair-hostile-");

    private string directory => folder.Path;

    public void Dispose() => folder.Dispose();

    private string Write(string name, string text) => folder.Write(name, text);

    [Fact]
    public void In_place_fix_refuses_a_read_only_file_and_still_repairs_the_files_after_it()
    {
        string locked = Write("docs/a.txt", Damaged);
        string open = Write("docs/b.txt", Damaged);
        MakeReadOnly(locked);
        ToolResult result = Tool.Run($"fix \"{Path.Combine(directory, "docs")}\"");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a.txt: the file is read-only; not written", result.Errors, StringComparison.Ordinal);
        Assert.Equal(Damaged, File.ReadAllText(locked));
        Assert.Equal(Repaired, File.ReadAllText(open));

        Assert.Equal(0, Tool.Run($"fix --force \"{locked}\"").ExitCode);
        Assert.Equal(Repaired, File.ReadAllText(locked));
        Assert.True(IsReadOnly(locked), "--force keeps the file's permissions");
    }

    [Fact]
    public void In_place_fix_writes_through_a_symbolic_link_and_keeps_hard_links_and_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string target = Write("target.txt", Damaged);
        string link = Path.Combine(directory, "docs", "link.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, target);
        string first = Write("first.txt", Damaged);
        string second = Path.Combine(directory, "second.txt");
        Run("ln", first, second);
        File.SetUnixFileMode(first, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        ToolResult result = Tool.Run($"fix \"{link}\" \"{first}\"");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal(Repaired, File.ReadAllText(target));
        Assert.Equal(Repaired, File.ReadAllText(second));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(first));
        Assert.Empty(Directory.GetFiles(directory, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_folder_with_link_loops_and_an_unreadable_subfolder_lists_each_file_once_and_goes_on()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Write("tree/a.txt", Damaged);
        Write("tree/sub/b.txt", Damaged);
        Write("tree/zz/c.txt", Damaged);
        Directory.CreateSymbolicLink(Path.Combine(directory, "tree", "sub", "loop"), Path.Combine(directory, "tree"));
        File.CreateSymbolicLink(Path.Combine(directory, "tree", "sub", "self.txt"), Path.Combine(directory, "tree", "sub", "self.txt"));
        File.CreateSymbolicLink(Path.Combine(directory, "tree", "again.txt"), Path.Combine(directory, "tree", "a.txt"));

        // A folder that cannot be listed; root can list anything, so there the check below is only about the others.
        string locked = Path.Combine(directory, "tree", "locked");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "d.txt"), Damaged);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        bool lockedOut = !CanList(locked);

        ToolResult result = Tool.Run($"check --format json \"{Path.Combine(directory, "tree")}\"");
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string[] files = [.. JsonNode.Parse(result.Output)!["files"]!.AsArray().Select(file => Path.GetFileName((string)file!["path"]!))];
        Assert.Equal(lockedOut ? ["a.txt", "b.txt", "c.txt"] : ["a.txt", "b.txt", "c.txt", "d.txt"], files.Order(StringComparer.Ordinal));
        Assert.Contains("self.txt: cannot read", result.Errors, StringComparison.Ordinal);
        if (lockedOut)
        {
            Assert.Contains("locked: cannot read the folder", result.Errors, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_configuration_is_checked_not_trusted()
    {
        string text = Write("story.txt", Damaged);
        (string Config, string Error)[] cases =
        [
            ("""{ "rules": { "tr2004": "off" } }""", "unknown rule \"tr2004\"; did you mean \"TR2004\"?"),
            ("""{ "rule": { "TR2004": "off" } }""", "unknown key \"rule\"; did you mean \"rules\"?"),
            ("""{ "categories": { "spelling": "off" } }""", "did you mean \"Spelling\"?"),
            ("""{ "rules": { "TR2004": "of" } }""", "unknown severity \"of\"; did you mean \"off\"?"),
            ("""{ "wordsFile": "." }""", "is a folder, not a file"),
            ("""{ "wordsFile": "missing.txt" }""", "cannot read the words file"),
            ("""{ "wordsFile": "binary.dat" }""", "holds control characters"),
            ("[1, 2]", "must be a JSON object"),
        ];
        File.WriteAllBytes(Path.Combine(directory, "binary.dat"), [0x41, 0x00, 0x42]);
        foreach ((string config, string error) in cases)
        {
            Write("textrepair.json", config);
            ToolResult result = Tool.Run($"check \"{text}\"");
            Assert.True(result.ExitCode == 2, $"{config}: exit {result.ExitCode}");
            Assert.Contains(error, result.Errors, StringComparison.Ordinal);
            Assert.Single(result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        if (OperatingSystem.IsLinux())
        {
            Write("textrepair.json", """{ "wordsFile": "/dev/zero" }""");
            Assert.Contains("not a regular file", Tool.Run($"check \"{text}\"").Errors, StringComparison.Ordinal);
        }

        Write("names.txt", "# names\nLukashenka\n");
        Write("textrepair.json", """{ "wordsFile": "names.txt" }""");
        string elsewhere = Directory.CreateTempSubdirectory("textrepair-cwd-").FullName;
        ToolResult relative = Tool.Run($"check \"{Write("names-story.txt", "Lukashenka spoke.\n")}\"", workingDirectory: elsewhere);
        Directory.Delete(elsewhere);
        Assert.Equal(0, relative.ExitCode);
    }

    [Fact]
    public void A_diff_of_a_file_without_a_final_newline_applies_with_git()
    {
        string path = Write("story.txt", "Title\n\nThey held a election.");
        string diff = Tool.Run("fix --diff story.txt", workingDirectory: directory).Output;
        Assert.StartsWith("--- a/story.txt\n+++ b/story.txt\n", diff, StringComparison.Ordinal);
        Assert.EndsWith("-They held a election.\n\\ No newline at end of file\n+They held an election.\n\\ No newline at end of file\n", diff, StringComparison.Ordinal);
        string absolute = Tool.Run($"fix --diff \"{path}\"", workingDirectory: Path.GetTempPath() is var temp && path.StartsWith(temp, StringComparison.Ordinal) ? "/" : temp).Output;
        Assert.DoesNotContain("a//", absolute, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(directory, "story.patch"), diff);
        if (TryRun(directory, "git", "apply", "--unsafe-paths", "story.patch"))
        {
            Assert.Equal("Title\n\nThey held an election.", File.ReadAllText(path));
        }
    }

    [Fact]
    public void Sarif_uris_keep_percent_signs_and_terminal_output_escapes_control_characters_in_names()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Write("a%41.txt", Damaged);
        string sarif = Tool.Run("check --format sarif a%41.txt", workingDirectory: directory).Output;
        JsonNode run = JsonNode.Parse(sarif)!["runs"]![0]!;
        JsonNode location = run["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Equal("a%2541.txt", (string)location["uri"]!);
        Assert.Equal("%SRCROOT%", (string)location["uriBaseId"]!);
        var root = new Uri((string)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!);
        Assert.Equal(Path.Combine(directory, "a%41.txt"), new Uri(root, (string)location["uri"]!).LocalPath);

        Write("bad\u001b[2Jname.txt", Damaged);
        ToolResult result = Tool.Run("check .", workingDirectory: directory);
        Assert.DoesNotContain("\u001b", result.Output, StringComparison.Ordinal);
        Assert.Contains("bad\\x1b[2Jname.txt:1:11:", result.Output, StringComparison.Ordinal);
    }

    private static bool CanList(string folder)
    {
        try
        {
            _ = Directory.GetFiles(folder);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void MakeReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    private static bool IsReadOnly(string path) => OperatingSystem.IsWindows()
        ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
        : (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;

    private static void Run(string program, params string[] arguments) => Assert.True(TryRun(null, program, arguments), $"{program} failed");

    private static bool TryRun(string? workingDirectory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using Process process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
