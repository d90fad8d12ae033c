using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>
/// GitHub Actions workflow commands (<c>::warning file=…,line=…,col=…::message</c>): each diagnostic becomes an
/// annotation on the pull request's diff. Values are escaped as the runner requires (<c>%</c>, CR, LF, and in
/// properties <c>:</c> and <c>,</c>).
/// </summary>
internal static class GitHubReport
{
    public static void Write(TextWriter output, IEnumerable<CheckedDocument> documents)
    {
        foreach (CheckedDocument document in documents)
        {
            string file = Property(document.Input.DiffPath);
            foreach (Diagnostic diagnostic in document.Diagnostics)
            {
                LinePosition start = document.Text.GetLinePosition(diagnostic.Span.Start);
                LinePosition end = document.Text.GetLinePosition(diagnostic.Span.End);
                string command = diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "notice",
                };
                output.WriteLine($"::{command} file={file},line={start.Line + 1},col={start.Column + 1},endLine={end.Line + 1},endColumn={end.Column + 1},title={Property($"{diagnostic.Id} {diagnostic.Descriptor.Title}")}::{Data(diagnostic.Message)}");
            }
        }
    }

    private static string Data(string value) => value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) => Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
