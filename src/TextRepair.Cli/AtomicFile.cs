using System.Text;

namespace TextRepair.Cli;

/// <summary>
/// Writes a file so that a crash never leaves it half-written: the text goes to a temporary file in the same folder,
/// which is then renamed over the original (an atomic replace on one file system), keeping its Unix permissions.
/// </summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string text, bool byteOrderMark)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        string temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.textrepair.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                if (byteOrderMark)
                {
                    stream.Write(Encoding.UTF8.Preamble);
                }

                stream.Write(Encoding.UTF8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
