using BenchmarkDotNet.Attributes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Benchmarks;

/// <summary>
/// The common ground of the suites that compare against the lexer: about 1 MB of news (or the file named by
/// <c>TEXTREPAIR_BENCHMARK_FILE</c>, which compare-peers.sh sets so that the peers and TextRepair read the same text), and
/// lexing it into a rented buffer as the baseline.
/// </summary>
public abstract class NewsBenchmark
{
    private TokenBuffer buffer = null!;

    protected SourceText Text { get; private set; } = null!;

    [GlobalSetup]
    public virtual void Setup()
    {
        string? file = Environment.GetEnvironmentVariable("TEXTREPAIR_BENCHMARK_FILE");
        Text = SourceText.From(file is null ? NewsCorpus.Build() : File.ReadAllText(file));
        buffer = new TokenBuffer();
        Lexer.Tokenize(Text.AsSpan(), buffer);
    }

    [GlobalCleanup]
    public void Cleanup() => buffer.Dispose();

    [Benchmark(Baseline = true)]
    public int Lex() => Lexer.Tokenize(Text.AsSpan(), buffer);
}
