using System.Globalization;
using System.Text;

namespace TextRepair.Cli;

/// <summary>
/// A unified diff between the original and the repaired text, with three lines of context. Fixes keep the number of
/// lines, so lines are compared one to one; should the counts differ, the lines between the common head and tail form
/// one hunk.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string before, string after)
    {
        string[] oldLines = SplitLines(before);
        string[] newLines = SplitLines(after);
        var changed = new List<(int OldStart, int OldEnd, int NewStart, int NewEnd)>();
        if (oldLines.Length == newLines.Length)
        {
            for (int index = 0; index < oldLines.Length; index++)
            {
                if (!string.Equals(oldLines[index], newLines[index], StringComparison.Ordinal))
                {
                    changed.Add((index, index + 1, index, index + 1));
                }
            }
        }
        else
        {
            int head = 0;
            while (head < oldLines.Length && head < newLines.Length && oldLines[head] == newLines[head])
            {
                head++;
            }

            int tail = 0;
            while (tail < oldLines.Length - head && tail < newLines.Length - head && oldLines[^(tail + 1)] == newLines[^(tail + 1)])
            {
                tail++;
            }

            changed.Add((head, oldLines.Length - tail, head, newLines.Length - tail));
        }

        if (changed.Count == 0)
        {
            return string.Empty;
        }

        var diff = new StringBuilder();
        diff.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        int next = 0;
        while (next < changed.Count)
        {
            int first = next;
            int last = next;
            while (last + 1 < changed.Count && changed[last + 1].OldStart - changed[last].OldEnd <= 2 * Context)
            {
                last++;
            }

            WriteHunk(diff, oldLines, newLines, changed, first, last);
            next = last + 1;
        }

        return diff.ToString();
    }

    private static void WriteHunk(StringBuilder diff, string[] oldLines, string[] newLines, List<(int OldStart, int OldEnd, int NewStart, int NewEnd)> changed, int first, int last)
    {
        int oldStart = Math.Max(0, changed[first].OldStart - Context);
        int oldEnd = Math.Min(oldLines.Length, changed[last].OldEnd + Context);
        int shift = changed[first].NewStart - changed[first].OldStart;
        int newStart = oldStart + shift;
        int newEnd = Math.Min(newLines.Length, changed[last].NewEnd + Context);
        diff.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart + 1},{oldEnd - oldStart} +{newStart + 1},{newEnd - newStart} @@\n");
        int oldLine = oldStart;
        for (int index = first; index <= last; index++)
        {
            for (; oldLine < changed[index].OldStart; oldLine++)
            {
                diff.Append(' ').Append(oldLines[oldLine]).Append('\n');
            }

            for (int line = changed[index].OldStart; line < changed[index].OldEnd; line++)
            {
                diff.Append('-').Append(oldLines[line]).Append('\n');
            }

            for (int line = changed[index].NewStart; line < changed[index].NewEnd; line++)
            {
                diff.Append('+').Append(newLines[line]).Append('\n');
            }

            oldLine = changed[index].OldEnd;
        }

        for (; oldLine < oldEnd; oldLine++)
        {
            diff.Append(' ').Append(oldLines[oldLine]).Append('\n');
        }
    }

    /// <summary>Lines without their breaks, but a CR left at the end of a line so that a changed ending shows.</summary>
    private static string[] SplitLines(string text)
    {
        string[] lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
