using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace TextRepair.Benchmarks;

/// <summary>
/// Inputs built to find super-linear paths: one huge word, a quotation mark on every word, a fix on every word
/// (<c>word word …</c>), repeated "the the" lines, random Unicode (every plane, surrogate pairs, controls), news in
/// capitals, tens of thousands of distinct names each used three times (every one a majority spelling that name
/// consistency compares the others with), and one sentence of verbless clauses each followed by a comma and a
/// capitalized subject (every comma asks TR2003 whether the words before it are a salutation). Each at 1 and 4 MB: the 4 MB time must stay within five times the 1 MB time. Each case runs in its own
/// process, so the peak working set printed at cleanup is that case's.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PathologicalBenchmarks
{
    private readonly TextRepairEngine engine = TextRepairEngine.CreateDefault();
    private string text = string.Empty;

    /// <summary>The kind of input.</summary>
    [Params("long-word", "quotes", "word-word", "the-the", "random-unicode", "capitals", "names", "comma-capitals")]
    public string Input { get; set; } = string.Empty;

    /// <summary>Its size in millions of characters.</summary>
    [Params(1, 4)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        text = Build(Input, Megabytes * 1_000_000);
        engine.Language.Load();
        engine.Analyze("Warm up the lexicon with an unknwon word.");
    }

    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// {Input} {Megabytes} MB: peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000:N0} MB");

    [Benchmark]
    public int Analyze() => engine.Analyze(text).Diagnostics.Length;

    [Benchmark]
    public int Repair() => engine.Repair(text).Length;

    private static string Build(string kind, int length)
    {
        var random = new Random(42);
        var builder = new StringBuilder(length + 1_024);
        switch (kind)
        {
            case "long-word":
                while (builder.Length < length)
                {
                    builder.Append("Lukashenka");
                }

                break;
            case "quotes":
                while (builder.Length < length)
                {
                    builder.Append(random.Next(3) == 0 ? "\u201Cword " : "\"word ").Append(random.Next(40) == 0 ? "\n\n" : string.Empty);
                }

                break;
            case "word-word":
                while (builder.Length < length)
                {
                    builder.Append("word ").Append(builder.Length % 1_000 < 5 ? "\n" : string.Empty);
                }

                break;
            case "the-the":
                while (builder.Length < length)
                {
                    builder.Append("the the cat sat.\n");
                }

                break;
            case "comma-capitals":
                builder.Append("the big table");
                while (builder.Length < length)
                {
                    builder.Append(", We big table");
                }

                builder.Append('.');
                break;
            case "names":
                // Invented names (a capital and seven letters), each in three sentences far apart.
                string[] names = [.. Enumerable.Range(0, length / 150).Select(_ => string.Concat(((char)('A' + random.Next(26))).ToString(), new string([.. Enumerable.Range(0, 7).Select(_ => "aeioulnrstkm"[random.Next(12)])])))];
                for (int round = 0; builder.Length < length; round++)
                {
                    string name = names[round % names.Length];
                    builder.Append("The talks with ").Append(name).Append(" went on until late.\n\n");
                }

                break;
            case "random-unicode":
                while (builder.Length < length)
                {
                    int code = random.Next(0x20, 0x30000);
                    if (code is < 0xD800 or > 0xDFFF)
                    {
                        builder.Append(char.ConvertFromUtf32(code));
                    }

                    builder.Append(random.Next(20) == 0 ? " " : random.Next(400) == 0 ? "\n" : string.Empty);
                }

                break;
            default:
                string news = NewsCorpus.BuildDistinct().ToUpperInvariant();
                while (builder.Length < length)
                {
                    builder.Append(news);
                }

                break;
        }

        return builder.ToString(0, Math.Min(builder.Length, length));
    }
}
