using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TextRepair.Documents;
using TextRepair.Text;

namespace TextRepair.Benchmarks;

/// <summary>
/// An edit to a long document under analysis, as an editor or a post-editing tool makes them, one version after the
/// other: one character inserted near the middle of a 1 MB and a 10 MB document, then what changed in its diagnostics
/// read (<see cref="EditInTheMiddle"/>), or all its diagnostics (<see cref="EditInTheMiddleThenReadAll"/>), 100 such
/// edits in a row per invocation (the table gives one edit's share); against a
/// full analysis of the same text in the same run. And a typing session: 1,000 one-character edits at random places in
/// the 1 MB document, each followed by reading what changed (the 99th percentile is printed at cleanup). And edits whose
/// changes lie far apart (<see cref="EditsFarApart"/>): two one-character edits, one near each end, made before the
/// document is analysed again (an editor that debounces), then a replace-all of twenty changes spread over the text,
/// each followed by reading what changed.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IncrementalBenchmarks
{
    private const int TypingEdits = 1_000;
    private const int EditsInARow = 100;
    private const int ChangesFarApartEdits = 5;
    private readonly TextRepairEngine engine = TextRepairEngine.CreateDefault();
    private readonly List<double> latencies = [];
    private readonly Random positions = new(7);
    private string text = string.Empty;
    private TextDocument document = null!;

    /// <summary>The document's size in millions of characters.</summary>
    [Params(1, 10)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        text = NewsCorpus.BuildDistinctVariants(Megabytes * 1_000_000);
        document = TextDocument.Create(engine, text);
        document.GetDiagnostics();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (latencies.Count > 0)
        {
            latencies.Sort();
            Console.WriteLine($"// typing {Megabytes} MB: {latencies.Count:N0} edits, mean {latencies.Average():F2} ms, p50 {latencies[latencies.Count / 2]:F2} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F2} ms");
        }
    }

    [Benchmark(Baseline = true)]
    public int FullAnalysis() => engine.Analyze(text).Diagnostics.Length;

    [Benchmark(OperationsPerInvoke = EditsInARow)]
    public int EditInTheMiddle()
    {
        int found = 0;
        for (int edit = 0; edit < EditsInARow; edit++)
        {
            TextDocument previous = document;
            document = Edit(previous);
            DiagnosticChanges changes = document.GetDiagnosticChanges(previous);
            found += changes.Added.Length + changes.Removed.Length;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = EditsInARow)]
    public int EditInTheMiddleThenReadAll()
    {
        int found = 0;
        for (int edit = 0; edit < EditsInARow; edit++)
        {
            document = Edit(document);
            found += document.GetDiagnostics().Length;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = ChangesFarApartEdits)]
    public int EditsFarApart()
    {
        int found = 0;
        for (int edit = 0; edit < ChangesFarApartEdits; edit++)
        {
            TextDocument previous = document;
            int length = previous.Text.Length;
            TextDocument debounced = previous
                .WithChange(TextChange.Insert(positions.Next(length / 20), "x"))
                .WithChange(TextChange.Insert(length - positions.Next(length / 20), "y"));
            found += debounced.GetDiagnosticChanges(previous).Added.Length;
            document = debounced.WithChanges(Enumerable.Range(0, 20).Select(index => TextChange.Insert((index * (length / 20)) + positions.Next(length / 40), "z")));
            found += document.GetDiagnosticChanges(debounced).Added.Length;
        }

        return found;
    }

    /// <summary>The next version: one character inserted within 100,000 characters of the middle (a new place each time, so that no paragraph grows without end over thousands of edits).</summary>
    private TextDocument Edit(TextDocument current) =>
        current.WithChange(TextChange.Insert((current.Text.Length / 2) + positions.Next(-100_000, 100_000), "x"));

    [Benchmark(OperationsPerInvoke = TypingEdits)]
    public int TypingSession()
    {
        if (Megabytes != 1)
        {
            return 0;
        }

        var random = new Random(7);
        TextDocument current = document;
        int found = 0;
        for (int edit = 0; edit < TypingEdits; edit++)
        {
            long started = Stopwatch.GetTimestamp();
            int position = random.Next(current.Text.Length);
            TextDocument previous = current;
            current = current.WithChange(random.Next(4) == 0 && position < current.Text.Length
                ? new TextChange(new TextSpan(position, 1), string.Empty)
                : TextChange.Insert(position, random.Next(2) == 0 ? "e" : " "));
            DiagnosticChanges changes = current.GetDiagnosticChanges(previous);
            found += changes.Added.Length + changes.Removed.Length;
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        // The next invocation goes on from here: one chain of versions, as an editor makes.
        document = current;
        return found;
    }
}
