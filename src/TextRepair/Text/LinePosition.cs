using System.Globalization;

namespace TextRepair.Text;

/// <summary>A zero-based line number and a zero-based column in UTF-16 code units.</summary>
/// <param name="Line">The zero-based line number.</param>
/// <param name="Column">The zero-based column, in UTF-16 code units from the start of the line.</param>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <summary>Shows the position one-based, as editors and compilers print it: <c>line:column</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Line + 1}:{Column + 1}");
}
