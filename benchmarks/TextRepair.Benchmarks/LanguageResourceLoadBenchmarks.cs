using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TextRepair.Language;
using TextRepair.Lexicon;

namespace TextRepair.Benchmarks;

/// <summary>
/// Loading the lexicon, the word-sequence model and the part-of-speech lexicon from the embedded resources, cold: each
/// iteration builds a new one, as a process's first analysis does (decompression, the word tables and the n-gram hash
/// tables); and the same three read back from a <see cref="LoadedFormCache"/> that a first load filled.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10, warmupCount: 1)]
public class LanguageResourceLoadBenchmarks
{
    private string directory = string.Empty;
    private LoadedFormCache cache = null!;

    [GlobalSetup]
    public void Setup()
    {
        directory = Directory.CreateTempSubdirectory("textrepair-load-benchmark").FullName;
        cache = new LoadedFormCache(directory);
        _ = LoadLexiconFromCache();
        _ = LoadWordSequenceModelFromCache();
        _ = LoadPartsOfSpeechFromCache();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    [Benchmark]
    public int LoadLexicon() => EnglishLexicon.LoadEmbedded().Count;

    [Benchmark]
    public int LoadWordSequenceModel() => WordSequenceModel.LoadEmbedded().WordCount;

    [Benchmark]
    public int LoadPartsOfSpeech() => PartOfSpeechLexicon.LoadEmbedded().Count;

    [Benchmark]
    public int LoadLexiconFromCache() => EnglishLexicon.LoadEmbedded(cache).Count;

    [Benchmark]
    public int LoadWordSequenceModelFromCache() => WordSequenceModel.LoadEmbedded(cache).WordCount;

    [Benchmark]
    public int LoadPartsOfSpeechFromCache() => PartOfSpeechLexicon.LoadEmbedded(cache).Count;
}
