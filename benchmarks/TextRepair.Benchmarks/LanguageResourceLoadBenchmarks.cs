using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TextRepair.Language;

namespace TextRepair.Benchmarks;

/// <summary>
/// Loading the word-sequence model and the part-of-speech lexicon from the embedded resources, cold: each iteration
/// builds a new one, as a process's first analysis does (decompression, the word tables and the n-gram hash tables).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10, warmupCount: 1)]
public class LanguageResourceLoadBenchmarks
{
    [Benchmark]
    public int LoadWordSequenceModel() => WordSequenceModel.LoadEmbedded().WordCount;

    [Benchmark]
    public int LoadPartsOfSpeech() => PartOfSpeechLexicon.LoadEmbedded().Count;
}
