using System.Globalization;
using System.Text;

namespace TextRepair.Evaluation;

/// <summary>Markdown helpers for the quality report.</summary>
public static class Report
{
    public static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Number(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new StringBuilder();
        table.Append("| ").AppendJoin(" | ", header).Append(" |\n");
        table.Append('|').AppendJoin("|", header.Select(_ => "---")).Append("|\n");
        foreach (IReadOnlyList<string> row in rows)
        {
            table.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        }

        return table.ToString();
    }
}
