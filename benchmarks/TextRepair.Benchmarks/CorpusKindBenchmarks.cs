using BenchmarkDotNet.Attributes;

namespace TextRepair.Benchmarks;

/// <summary>
/// Analyze and Repair with every default rule (the fluency rules included) on three kinds of 1 MB of news, side by
/// side: the Wikinews dev articles repeated (what the older benchmarks use, and what flatters: a word used twice is
/// trusted, so spelling never searches), the same articles made distinct (sentences rotated and numbers changed on each
/// pass, no paragraph repeated), and that distinct text damaged by the evaluation's noise generator with a fixed seed.
/// </summary>
[MemoryDiagnoser]
public class CorpusKindBenchmarks
{
    private readonly TextRepairEngine engine = TextRepairEngine.CreateDefault();
    private string text = string.Empty;

    /// <summary>The kind of text.</summary>
    [Params("repeated", "distinct", "damaged")]
    public string Corpus { get; set; } = "repeated";

    [GlobalSetup]
    public void Setup()
    {
        text = Corpus switch
        {
            "repeated" => NewsCorpus.Build(),
            "distinct" => NewsCorpus.BuildDistinctVariants(NewsCorpus.TargetLength),
            _ => NewsCorpus.BuildDamagedVariants(NewsCorpus.TargetLength),
        };
        engine.Language.Load();
        engine.Analyze(text);
        Console.WriteLine($"// {Corpus}: {text.Length:N0} characters, {engine.Analyze(text).Diagnostics.Length:N0} diagnostics");
    }

    [Benchmark]
    public int Analyze() => engine.Analyze(text).Diagnostics.Length;

    [Benchmark]
    public int Repair() => engine.Repair(text).Length;
}
