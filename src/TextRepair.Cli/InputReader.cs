using System.IO.Enumeration;
using System.Text;

namespace TextRepair.Cli;

/// <summary>
/// Turns the command line's paths into documents: files, folders searched with glob patterns, and "-" for standard
/// input. Each bad input (missing, unreadable, binary, not UTF-8) gets one clear message and the others go on.
/// </summary>
internal sealed class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly IReadOnlyList<string> patterns;
    private readonly TextWriter errors;

    public InputReader(IReadOnlyList<string> patterns, TextWriter errors)
    {
        this.patterns = patterns;
        this.errors = errors;
    }

    /// <summary>Whether any input could not be read.</summary>
    public bool HadErrors { get; private set; }

    /// <summary>
    /// The files a path names: itself, or the files of a folder (recursively) that match the patterns, sorted. A
    /// subfolder that cannot be read is reported and skipped, and the rest of the folder still searched. Symbolic links
    /// to folders are not followed inside a folder (as git, ripgrep and fd do), so a link loop cannot repeat files; a
    /// file reached through several links is checked once.
    /// </summary>
    public IEnumerable<string> Expand(string path)
    {
        if (path == "-" || File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            Fail(path, "no such file or folder");
            return [];
        }

        var files = new List<(string Path, string Target, bool IsLink)>();
        var folders = new Stack<string>([path]);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden };
        while (folders.TryPop(out string? folder))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options)];
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Fail(folder, $"cannot read the folder: {exception.Message}; skipped");
                continue;
            }

            foreach (FileSystemInfo entry in entries)
            {
                if (entry is DirectoryInfo)
                {
                    if (entry.LinkTarget is null)
                    {
                        folders.Push(Path.Combine(folder, entry.Name));
                    }
                }
                else if (patterns.Any(pattern => FileSystemName.MatchesSimpleExpression(pattern, entry.Name)))
                {
                    files.Add((Path.Combine(folder, entry.Name), FinalTarget(entry), entry.LinkTarget is not null));
                }
            }
        }

        // A file reached by its own name and through links is checked once, by its own name.
        return [.. files.GroupBy(file => file.Target, StringComparer.Ordinal)
            .Select(names => names.OrderBy(file => file.IsLink).ThenBy(file => file.Path, StringComparer.Ordinal).First().Path)
            .Order(StringComparer.Ordinal)];
    }

    private static string FinalTarget(FileSystemInfo entry)
    {
        try
        {
            return entry.LinkTarget is null ? entry.FullName : entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? entry.FullName;
        }
        catch (IOException)
        {
            return entry.FullName;
        }
    }

    /// <summary>Reads one file (or standard input for "-"); null, with a message, when it cannot be used.</summary>
    public InputDocument? Read(string path)
    {
        byte[] bytes;
        try
        {
            if (path == "-")
            {
                using var buffer = new MemoryStream();
                Console.OpenStandardInput().CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Fail(path, $"cannot read: {exception.Message}");
            return null;
        }

        return Decode(path, bytes);
    }

    /// <summary>Decodes bytes as UTF-8 (with or without a byte-order mark); refuses binary data and invalid UTF-8.</summary>
    public InputDocument? Decode(string path, byte[] bytes)
    {
        bool byteOrderMark = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        ReadOnlySpan<byte> content = byteOrderMark ? bytes.AsSpan(3) : bytes;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            Fail(path, "the file is UTF-16; convert it to UTF-8 first");
            return null;
        }

        int nul = content.IndexOf((byte)0);
        if (nul >= 0)
        {
            Fail(path, $"looks like a binary file (a NUL byte at offset {nul + (byteOrderMark ? 3 : 0)}); skipped");
            return null;
        }

        try
        {
            string text = StrictUtf8.GetString(content);
            return new InputDocument(path, path == "-" ? null : Path.GetFullPath(path), text, byteOrderMark);
        }
        catch (DecoderFallbackException exception)
        {
            int offset = exception.Index + (byteOrderMark ? 3 : 0);
            Fail(path, $"is not valid UTF-8 (first bad byte at offset {offset}); skipped");
            return null;
        }
    }

    private void Fail(string path, string message)
    {
        HadErrors = true;
        errors.WriteLine($"textrepair: {PrintablePath.Escape(path)}: {message}");
    }
}
