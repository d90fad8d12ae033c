using BenchmarkDotNet.Attributes;
using TextRepair.Analysis;

namespace TextRepair.Benchmarks;

/// <summary>
/// What the fluency rules (the 3-gram model and the word classes) cost: full analysis of the Wikinews dev articles
/// once each (distinct text, no paragraph repeated), with every default rule against the same engine with the Fluency
/// category off.
/// </summary>
[MemoryDiagnoser]
public class FluencyBenchmarks
{
    private readonly string text = NewsCorpus.BuildDistinct();
    private readonly TextRepairEngine withFluency = TextRepairEngine.CreateDefault();
    private readonly TextRepairEngine withoutFluency = TextRepairEngine.CreateDefault(
        TextRepairOptions.Default.WithCategorySeverity(DiagnosticCategory.Fluency, SeveritySetting.Off));

    /// <summary>Loads the model before measuring, so the first iteration does not pay for it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        withFluency.Language.Load();
        Console.WriteLine($"// corpus {text.Length:N0} characters; model {withFluency.Language.WordSequences.SizeInBytes:N0} bytes, loaded in {withFluency.Language.WordSequences.LoadTime.TotalMilliseconds:F0} ms; word classes in {withFluency.Language.PartsOfSpeech.LoadTime.TotalMilliseconds:F0} ms");
    }

    [Benchmark(Baseline = true)]
    public int AnalyzeWithoutFluency() => withoutFluency.Analyze(text).Diagnostics.Length;

    [Benchmark]
    public int AnalyzeWithFluency() => withFluency.Analyze(text).Diagnostics.Length;
}
