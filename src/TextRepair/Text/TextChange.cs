namespace TextRepair.Text;

/// <summary>
/// Replaces the text of <see cref="Span"/> (UTF-16 code units) with <see cref="NewText"/>.
/// An empty span is an insertion; an empty <see cref="NewText"/> is a deletion.
/// </summary>
public readonly struct TextChange : IEquatable<TextChange>
{
    /// <summary>Creates a change.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="newText"/> is null.</exception>
    public TextChange(TextSpan span, string newText)
    {
        ArgumentNullException.ThrowIfNull(newText);
        Span = span;
        this.newText = newText;
    }

    private readonly string? newText;

    /// <summary>The replaced range of the old text.</summary>
    public TextSpan Span { get; }

    /// <summary>The text that takes the place of <see cref="Span"/>.</summary>
    public string NewText => newText ?? string.Empty;

    /// <summary>The change as a span and the length of its new text, without the text.</summary>
    public TextChangeRange ToRange() => new(Span, NewText.Length);

    /// <summary>What the change adds to the text's length (negative when it shortens it).</summary>
    internal int LengthDelta => NewText.Length - Span.Length;

    /// <summary>A change that inserts <paramref name="text"/> at <paramref name="position"/>.</summary>
    public static TextChange Insert(int position, string text) => new(new TextSpan(position, 0), text);

    /// <summary>A change that deletes <paramref name="span"/>.</summary>
    public static TextChange Delete(TextSpan span) => new(span, string.Empty);

    /// <inheritdoc/>
    public bool Equals(TextChange other) => Span == other.Span && string.Equals(NewText, other.NewText, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextChange change && Equals(change);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Span, StringComparer.Ordinal.GetHashCode(NewText));

    /// <summary>Equality of span and new text.</summary>
    public static bool operator ==(TextChange left, TextChange right) => left.Equals(right);

    /// <summary>Inequality of span or new text.</summary>
    public static bool operator !=(TextChange left, TextChange right) => !left.Equals(right);

    /// <summary>Shows the change as <c>[start..end) → "text"</c>.</summary>
    public override string ToString() => $"{Span} → \"{NewText}\"";
}
