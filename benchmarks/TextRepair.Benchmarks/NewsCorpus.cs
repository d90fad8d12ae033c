using System.Text;
using System.Text.Json;

namespace TextRepair.Benchmarks;

/// <summary>About 1 MB of clean news text: the Wikinews dev articles (CC BY 2.5, Wikinews contributors), repeated.</summary>
internal static class NewsCorpus
{
    public const int TargetLength = 1 << 20;

    public static string Build(int targetLength = TargetLength)
    {
        List<string> articles = ReadArticles();
        var corpus = new StringBuilder(targetLength + 16_384);
        while (corpus.Length < targetLength)
        {
            foreach (string article in articles)
            {
                corpus.Append(article);
                if (corpus.Length >= targetLength)
                {
                    break;
                }
            }
        }

        return corpus.ToString();
    }

    /// <summary>Every article once: distinct text (about 0.37 MB), nothing repeated.</summary>
    public static string BuildDistinct() => string.Concat(ReadArticles());

    private static List<string> ReadArticles()
    {
        var articles = new List<string>();
        string directory = Path.Combine(AppContext.BaseDirectory, "Data");
        foreach (string file in Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file))
            {
                using JsonDocument document = JsonDocument.Parse(line);
                JsonElement root = document.RootElement;
                var article = new StringBuilder();
                article.Append(root.GetProperty("title").GetString()).Append("\n\n");
                foreach (JsonElement paragraph in root.GetProperty("paragraphs").EnumerateArray())
                {
                    article.Append(paragraph.GetString()).Append("\n\n");
                }

                articles.Add(article.ToString());
            }
        }

        return articles;
    }
}
