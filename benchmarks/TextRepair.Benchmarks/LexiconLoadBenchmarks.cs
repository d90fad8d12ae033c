using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TextRepair.Lexicon;

namespace TextRepair.Benchmarks;

/// <summary>
/// Loading the lexicon from the embedded resources, cold: each iteration builds a new lexicon (through the private
/// loader the lazy default uses), and then the suggestion index on top of it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10, warmupCount: 1)]
public class LexiconLoadBenchmarks
{
    private static readonly MethodInfo Load = typeof(EnglishLexicon).GetMethod("Load", BindingFlags.NonPublic | BindingFlags.Static)!;

    [Benchmark]
    public int LoadWords() => ((EnglishLexicon)Load.Invoke(null, null)!).Count;

    [Benchmark]
    public int LoadWordsAndBuildSuggestionIndex() => ((EnglishLexicon)Load.Invoke(null, null)!).SuggestBy(index: true, "goverment", 5).Count;

    /// <summary>What a process's first unknown word costs now: the load and one scan (the index is built later, if ever).</summary>
    [Benchmark]
    public int LoadWordsAndScanOnce() => ((EnglishLexicon)Load.Invoke(null, null)!).Suggest("goverment").Count;
}
