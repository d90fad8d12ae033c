using System.Globalization;
using System.Text;

namespace TextRepair.Cli;

/// <summary>
/// A file name as it may be printed: control characters (C0, DEL, C1) and bidirectional controls escaped as
/// <c>\xNN</c> or <c>\u{XXXX}</c>, so that a hostile name cannot move the cursor, clear the screen or reorder a line
/// of the terminal.
/// </summary>
internal static class PrintablePath
{
    public static string Escape(string path)
    {
        if (!path.AsSpan().ContainsAny(Unprintable))
        {
            return path;
        }

        var builder = new StringBuilder(path.Length + 16);
        foreach (char character in path)
        {
            if (char.IsControl(character))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)character:x2}");
            }
            else if (IsBidiControl(character))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)character:x4}}}");
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    private static bool IsBidiControl(char character) => character is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    private static readonly System.Buffers.SearchValues<char> Unprintable = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(code => (char)code))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(code => (char)code))
        + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");
}
