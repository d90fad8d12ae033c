using TextRepair.Analysis;

namespace TextRepair.Tests.Support;

internal static class Engines
{
    public static TextRepairEngine Default { get; } = TextRepairEngine.CreateDefault();

    /// <summary>Every rule on, including those off by default.</summary>
    public static TextRepairEngine AllRules { get; } = TextRepairEngine.CreateDefault(
        Default.Rules.Aggregate(TextRepairOptions.Default, (options, rule) => options.WithRuleSeverity(rule.Id, SeveritySetting.Warning)));
}
