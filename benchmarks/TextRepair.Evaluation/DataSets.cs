using System.Text.Json;
using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>Reads the development data where it lies (<c>../shared/data</c>); nothing of it is copied into the repository.</summary>
public sealed class DataSets
{
    public DataSets(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The data folder '{root}' does not exist (pass --data ../shared/data).");
        }

        Root = root;
    }

    public string Root { get; }

    public IReadOnlyList<string> WikinewsParagraphs() => WikinewsArticles().SelectMany(article => article).ToList();

    /// <summary>The Wikinews dev articles, each as its paragraphs, in file order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> WikinewsArticles() =>
        ReadJsonLines(Path.Combine("news_wikinews", "wikinews_en_2019_2020.dev.jsonl"))
            .Concat(ReadJsonLines(Path.Combine("news_wikinews", "gum_wikinews.dev.jsonl")))
            .Select(article => (IReadOnlyList<string>)article.GetProperty("paragraphs").EnumerateArray().Select(paragraph => paragraph.GetString()!).ToList())
            .ToList();

    public IReadOnlyList<LanguageToolExample> LanguageToolExamples() =>
        ReadJsonLines(Path.Combine("languagetool_en", "languagetool_en_examples.dev.jsonl"))
            .Select(example => new LanguageToolExample(
                example.GetProperty("rule_id").GetString()!,
                example.GetProperty("category").GetString()!,
                example.GetProperty("incorrect").GetBoolean(),
                example.GetProperty("sentence").GetString()!,
                example.GetProperty("marker_start").GetInt32() is var start and >= 0
                    ? TextSpan.FromBounds(start, Math.Max(start, example.GetProperty("marker_end").GetInt32()))
                    : null,
                example.GetProperty("corrections").EnumerateArray().Select(correction => correction.GetString() ?? string.Empty).ToList()))
            .Where(example => !example.Sentence.Contains('\n', StringComparison.Ordinal))
            .ToList();

    public IReadOnlyList<EditedParagraph> BeaParagraphs() =>
        ReadJsonLines(Path.Combine("bea2019_wi_locness_dev", "bea2019_wi_locness_dev.dev.jsonl"))
            .Select(paragraph => new EditedParagraph(
                paragraph.GetProperty("source").GetString()!,
                paragraph.GetProperty("edits").EnumerateArray()
                    .Select(edit => new Edit(TextSpan.FromBounds(edit.GetProperty("start").GetInt32(), edit.GetProperty("end").GetInt32()), edit.GetProperty("replacement").GetString() ?? string.Empty))
                    .ToList()))
            .Where(paragraph => !paragraph.Text.Contains('\n', StringComparison.Ordinal))
            .ToList();

    public IReadOnlyList<AnnotatedSegment> MqmNewsSegments()
    {
        var segments = new List<AnnotatedSegment>();
        foreach (string line in File.ReadLines(Path.Combine(Root, "wmt_mqm", "mqm_wmt23_zhen_news.dev.tsv")).Skip(1))
        {
            string[] fields = line.Split('\t');
            using JsonDocument spans = JsonDocument.Parse(fields[5]);
            var annotations = spans.RootElement.EnumerateArray()
                .Where(span => span.GetProperty("start").GetInt32() >= 0)
                .Select(span => new MqmSpan(
                    TextSpan.FromBounds(span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32()),
                    span.GetProperty("category").GetString()!))
                .Distinct()
                .ToList();
            segments.Add(new AnnotatedSegment(fields[4], annotations));
        }

        return segments;
    }

    public string SeedArticle() => File.ReadAllText(Path.Combine(Root, "seed", "belarus-mt-news.txt"));

    public string SeedDefectsPath => Path.Combine(Root, "..", "tools", "peers", "defects-seed.json");

    private IEnumerable<JsonElement> ReadJsonLines(string relativePath)
    {
        foreach (string line in File.ReadLines(Path.Combine(Root, relativePath)))
        {
            if (line.Length > 0)
            {
                yield return JsonDocument.Parse(line).RootElement.Clone();
            }
        }
    }
}
