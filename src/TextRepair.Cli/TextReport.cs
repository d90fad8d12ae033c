using System.Globalization;
using System.Text;
using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>
/// The human form: <c>file:line:col: severity ID: message</c>, then a window of the line around the span (long news
/// paragraphs are one line of hundreds of characters: the window keeps it to one terminal line, with an ellipsis where
/// it is cut), a caret under the span, and the fix when there is one; a summary at the end. In colour when asked for.
/// </summary>
internal sealed class TextReport
{
    /// <summary>Characters of context shown on each side of a span.</summary>
    private const int Context = 40;
    private const string Reset = "\u001b[0m";
    private readonly TextWriter output;
    private readonly bool color;
    private readonly bool quiet;
    private readonly Dictionary<DiagnosticSeverity, int> counts = [];
    private int files;
    private int filesWithProblems;
    private int fixable;

    public TextReport(TextWriter output, bool color, bool quiet)
    {
        this.output = output;
        this.color = color;
        this.quiet = quiet;
    }

    /// <summary>Whether colour is wanted: <c>always</c>, <c>never</c>, or on a terminal unless <c>NO_COLOR</c> is set.</summary>
    public static bool ColorWanted(string setting) => setting switch
    {
        "always" => true,
        "never" => false,
        _ => !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
    };

    public void Write(CheckedDocument document)
    {
        files++;
        filesWithProblems += document.Diagnostics.Count > 0 ? 1 : 0;
        SourceText text = document.Text;
        foreach (Diagnostic diagnostic in document.Diagnostics)
        {
            counts[diagnostic.Severity] = counts.GetValueOrDefault(diagnostic.Severity) + 1;
            fixable += diagnostic.AutomaticFix is null ? 0 : 1;
            LinePosition position = text.GetLinePosition(diagnostic.Span.Start);
            string severity = DiagnosticJson.SeverityName(diagnostic.Severity);
            output.WriteLine($"{document.Input.DisplayPath}:{position}: {Paint(severity, SeverityColor(diagnostic.Severity))} {diagnostic.Id}: {diagnostic.Message}");
            if (quiet)
            {
                continue;
            }

            TextLine line = text.Lines[position.Line];
            int caretLength = Math.Max(1, Math.Min(diagnostic.Span.Length, line.End - diagnostic.Span.Start));
            (string window, int caretColumn) = Window(text, line.Span, diagnostic.Span.Start, caretLength);
            output.WriteLine("    " + window);
            output.WriteLine("    " + new string(' ', caretColumn) + Paint(new string('^', Math.Min(caretLength, window.Length - caretColumn + 1)), "\u001b[32m"));
            if (diagnostic.Fixes.FirstOrDefault() is { } fix)
            {
                string how = fix.Applicability == Fixes.FixApplicability.Automatic ? "fix" : "suggestion";
                output.WriteLine($"    {Paint(how, "\u001b[2m")}: {Visible(fix.Title)}");
            }
        }
    }

    /// <summary>The closing line: how many problems of each severity, in how many files, and how many <c>fix</c> repairs.</summary>
    public void WriteSummary()
    {
        if (quiet || files == 0)
        {
            return;
        }

        int total = counts.Values.Sum();
        string fileCount = files == 1 ? "1 file" : $"{files:N0} files";
        if (total == 0)
        {
            output.WriteLine($"No problems in {fileCount}.");
            return;
        }

        string bySeverity = string.Join(", ", new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info, DiagnosticSeverity.Hidden }
            .Where(counts.ContainsKey)
            .Select(severity => Plural(counts[severity], DiagnosticJson.SeverityName(severity))));
        string fixes = fixable > 0 ? $"; {fixable:N0} fixable with `textrepair fix`" : string.Empty;
        string inFiles = filesWithProblems == 1 ? "1 file" : $"{filesWithProblems:N0} files";
        output.WriteLine($"{Plural(total, "problem")} ({bySeverity}) in {inFiles}{fixes}");
    }

    private static string Plural(int count, string noun) =>
        count == 1 || noun is "info" or "hidden" ? $"{count:N0} {noun}" : $"{count:N0} {noun}s";

    /// <summary>
    /// The part of the line around the span at <paramref name="at"/>, at most about 2 × <see cref="Context"/> characters
    /// plus the span. Only that part is read from the text: a file of one long line with a problem on every word would
    /// otherwise copy the whole line once per problem.
    /// </summary>
    private static (string Window, int CaretColumn) Window(SourceText text, TextSpan line, int at, int length)
    {
        int start = Math.Max(line.Start, at - Context);
        int end = Math.Min(line.End, at + length + Context);

        // Never cut a surrogate pair at either edge.
        if (start > line.Start && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < line.End && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        var window = new StringBuilder();
        int caret = at - start;
        if (start > line.Start)
        {
            window.Append('…');
            caret++;
        }

        window.Append(Visible(text.ToString(TextSpan.FromBounds(start, end))));
        if (end < line.End)
        {
            window.Append('…');
        }

        return (window.ToString(), caret);
    }

    /// <summary>Control and invisible characters shown as spaces, so that the caret stays under its span.</summary>
    private static string Visible(string line) =>
        string.Create(line.Length, line, static (destination, source) =>
        {
            for (int index = 0; index < source.Length; index++)
            {
                char character = source[index];
                destination[index] = char.IsControl(character) || char.GetUnicodeCategory(character) == UnicodeCategory.Format ? ' ' : character;
            }
        });

    private string Paint(string text, string code) => color ? code + text + Reset : text;

    private static string SeverityColor(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "\u001b[1;31m",
        DiagnosticSeverity.Warning => "\u001b[1;33m",
        DiagnosticSeverity.Info => "\u001b[1;36m",
        _ => "\u001b[2m",
    };
}
