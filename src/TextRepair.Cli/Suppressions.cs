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
    private readonly List<(TextSpan Range, string Rule)> ranges;

    private Suppressions(List<(TextSpan Range, string Rule)> ranges) => this.ranges = ranges;

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

    /// <summary>Whether <paramref name="diagnostic"/> is silenced.</summary>
    public bool Covers(Diagnostic diagnostic)
    {
        foreach ((TextSpan range, string rule) in ranges)
        {
            bool inside = range.Contains(diagnostic.Span.Start) || (range.End == diagnostic.Span.Start && diagnostic.Span.IsEmpty);
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
