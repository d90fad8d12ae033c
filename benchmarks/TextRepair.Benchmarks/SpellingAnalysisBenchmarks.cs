using BenchmarkDotNet.Attributes;
using TextRepair.Analysis;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Benchmarks;

/// <summary>Full analysis of 1 MB of news with every default rule, spelling included, against lexing alone.</summary>
[MemoryDiagnoser]
public class SpellingAnalysisBenchmarks
{
    private readonly TextRepairEngine engine = TextRepairEngine.CreateDefault();
    private readonly TextRepairEngine withoutSpelling = TextRepairEngine.CreateDefault(TextRepairOptions.Default.WithCategorySeverity(DiagnosticCategory.Spelling, SeveritySetting.Off));
    private SourceText text = null!;
    private TokenBuffer buffer = null!;

    [GlobalSetup]
    public void Setup()
    {
        string? file = Environment.GetEnvironmentVariable("TEXTREPAIR_BENCHMARK_FILE");
        text = SourceText.From(file is null ? NewsCorpus.Build() : File.ReadAllText(file));
        buffer = new TokenBuffer();
        Lexer.Tokenize(text.AsSpan(), buffer);
        EnglishLexicon.Default.Suggest("goverment");
    }

    [GlobalCleanup]
    public void Cleanup() => buffer.Dispose();

    [Benchmark(Baseline = true)]
    public int Lex() => Lexer.Tokenize(text.AsSpan(), buffer);

    [Benchmark]
    public int AnalyzeWithoutSpelling() => withoutSpelling.Analyze(text).Diagnostics.Length;

    [Benchmark]
    public int AnalyzeAllRules() => engine.Analyze(text).Diagnostics.Length;
}
