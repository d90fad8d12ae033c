namespace TextRepair.Cli;

/// <summary>A text read from a file or standard input, with what is needed to write it back as it was.</summary>
/// <param name="Path">The path as the user gave it ("-" for standard input).</param>
/// <param name="FullPath">The full path, or null for standard input.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="HasByteOrderMark">Whether the file started with a UTF-8 byte-order mark (kept when writing back).</param>
internal sealed record InputDocument(string Path, string? FullPath, string Text, bool HasByteOrderMark)
{
    /// <summary>Whether the file is Markdown (by its extension): only its prose is checked.</summary>
    public bool IsMarkdown => System.IO.Path.GetExtension(Path).ToUpperInvariant() is ".MD" or ".MARKDOWN" or ".MKD";

    /// <summary>The path as given, safe to print on a terminal (control characters escaped).</summary>
    public string DisplayPath => PrintablePath.Escape(Path);

    /// <summary>
    /// The path for a diff header: relative to the current folder when the file is inside it, else without its root,
    /// so that <c>a/</c> and <c>b/</c> prefixes make a path <c>patch -p1</c> and <c>git apply</c> accept.
    /// </summary>
    public string DiffPath
    {
        get
        {
            if (FullPath is null)
            {
                return "stdin";
            }

            string relative = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), FullPath);
            string chosen = relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative)
                ? FullPath[System.IO.Path.GetPathRoot(FullPath)!.Length..]
                : relative;
            return PrintablePath.Escape(chosen.Replace('\\', '/'));
        }
    }
}
