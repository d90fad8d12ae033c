using System.Globalization;
using System.Reflection;

namespace TextRepair.Analysis;

/// <summary>
/// What a rule reports: its id (<c>TR</c> and four digits, grouped by area), title, message format, category,
/// default severity and help link. Descriptors are immutable and compared by id.
/// </summary>
public sealed class DiagnosticDescriptor : IEquatable<DiagnosticDescriptor>
{
    private Uri? helpLink;

    /// <summary>
    /// The base address of the rule pages of this release (its tag, <c>v</c> and the package version, not a branch that
    /// moves on); a descriptor's help link is this plus <c>ID.md</c>.
    /// </summary>
    public static string HelpLinkBase { get; } =
        $"https://github.com/textrepair/textrepair/blob/v{typeof(DiagnosticDescriptor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0"}/docs/rules/";

    /// <summary>Creates a descriptor.</summary>
    /// <exception cref="ArgumentException">When the id is not <c>TR</c> and four digits, or a text is empty.</exception>
    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        bool isEnabledByDefault = true,
        string? description = null,
        double garbleWeight = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        if (!double.IsFinite(garbleWeight) || garbleWeight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(garbleWeight), garbleWeight, "A garble weight is a finite number, zero or more.");
        }

        if (!IsRuleId(id))
        {
            throw new ArgumentException($"The rule id '{id}' is not 'TR' followed by four digits.", nameof(id));
        }

        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description ?? title;
        GarbleWeight = garbleWeight;
    }

    /// <summary>
    /// What one finding of this rule adds to its sentence's garble score, in expected MQM penalty points (a minor error
    /// is 1): 1 unless the rule says otherwise; 0 for defects a reader does not see (trailing white space).
    /// </summary>
    public double GarbleWeight { get; }

    /// <summary>The rule id, such as <c>TR2001</c>.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The message, a composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>) filled in by each diagnostic.</summary>
    public string MessageFormat { get; }

    /// <summary>The category (see <see cref="DiagnosticCategory"/>).</summary>
    public string Category { get; }

    /// <summary>The severity when the options do not set one.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Whether the rule runs when the options do not mention it.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>A longer description.</summary>
    public string Description { get; }

    // Made at its first reading, not with the descriptor: parsing forty addresses cost each process's first engine
    // about 15 ms, for links only a report's reader follows. Two threads may both make it; either's is right.

    /// <summary>The rule's documentation page.</summary>
    public Uri HelpLink => helpLink ??= new Uri(HelpLinkBase + Id + ".md");

    /// <summary>Formats the message with <paramref name="arguments"/>, in the invariant culture.</summary>
    public string FormatMessage(params ReadOnlySpan<object?> arguments) =>
        arguments.IsEmpty ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    /// <inheritdoc/>
    public bool Equals(DiagnosticDescriptor? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DiagnosticDescriptor);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The id and title.</summary>
    public override string ToString() => $"{Id}: {Title}";

    // Checked by hand, not by a regular expression: a pattern's first use costs a process about 20 ms of compiling, at
    // the first rule's creation, and "$" would let a trailing line break through.
    private static bool IsRuleId(string id) =>
        id.Length == 6 && id.StartsWith("TR", StringComparison.Ordinal) && !id.AsSpan(2).ContainsAnyExceptInRange('0', '9');
}
