using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>
/// The human form: <c>file:line:col: severity ID: message</c>, the line, and a caret under the span; in colour when the
/// output is a terminal and <c>NO_COLOR</c> is not set.
/// </summary>
internal sealed class TextReport
{
    private const string Reset = "\u001b[0m";
    private readonly TextWriter output;
    private readonly bool color;

    public TextReport(TextWriter output, bool color)
    {
        this.output = output;
        this.color = color;
    }

    public static bool ColorWanted => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    public void Write(CheckedDocument document)
    {
        SourceText text = document.Result.Text;
        foreach (Diagnostic diagnostic in document.Diagnostics)
        {
            LinePosition position = text.GetLinePosition(diagnostic.Span.Start);
            string severity = DiagnosticJson.SeverityName(diagnostic.Severity);
            output.WriteLine($"{document.Input.DisplayPath}:{position}: {Paint(severity, SeverityColor(diagnostic.Severity))} {diagnostic.Id}: {diagnostic.Message}");
            TextLine line = text.Lines[position.Line];
            string content = text.ToString(line.Span);
            int caretLength = Math.Max(1, Math.Min(diagnostic.Span.Length, line.End - diagnostic.Span.Start));
            output.WriteLine("    " + Visible(content));
            output.WriteLine("    " + new string(' ', position.Column) + Paint(new string('^', caretLength), "\u001b[32m"));
        }
    }

    /// <summary>Control and invisible characters shown as spaces, so that the caret stays under its span.</summary>
    private static string Visible(string line) =>
        string.Create(line.Length, line, static (destination, source) =>
        {
            for (int index = 0; index < source.Length; index++)
            {
                char character = source[index];
                destination[index] = char.IsControl(character) || char.GetUnicodeCategory(character) == System.Globalization.UnicodeCategory.Format ? ' ' : character;
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
