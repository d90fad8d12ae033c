using BenchmarkDotNet.Attributes;

namespace TextRepair.Benchmarks;

/// <summary>Full analysis and repair of about 1 MB of clean news text with every default rule, against lexing alone.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks : NewsBenchmark
{
    private readonly TextRepairEngine engine = TextRepairEngine.CreateDefault();

    [Benchmark]
    public int Analyze() => engine.Analyze(Text).Diagnostics.Length;

    [Benchmark]
    public int Repair() => engine.RepairWithDetails(Text).Text.Length;
}
