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
        bool oldUnterminated = before.Length > 0 && !before.EndsWith('\n');
        bool newUnterminated = after.Length > 0 && !after.EndsWith('\n');
        var changed = new List<(int OldStart, int OldEnd, int NewStart, int NewEnd)>();
        if (oldLines.Length == newLines.Length)
        {
            for (int index = 0; index < oldLines.Length; index++)
            {
                bool endingChanged = index == oldLines.Length - 1 && oldUnterminated != newUnterminated;
                if (endingChanged || !string.Equals(oldLines[index], newLines[index], StringComparison.Ordinal))
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

            WriteHunk(diff, new Side(oldLines, oldUnterminated), new Side(newLines, newUnterminated), changed, first, last);
            next = last + 1;
        }

        return diff.ToString();
    }

    private static void WriteHunk(StringBuilder diff, Side old, Side @new, List<(int OldStart, int OldEnd, int NewStart, int NewEnd)> changed, int first, int last)
    {
        int oldStart = Math.Max(0, changed[first].OldStart - Context);
        int oldEnd = Math.Min(old.Lines.Length, changed[last].OldEnd + Context);
        int shift = changed[first].NewStart - changed[first].OldStart;
        int newStart = oldStart + shift;
        int newEnd = Math.Min(@new.Lines.Length, changed[last].NewEnd + Context);
        diff.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart + 1},{oldEnd - oldStart} +{newStart + 1},{newEnd - newStart} @@\n");
        int oldLine = oldStart;
        for (int index = first; index <= last; index++)
        {
            for (; oldLine < changed[index].OldStart; oldLine++)
            {
                old.Append(diff, ' ', oldLine);
            }

            for (int line = changed[index].OldStart; line < changed[index].OldEnd; line++)
            {
                old.Append(diff, '-', line);
            }

            for (int line = changed[index].NewStart; line < changed[index].NewEnd; line++)
            {
                @new.Append(diff, '+', line);
            }

            oldLine = changed[index].OldEnd;
        }

        for (; oldLine < oldEnd; oldLine++)
        {
            old.Append(diff, ' ', oldLine);
        }
    }

    /// <summary>One side of the diff: its lines, and whether its last line has no line break.</summary>
    private readonly record struct Side(string[] Lines, bool Unterminated)
    {
        /// <summary>
        /// Appends a line with its marker, and after the last line of a text without a final line break the marker
        /// line that <c>patch</c> and <c>git apply</c> require (an unchanged last line is the same on both sides).
        /// </summary>
        public void Append(StringBuilder diff, char marker, int line)
        {
            diff.Append(marker).Append(Lines[line]).Append('\n');
            if (Unterminated && line == Lines.Length - 1)
            {
                diff.Append("\\ No newline at end of file\n");
            }
        }
    }

    /// <summary>Lines without their breaks, but a CR left at the end of a line so that a changed ending shows.</summary>
    private static string[] SplitLines(string text)
    {
        string[] lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
