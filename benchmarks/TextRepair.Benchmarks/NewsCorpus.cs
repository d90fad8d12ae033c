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

    /// <summary>
    /// About <paramref name="targetLength"/> characters of news in which paragraphs do not repeat: the articles over
    /// and over, each round with every paragraph's sentences rotated by the round number and its numbers changed (only
    /// a one-sentence paragraph without a number comes back unchanged).
    /// </summary>
    public static string BuildDistinctVariants(int targetLength)
    {
        string[] paragraphs = string.Concat(ReadArticles()).Split("\n\n");
        var corpus = new StringBuilder(targetLength + 16_384);
        for (int round = 0; corpus.Length < targetLength; round++)
        {
            foreach (string paragraph in paragraphs)
            {
                string[] sentences = paragraph.Split(". ");
                int rotation = round % sentences.Length;
                string rotated = string.Join(". ", sentences[rotation..].Concat(sentences[..rotation]));
                corpus.Append(System.Text.RegularExpressions.Regex.Replace(rotated, "[0-9]+", match => (long.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) + round).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                corpus.Append("\n\n");
                if (corpus.Length >= targetLength)
                {
                    break;
                }
            }
        }

        return corpus.ToString();
    }

    /// <summary>
    /// <see cref="BuildDistinctVariants"/> damaged by the evaluation's noise generator (seed
    /// <see cref="DamageSeed"/>): two paragraphs in three get one defect each (a glued letter, a repeat, a wrong capital
    /// or article, a look-alike letter, an invisible character, mojibake, a typo...), as the damaged news of the
    /// performance issue.
    /// </summary>
    public static string BuildDamagedVariants(int targetLength)
    {
        var generator = new TextRepair.Evaluation.NoiseGenerator(DamageSeed);
        return string.Join("\n\n", BuildDistinctVariants(targetLength).Split("\n\n").Select(paragraph => paragraph.Length == 0 ? paragraph : generator.Damage(paragraph).Noisy));
    }

    /// <summary>The noise generator's seed for <see cref="BuildDamagedVariants"/>.</summary>
    public const int DamageSeed = 20261130;

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
