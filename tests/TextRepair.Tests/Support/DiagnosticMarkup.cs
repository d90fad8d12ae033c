using System.Text;
using System.Text.RegularExpressions;
using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Tests.Support;

/// <summary>
/// Rule tests written as markup, in Roslyn's manner: <c>{|TR2001:aOn|} Sunday</c> marks the span where TR2001 must be
/// reported. Spans may be empty (<c>{|TR3007:|}</c>) but do not nest.
/// </summary>
internal static partial class DiagnosticMarkup
{
    public static (string Text, List<(string Id, TextSpan Span)> Expected) Parse(string markup)
    {
        var text = new StringBuilder();
        var expected = new List<(string, TextSpan)>();
        int position = 0;
        foreach (Match match in MarkPattern().Matches(markup))
        {
            text.Append(markup, position, match.Index - position);
            int start = text.Length;
            text.Append(match.Groups["text"].Value);
            expected.Add((match.Groups["id"].Value, new TextSpan(start, match.Groups["text"].Length)));
            position = match.Index + match.Length;
        }

        text.Append(markup, position, markup.Length - position);
        return (text.ToString(), expected);
    }

    /// <summary>Asserts that <paramref name="engine"/> reports exactly the marked diagnostics of the rules <paramref name="ids"/>.</summary>
    public static void Verify(TextRepairEngine engine, string markup, params string[] ids)
    {
        (string text, List<(string Id, TextSpan Span)> expected) = Parse(markup);
        var actual = engine.Analyze(text).Diagnostics
            .Where(diagnostic => ids.Length == 0 || ids.Contains(diagnostic.Id))
            .Select(diagnostic => (diagnostic.Id, diagnostic.Span))
            .ToList();
        Assert.Equal(Show(text, expected), Show(text, actual));
    }

    private static string Show(string text, List<(string Id, TextSpan Span)> diagnostics) =>
        string.Join("\n", diagnostics.OrderBy(item => item.Span).ThenBy(item => item.Id, StringComparer.Ordinal)
            .Select(item => $"{item.Id} {item.Span} '{text.Substring(item.Span.Start, item.Span.Length)}'"));

    [GeneratedRegex(@"\{\|(?<id>TR[0-9]{4}):(?<text>.*?)\|\}", RegexOptions.Singleline)]
    private static partial Regex MarkPattern();
}
