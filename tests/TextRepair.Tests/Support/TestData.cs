using System.Text.Json;

namespace TextRepair.Tests.Support;

/// <summary>The texts tests run on: the seed article and the clean Wikinews dev paragraphs (CC BY 2.5, Wikinews contributors).</summary>
internal static class TestData
{
    private static readonly Lazy<IReadOnlyList<WikinewsArticle>> Articles = new(LoadArticles);

    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "Data");

    public static string SeedArticle => File.ReadAllText(Path.Combine(DataDirectory, "belarus-mt-news.txt"));

    public static IReadOnlyList<WikinewsArticle> WikinewsArticles => Articles.Value;

    public static IEnumerable<string> WikinewsParagraphs => WikinewsArticles.SelectMany(article => article.Paragraphs);

    private static List<WikinewsArticle> LoadArticles()
    {
        var articles = new List<WikinewsArticle>();
        foreach (string file in Directory.GetFiles(DataDirectory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file))
            {
                using JsonDocument document = JsonDocument.Parse(line);
                JsonElement root = document.RootElement;
                articles.Add(new WikinewsArticle(
                    root.GetProperty("url").GetString()!,
                    root.GetProperty("title").GetString()!,
                    root.GetProperty("paragraphs").EnumerateArray().Select(paragraph => paragraph.GetString()!).ToArray()));
            }
        }

        return articles;
    }
}

internal sealed record WikinewsArticle(string Url, string Title, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The article as a plain-text document: title, blank line, paragraphs separated by blank lines.</summary>
    public string ToDocument() => Title + "\n\n" + string.Join("\n\n", Paragraphs) + "\n";
}
