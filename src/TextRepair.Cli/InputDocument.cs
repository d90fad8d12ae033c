namespace TextRepair.Cli;

/// <summary>A text read from a file or standard input, with what is needed to write it back as it was.</summary>
/// <param name="DisplayPath">The path as the user gave it ("-" for standard input).</param>
/// <param name="FullPath">The full path, or null for standard input.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="HasByteOrderMark">Whether the file started with a UTF-8 byte-order mark (kept when writing back).</param>
internal sealed record InputDocument(string DisplayPath, string? FullPath, string Text, bool HasByteOrderMark);
