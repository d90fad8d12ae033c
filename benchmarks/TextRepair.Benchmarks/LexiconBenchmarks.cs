using BenchmarkDotNet.Attributes;
using TextRepair.Lexicon;

namespace TextRepair.Benchmarks;

/// <summary>
/// Lexicon lookups and spelling suggestions, once the lexicon and its suggestion index are loaded; and the scan that
/// answers a process's first unknown words before the index exists (same answers, no index to build).
/// </summary>
[MemoryDiagnoser]
public class LexiconBenchmarks
{
    private EnglishLexicon lexicon = null!;

    [GlobalSetup]
    public void Setup()
    {
        lexicon = EnglishLexicon.Default;
        lexicon.SuggestBy(index: true, "goverment", 5);
        lexicon.SuggestBy(index: false, "goverment", 5);
    }

    [Benchmark(Baseline = true)]
    public bool LookUpKnownWord() => lexicon.Contains("government");

    [Benchmark]
    public bool LookUpCapitalizedWord() => lexicon.Contains("Kremlin");

    [Benchmark]
    public bool LookUpUnknownWord() => lexicon.Contains("goverment");

    [Benchmark]
    public int SuggestForTypo() => lexicon.Suggest("goverment").Count;

    [Benchmark]
    public int SuggestForLongTypo() => lexicon.Suggest("intregrated").Count;

    [Benchmark]
    public int ScanForTypo() => lexicon.SuggestBy(index: false, "goverment", 5).Count;

    [Benchmark]
    public int ScanForLongTypo() => lexicon.SuggestBy(index: false, "intregrated", 5).Count;
}
