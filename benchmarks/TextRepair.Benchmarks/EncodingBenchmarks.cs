using BenchmarkDotNet.Attributes;
using TextRepair.Analysis;
using TextRepair.Lexing;
using TextRepair.Rules;
using TextRepair.Text;

namespace TextRepair.Benchmarks;

/// <summary>
/// The cost of the encoding rules on 1 MB of clean news: analysis with only those rules against analysis with no rule
/// at all (lexing, segmentation and the driver's pass), with the lexer alone as the yardstick.
/// </summary>
[MemoryDiagnoser]
public class EncodingBenchmarks
{
    private readonly TextRepairEngine noRules = TextRepairEngine.Create([]);
    private readonly TextRepairEngine encodingRules = TextRepairEngine.Create(
        BuiltInAnalyzers.All.Where(analyzer => analyzer.SupportedDiagnostics.All(rule => rule.Category == DiagnosticCategory.Encoding)));

    private SourceText text = null!;
    private TokenBuffer buffer = null!;

    [GlobalSetup]
    public void Setup()
    {
        text = SourceText.From(NewsCorpus.Build());
        buffer = new TokenBuffer();
        Lexer.Tokenize(text.AsSpan(), buffer);
    }

    [GlobalCleanup]
    public void Cleanup() => buffer.Dispose();

    [Benchmark(Baseline = true)]
    public int Lex() => Lexer.Tokenize(text.AsSpan(), buffer);

    [Benchmark]
    public int AnalyzeWithoutRules() => noRules.Analyze(text).Diagnostics.Length;

    [Benchmark]
    public int AnalyzeWithEncodingRules() => encodingRules.Analyze(text).Diagnostics.Length;
}
