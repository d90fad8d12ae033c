using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Punctuation;

/// <summary>
/// TR3008: a number glued to the symbol of its unit ("speeds reached 1000Mbps", "a 5km walk"): SI, AP and Chicago all
/// set a space between them ("1000 Mbps"), as Wikinews does; machine translation from Chinese drops it.
/// </summary>
/// <remarks>
/// Only symbols on a closed list of units of measure and data, none of them a word or a magnitude: "m" and "bn" (metres
/// or million, billion: "$5m" is a money style) and "s" ("1990s") are not on it, nor are ordinals, "4G" or "3D". Some
/// British house styles glue "km" and "kg" on purpose, so the fix is suggested and the rule can be switched off.
/// </remarks>
internal sealed class UnitSpacingAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR3008",
        "Number glued to its unit",
        "Put a space between '{0}' and '{1}'",
        DiagnosticCategory.Punctuation,
        DiagnosticSeverity.Info,
        description: "A number written together with the symbol of its unit ('1000Mbps', '5km') where news style sets a space.");

    private static readonly WordSet Units = WordSet.Parse(
        "km kg mg mm cm ml mW kW MW GW TW kWh MWh GWh TWh Hz kHz MHz GHz bps kbps Kbps Mbps Gbps Tbps KB kB MB GB TB PB mph kph kmh",
        ignoreCase: false);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) => registration.RegisterTokenAction(Analyze, TokenKind.Number);

    private static void Analyze(TokenAnalysisContext context)
    {
        Token token = context.Token;
        ReadOnlySpan<char> text = context.Text;
        ReadOnlySpan<char> number = token.GetText(text);
        int digitsEnd = DigitsEnd(number);
        if (digitsEnd == 0 || (token.Start > 0 && IsMoneyOrCode(text[token.Start - 1])))
        {
            return;
        }

        // "5km" is one token; "1000Mbps" is a number and a capitalized word glued to it.
        TextSpan unit;
        if (digitsEnd < number.Length)
        {
            unit = TextSpan.FromBounds(token.Start + digitsEnd, token.End);
        }
        else if (context.Index + 1 < context.Tokens.Length && context.Tokens[context.Index + 1] is { Kind: TokenKind.Word } next && next.Start == token.End)
        {
            unit = next.Span;
        }
        else
        {
            return;
        }

        ReadOnlySpan<char> symbol = text.Slice(unit.Start, unit.Length);
        if (!Units.Contains(symbol) || (unit.End < text.Length && (char.IsLetterOrDigit(text[unit.End]) || text[unit.End] is '-' or '_')))
        {
            return;
        }

        var span = TextSpan.FromBounds(token.Start, unit.End);
        var fix = new Fix("Insert a space", FixApplicability.Suggested, TextChange.Insert(unit.Start, " "));
        context.Report(Rule, span, Rule.FormatMessage(text[token.Start..unit.Start].ToString(), symbol.ToString()), fix);
    }

    /// <summary>Where the digits (with their decimal point and thousands separators) end; 0 when the token does not open with a digit.</summary>
    private static int DigitsEnd(ReadOnlySpan<char> number)
    {
        int end = 0;
        while (end < number.Length && (char.IsAsciiDigit(number[end]) || (end > 0 && number[end] is '.' or ',' && end + 1 < number.Length && char.IsAsciiDigit(number[end + 1]))))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A currency sign, a letter, a hyphen or a point right before the number: money, a model name ("RTX4090MB"), a
    /// code, a decimal written without its zero (".2TB", whose number the lexer starts after the point).
    /// </summary>
    private static bool IsMoneyOrCode(char before) => char.IsLetterOrDigit(before) || before is '$' or '£' or '€' or '¥' or '-' or '_' or '/' or '#' or '.' or ',';
}
