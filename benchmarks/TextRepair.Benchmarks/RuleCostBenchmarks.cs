using BenchmarkDotNet.Attributes;
using TextRepair.Analysis;
using TextRepair.Text;

namespace TextRepair.Benchmarks;

/// <summary>
/// What each rule family costs: full analysis of about 1 MB of distinct news with only that family's rules on, against
/// no rule at all (lexing, sentences, blocks) and every default rule. The families overlap little, but they share
/// caches, so the parts need not add up to the whole.
/// </summary>
[MemoryDiagnoser]
public class RuleCostBenchmarks
{
    private SourceText text = null!;
    private TextRepairEngine engine = null!;

    /// <summary>Rule ids on (comma-separated), "none" or "all".</summary>
    [Params("none", "TR6001", "TR4001,TR4002,TR4003", "TR5002", "TR6002", "TR6005", "TR2003", "TR2006", "TR3001,TR3002,TR3003", "TR1001,TR1004", "all")]
    public string Rules { get; set; } = "all";

    [GlobalSetup]
    public void Setup()
    {
        text = SourceText.From(NewsCorpus.BuildDistinctVariants(1 << 20));
        TextRepairEngine all = TextRepairEngine.CreateDefault();
        all.Language.Load();
        if (Rules == "all")
        {
            engine = all;
            return;
        }

        var on = Rules == "none" ? [] : Rules.Split(',').ToHashSet(StringComparer.Ordinal);
        engine = all.WithOptions(all.Rules.Aggregate(TextRepairOptions.Default, (options, rule) => options.WithRuleSeverity(rule.Id, on.Contains(rule.Id) ? SeveritySetting.Default : SeveritySetting.Off)));
    }

    [Benchmark]
    public int Analyze() => engine.Analyze(text).Diagnostics.Length;
}
