using BenchmarkDotNet.Attributes;
using TextRepair.Analysis;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Benchmarks;

/// <summary>Full analysis and repair of about 1 MB of clean news text with every default rule, against lexing alone.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private readonly TextRepairEngine engine = TextRepairEngine.CreateDefault();
    private SourceText text = null!;
    private TokenBuffer buffer = null!;

    [GlobalSetup]
    public void Setup()
    {
        // compare-peers.sh points this at the file the peers are timed on, so both read the same text.
        string? file = Environment.GetEnvironmentVariable("TEXTREPAIR_BENCHMARK_FILE");
        text = SourceText.From(file is null ? NewsCorpus.Build() : File.ReadAllText(file));
        buffer = new TokenBuffer();
        Lexer.Tokenize(text.AsSpan(), buffer);
    }

    [GlobalCleanup]
    public void Cleanup() => buffer.Dispose();

    [Benchmark(Baseline = true)]
    public int Lex() => Lexer.Tokenize(text.AsSpan(), buffer);

    [Benchmark]
    public int Analyze() => engine.Analyze(text).Diagnostics.Length;

    [Benchmark]
    public int Repair() => engine.RepairWithDetails(text).Text.Length;
}
