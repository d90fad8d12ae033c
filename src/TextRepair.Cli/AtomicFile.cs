using System.Text;

namespace TextRepair.Cli;

/// <summary>
/// Writes a repaired file so that a crash never leaves it half-written and nothing about the file but its text
/// changes: the text goes to a temporary file in the same folder, created with the file's own permissions (never more
/// open than the file, not even for a moment), which is then renamed over the original, an atomic replace on one file
/// system. A symbolic link is followed and its target written, so the link stays a link. A file with more than one hard
/// link is rewritten in place instead, since a rename would split it from its other names; the temporary copy is kept
/// until that write has finished.
/// </summary>
internal static class AtomicFile
{
    /// <summary>
    /// Whether the file is marked read-only: no write permission for its owner (on Unix, even for root, as editors
    /// check) or the read-only attribute (on Windows).
    /// </summary>
    public static bool IsReadOnly(string path)
    {
        string target = ResolveLinks(path);
        return OperatingSystem.IsWindows()
            ? File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly)
            : (File.GetUnixFileMode(target) & UnixFileMode.UserWrite) == 0;
    }

    /// <summary>Replaces the text of <paramref name="path"/> (of its final target when it is a symbolic link).</summary>
    public static void WriteAllText(string path, string text, bool byteOrderMark)
    {
        string target = ResolveLinks(path);
        string directory = Path.GetDirectoryName(target) ?? ".";
        string temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.textrepair.tmp");
        UnixFileMode? mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(target);
        bool hardLinked = UnixFileStatus.TryGet(target, out _, out _, out int links) && links > 1;
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows() && mode is { } created)
            {
                options.UnixCreateMode = created;
            }

            using (var stream = new FileStream(temporary, options))
            {
                Write(stream, text, byteOrderMark);
            }

            if (hardLinked)
            {
                using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.None);
                stream.SetLength(0);
                Write(stream, text, byteOrderMark);
                return;
            }

            if (!OperatingSystem.IsWindows() && mode is { } exact)
            {
                // The process's umask may have taken bits away at creation.
                File.SetUnixFileMode(temporary, exact);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void Write(FileStream stream, string text, bool byteOrderMark)
    {
        if (byteOrderMark)
        {
            stream.Write(Encoding.UTF8.Preamble);
        }

        stream.Write(Encoding.UTF8.GetBytes(text));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The file a path finally names, through any chain of symbolic links (the path itself when it is none).</summary>
    private static string ResolveLinks(string path)
    {
        string full = Path.GetFullPath(path);
        return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }
}
