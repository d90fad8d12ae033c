using BenchmarkDotNet.Attributes;
using TextRepair.Lexing;

namespace TextRepair.Benchmarks;

/// <summary>Lexing and segmentation of about 1 MB of news text, against a plain word-boundary scan as the ceiling.</summary>
[MemoryDiagnoser]
public class LexerBenchmarks
{
    private readonly List<Paragraph> paragraphs = new(8192);
    private readonly List<Sentence> sentences = new(32768);
    private string text = string.Empty;
    private TokenBuffer buffer = null!;

    [GlobalSetup]
    public void Setup()
    {
        text = NewsCorpus.Build();
        buffer = new TokenBuffer();
        Lexer.Tokenize(text, buffer);
    }

    [GlobalCleanup]
    public void Cleanup() => buffer.Dispose();

    /// <summary>The ceiling: counting word boundaries with a vectorized search, no tokens made.</summary>
    [Benchmark(Baseline = true)]
    public int WordBoundaryScan()
    {
        ReadOnlySpan<char> rest = text;
        int count = 0;
        int next;
        while ((next = rest.IndexOfAny(' ', '\n')) >= 0)
        {
            count++;
            rest = rest[(next + 1)..];
        }

        return count;
    }

    [Benchmark]
    public int Lex() => Lexer.Tokenize(text, buffer);

    [Benchmark]
    public int LexAndSegment()
    {
        Lexer.Tokenize(text, buffer);
        paragraphs.Clear();
        sentences.Clear();
        Segmenter.Segment(text, buffer.AsSpan(), paragraphs, sentences);
        return sentences.Count;
    }
}
