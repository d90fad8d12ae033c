using BenchmarkDotNet.Attributes;
using TextRepair.Analysis;
using TextRepair.Lexicon;

namespace TextRepair.Benchmarks;

/// <summary>Full analysis of 1 MB of news with every default rule, spelling included, against lexing alone.</summary>
[MemoryDiagnoser]
public class SpellingAnalysisBenchmarks : NewsBenchmark
{
    private readonly TextRepairEngine engine = TextRepairEngine.CreateDefault();
    private readonly TextRepairEngine withoutSpelling = TextRepairEngine.CreateDefault(TextRepairOptions.Default.WithCategorySeverity(DiagnosticCategory.Spelling, SeveritySetting.Off));

    public override void Setup()
    {
        base.Setup();
        // The lexicon, its suggestion index and the subword view load once per process: not what is measured here.
        EnglishLexicon.Default.Suggest("goverment");
        SubwordView.Cl100k.CountPieces("warm");
    }

    [Benchmark]
    public int AnalyzeWithoutSpelling() => withoutSpelling.Analyze(Text).Diagnostics.Length;

    [Benchmark]
    public int AnalyzeAllRules() => engine.Analyze(Text).Diagnostics.Length;
}
