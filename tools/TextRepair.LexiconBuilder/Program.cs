using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace TextRepair.LexiconBuilder;

/// <summary>
/// Builds the lexicon resources the library embeds, from ../shared/data/wordfreq, reproducibly (sorted input, fixed
/// compression): <c>dotnet run --project tools/TextRepair.LexiconBuilder -- ../shared/data/wordfreq src/TextRepair.Data/Lexicon</c>.
/// <list type="bullet">
/// <item><c>words.tsv.br</c>: one line per lowercase word, <c>word TAB count TAB level TAB flags</c>: the Google Books
/// count from SymSpell's unigram list (0 when absent), the smallest SCOWL size level (0 when absent; 10 = most common),
/// and flags (1 = SCOWL has it in lowercase, 2 = SCOWL has it only capitalized: a name). The few words of recent news in
/// <c>news-words.txt</c> are added at level 70.</item>
/// <item><c>bigrams.tsv.br</c>: SymSpell's bigram counts, <c>first second TAB count</c>.</item>
/// </list>
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: TextRepair.LexiconBuilder WORDFREQ_DIR OUTPUT_DIR");
            return 2;
        }

        string source = args[0];
        string output = args[1];
        var words = new SortedDictionary<string, (long Count, int Level, int Flags)>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(source, "symspell", "frequency_dictionary_en_82_765.txt")))
        {
            string[] fields = line.TrimStart('\uFEFF').Split(' ');
            string word = fields[0].ToLowerInvariant();
            long count = long.Parse(fields[1], CultureInfo.InvariantCulture);
            words[word] = (Math.Max(count, words.GetValueOrDefault(word).Count), 0, 0);
        }

        foreach (string line in File.ReadLines(Path.Combine(source, "scowl", "scowl_2020.12.07_levels_le70.tsv")).Skip(1))
        {
            string[] fields = line.Split('\t');
            string word = fields[0];
            if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            int level = int.Parse(fields[1], CultureInfo.InvariantCulture);
            string key = word.ToLowerInvariant();
            (long count, int oldLevel, int flags) = words.GetValueOrDefault(key);
            flags |= word == key ? 1 : 2;
            words[key] = (count, oldLevel == 0 ? level : Math.Min(oldLevel, level), flags);
        }

        string supplement = Path.Combine(AppContext.BaseDirectory, "news-words.txt");
        foreach (string line in File.ReadLines(supplement))
        {
            string word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                (long count, int level, int flags) = words.GetValueOrDefault(word);
                words[word] = (count, level == 0 ? 70 : level, flags | 1);
            }
        }

        // Most counted first (ties in ordinal order): a word's index keys the tables the library keeps per lexicon word
        // (its model id, its word classes), and with the words of running text at the front those reads stay in a few
        // hundred kilobytes the cache holds instead of striding over the whole table.
        var table = new StringBuilder();
        foreach ((string word, (long count, int level, int flags)) in words.OrderByDescending(entry => entry.Value.Count))
        {
            table.Append(word).Append('\t').Append(count.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(level.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(flags.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        Directory.CreateDirectory(output);
        Write(Path.Combine(output, "words.tsv.br"), table.ToString());

        var bigrams = new StringBuilder();
        foreach (string line in File.ReadLines(Path.Combine(source, "symspell", "frequency_bigramdictionary_en_243_342.txt")).Order(StringComparer.Ordinal))
        {
            string[] fields = line.Split(' ');
            if (fields.Length == 3)
            {
                bigrams.Append(fields[0].ToLowerInvariant()).Append(' ').Append(fields[1].ToLowerInvariant()).Append('\t').Append(fields[2]).Append('\n');
            }
        }

        Write(Path.Combine(output, "bigrams.tsv.br"), bigrams.ToString());
        Console.Error.WriteLine($"{words.Count:N0} words, {bigrams.Length:N0} bigram characters written to {output}");
        return 0;
    }

    private static void Write(string path, string text)
    {
        using var file = File.Create(path);
        using var brotli = new BrotliStream(file, CompressionLevel.SmallestSize);
        brotli.Write(Encoding.UTF8.GetBytes(text));
    }
}
