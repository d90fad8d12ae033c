using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace TextRepair.LanguageModelBuilder;

/// <summary>
/// Builds the part-of-speech table from the npm package en-lexicon 1.0.11 (MIT, © 2017 Alex Corvi; Brill's tagger
/// lexicon: each word with its Penn Treebank tags, the most frequent first): one line per word that has a letter,
/// <c>word TAB TAG|TAG…</c>, sorted, with only Penn word tags kept. Get the input with
/// <c>npm pack en-lexicon@1.0.11</c> and pass <c>package/dist/lexicon.js</c>.
/// </summary>
internal static partial class PartOfSpeechTable
{
    private static readonly HashSet<string> PennWordTags =
    [
        "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP",
        "PRP$", "RB", "RBR", "RBS", "RP", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB",
    ];

    public static int Build(string lexiconJs, string output)
    {
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(lexiconJs))
        {
            Match match = Entry().Match(line);
            if (!match.Success)
            {
                continue;
            }

            string word = Regex.Unescape(match.Groups[1].Value);
            string[] tags = match.Groups[2].Value.Split('|').Where(PennWordTags.Contains).Distinct().ToArray();
            if (tags.Length > 0 && word.Any(char.IsLetter) && !word.Contains('\t', StringComparison.Ordinal))
            {
                rows[word] = string.Join('|', tags);
            }
        }

        var table = new StringBuilder();
        foreach ((string word, string tags) in rows)
        {
            table.Append(word).Append('\t').Append(tags).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (FileStream file = File.Create(output))
        using (var brotli = new BrotliStream(file, CompressionLevel.SmallestSize))
        {
            brotli.Write(Encoding.UTF8.GetBytes(table.ToString()));
        }

        Console.Error.WriteLine($"{rows.Count:N0} words, {new FileInfo(output).Length:N0} bytes compressed, written to {output}");
        return 0;
    }

    [GeneratedRegex("^\\s*\"((?:[^\"\\\\]|\\\\.)+)\": \"([^\"]*)\",?$")]
    private static partial Regex Entry();
}
