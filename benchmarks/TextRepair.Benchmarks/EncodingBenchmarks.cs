using BenchmarkDotNet.Attributes;
using TextRepair.Analysis;
using TextRepair.Rules;

namespace TextRepair.Benchmarks;

/// <summary>
/// The cost of the encoding rules on 1 MB of clean news: analysis with only those rules against analysis with no rule
/// at all (lexing, segmentation and the driver's pass), with the lexer alone as the yardstick.
/// </summary>
[MemoryDiagnoser]
public class EncodingBenchmarks : NewsBenchmark
{
    private readonly TextRepairEngine noRules = TextRepairEngine.Create([]);
    private readonly TextRepairEngine encodingRules = TextRepairEngine.Create(
        BuiltInAnalyzers.All.Where(analyzer => analyzer.SupportedDiagnostics.All(rule => rule.Category == DiagnosticCategory.Encoding)));

    [Benchmark]
    public int AnalyzeWithoutRules() => noRules.Analyze(Text).Diagnostics.Length;

    [Benchmark]
    public int AnalyzeWithEncodingRules() => encodingRules.Analyze(Text).Diagnostics.Length;
}
