using System.Text.RegularExpressions;
using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>
/// Inline suppressions: <c>&lt;!-- textrepair-disable TR2002 --&gt;</c> … <c>&lt;!-- textrepair-enable TR2002 --&gt;</c>
/// silence rules (ids or categories; none named: all) from the comment to the matching enable or the end of the file;
/// <c>&lt;!-- textrepair-disable-next-line TR2002 --&gt;</c> silences them on the line after the comment. The same
/// comments work in Markdown and in plain text. A diagnostic is silenced when its span starts in a silenced range.
/// </summary>
internal sealed partial class Suppressions
{
    private const string Everything = "*";

    /// <summary>The silenced ranges, sorted by start.</summary>
    private readonly List<(TextSpan Range, string Rule)> ranges;

    /// <summary>The ranges that have started at the last position asked about and may still cover a later one.</summary>
    private readonly List<(TextSpan Range, string Rule)> active = [];
    private int next;
    private int lastPosition = -1;

    private Suppressions(List<(TextSpan Range, string Rule)> ranges)
    {
        ranges.Sort(static (left, right) => left.Range.Start.CompareTo(right.Range.Start));
        this.ranges = ranges;
    }

    /// <summary>
    /// Reads the suppression comments of <paramref name="text"/>, with <paramref name="disabled"/> silenced everywhere
    /// in a text of <paramref name="length"/> characters; <paramref name="comments"/> receives the comments' spans (they
    /// are not prose).
    /// </summary>
    public static Suppressions Parse(string text, IReadOnlyCollection<string> disabled, out List<TextSpan> comments, int length)
    {
        var ranges = new List<(TextSpan, string)>();
        foreach (string rule in disabled)
        {
            ranges.Add((new TextSpan(0, length), rule));
        }

        comments = [];
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in Comment().Matches(text))
        {
            comments.Add(new TextSpan(match.Index, match.Length));
            string[] rules = match.Groups["rules"].Value.Split((char[])[' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
            int end = match.Index + match.Length;
            switch (match.Groups["kind"].Value)
            {
                case "disable-next-line":
                    int lineStart = text.IndexOf('\n', end) is var newline and >= 0 ? newline + 1 : text.Length;
                    int lineEnd = text.IndexOf('\n', lineStart) is var next and >= 0 ? next : text.Length;
                    foreach (string rule in rules.DefaultIfEmpty(Everything))
                    {
                        ranges.Add((TextSpan.FromBounds(lineStart, lineEnd), rule));
                    }

                    break;
                case "disable":
                    foreach (string rule in rules.DefaultIfEmpty(Everything))
                    {
                        open.TryAdd(rule, end);
                    }

                    break;
                default:
                    foreach (string rule in rules.Length == 0 ? [.. open.Keys] : rules)
                    {
                        if (open.Remove(rule, out int start))
                        {
                            ranges.Add((TextSpan.FromBounds(start, match.Index), rule));
                        }
                    }

                    break;
            }
        }

        foreach ((string rule, int start) in open)
        {
            ranges.Add((TextSpan.FromBounds(start, text.Length), rule));
        }

        return new Suppressions(ranges);
    }

    /// <summary>
    /// Whether <paramref name="diagnostic"/> is silenced. Asked in order of position (as diagnostics are sorted), it
    /// sweeps the ranges once, so a file with thousands of suppressions and diagnostics costs their sum, not their
    /// product; asked out of order, it starts the sweep again. One view serves one thread.
    /// </summary>
    public bool Covers(Diagnostic diagnostic)
    {
        int position = diagnostic.Span.Start;
        if (position < lastPosition)
        {
            next = 0;
            active.Clear();
        }

        lastPosition = position;
        while (next < ranges.Count && ranges[next].Range.Start <= position)
        {
            active.Add(ranges[next++]);
        }

        // A range ending before this position cannot cover a later one either (an empty span at its end still can).
        active.RemoveAll(entry => entry.Range.End < position);
        foreach ((TextSpan range, string rule) in active)
        {
            bool inside = range.Contains(position) || (range.End == position && diagnostic.Span.IsEmpty);
            if (inside && (rule == Everything
                || string.Equals(rule, diagnostic.Id, StringComparison.OrdinalIgnoreCase)
                || string.Equals(rule, diagnostic.Descriptor.Category, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"<!--\s*textrepair-(?<kind>disable-next-line|disable|enable)\b(?<rules>[^>]*?)\s*-->", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();
}
