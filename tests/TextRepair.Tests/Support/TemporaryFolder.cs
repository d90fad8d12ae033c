namespace TextRepair.Tests.Support;

/// <summary>A folder of its own for one test, deleted afterwards even when the test made files read-only.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder(string prefix) => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    /// <summary>Writes a file (and its folders) and returns its full path.</summary>
    public string Write(string name, string text)
    {
        string path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        foreach (string file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Path, recursive: true);
    }
}
