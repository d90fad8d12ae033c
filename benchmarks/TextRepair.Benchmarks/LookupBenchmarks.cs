using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using TextRepair.Language;
using TextRepair.Lexicon;

namespace TextRepair.Benchmarks;

/// <summary>
/// The lookups the rules make per word, over every word of the Wikinews dev articles once each (distinct text, in text
/// order, as the rules meet them): the lexicon's <c>Contains</c>, the word-sequence model's word id, and its
/// probability of each word given the two before it. Each method does the whole corpus; divide by the word count
/// printed at setup for the cost of one lookup.
/// </summary>
[MemoryDiagnoser]
public partial class LookupBenchmarks
{
    private readonly EnglishLexicon lexicon = LanguageResources.Default.Lexicon;
    private readonly WordSequenceModel model = LanguageResources.Default.WordSequences;
    private string[] words = [];
    private int[] ids = [];

    [GlobalSetup]
    public void Setup()
    {
        words = [.. WordPattern().Matches(NewsCorpus.BuildDistinct()).Select(match => match.Value)];
        ids = [.. words.Select(word => model.GetWordId(word)).Where(id => id >= 0)];
        Console.WriteLine($"// {words.Length:N0} words, {ids.Length:N0} known to the model");
    }

    [Benchmark]
    public int LexiconContains()
    {
        int known = 0;
        foreach (string word in words)
        {
            known += lexicon.Contains(word) ? 1 : 0;
        }

        return known;
    }

    [Benchmark]
    public int ModelWordIds()
    {
        int sum = 0;
        foreach (string word in words)
        {
            sum += model.GetWordId(word);
        }

        return sum;
    }

    [Benchmark]
    public float ModelProbabilities()
    {
        float sum = 0;
        for (int index = 2; index < ids.Length; index++)
        {
            sum += model.LogProbability(ids[index - 2], ids[index - 1], ids[index]);
        }

        return sum;
    }

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex WordPattern();
}
