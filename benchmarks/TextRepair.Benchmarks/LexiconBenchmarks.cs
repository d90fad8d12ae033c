using BenchmarkDotNet.Attributes;
using TextRepair.Lexicon;

namespace TextRepair.Benchmarks;

/// <summary>Lexicon lookups and spelling suggestions, once the lexicon and its suggestion index are loaded.</summary>
[MemoryDiagnoser]
public class LexiconBenchmarks
{
    private EnglishLexicon lexicon = null!;

    [GlobalSetup]
    public void Setup()
    {
        lexicon = EnglishLexicon.Default;
        lexicon.Suggest("goverment");
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
}
