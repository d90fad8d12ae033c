using System.Globalization;

namespace TextRepair.Text;

/// <summary>
/// What an edit did to a text without its new characters: the old <see cref="Span"/> and the length of what replaced it.
/// Incremental analysis uses it to find which paragraphs an edit touched.
/// </summary>
public readonly record struct TextChangeRange
{
    /// <summary>Creates a range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="newLength"/> is negative.</exception>
    public TextChangeRange(TextSpan span, int newLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(newLength);
        Span = span;
        NewLength = newLength;
    }

    /// <summary>The replaced range of the old text.</summary>
    public TextSpan Span { get; }

    /// <summary>The length of the text that replaced <see cref="Span"/>.</summary>
    public int NewLength { get; }

    /// <summary>What the change adds to the text's length (negative when it shortens it).</summary>
    internal int LengthDelta => NewLength - Span.Length;

    /// <summary>Shows the range as <c>[start..end) → length</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Span} → {NewLength}");
}
