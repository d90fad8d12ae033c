using System.Globalization;
using System.IO.Compression;

namespace TextRepair.LanguageModelBuilder;

/// <summary>An ARPA 3-gram model read whole: words by id (their order in the file), and the n-grams as id tuples.</summary>
internal sealed class Arpa
{
    public List<string> Words { get; } = [];

    public List<double> UnigramLogP { get; } = [];

    public List<double> UnigramBackoff { get; } = [];

    public List<(int A, int B)> Bigrams { get; } = [];

    public List<float> BigramLogPs { get; } = [];

    public List<float> BigramBackoff { get; } = [];

    public Dictionary<long, int> BigramIndex { get; } = [];

    public List<(int A, int B, int C)> Trigrams { get; } = [];

    public List<float> TrigramLogP { get; } = [];

    public int BigramCount => Bigrams.Count;

    public int TrigramCount => Trigrams.Count;

    public static long Key(int a, int b) => ((long)a << 32) | (uint)b;

    public double BigramLogPAt(int index) => BigramLogPs[index];

    /// <summary>log10 P(b | a) with back-off to the unigram.</summary>
    public double BigramLogP(int a, int b) =>
        BigramIndex.TryGetValue(Key(a, b), out int index) ? BigramLogPs[index] : UnigramBackoff[a] + UnigramLogP[b];

    public static Arpa Read(string path)
    {
        var model = new Arpa();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        int order = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '\\')
            {
                order = line switch
                {
                    "\\1-grams:" => 1,
                    "\\2-grams:" => 2,
                    "\\3-grams:" => 3,
                    _ => 0,
                };
                continue;
            }

            if (order == 0)
            {
                continue;
            }

            string[] fields = line.Split('\t');
            float logP = float.Parse(fields[0], CultureInfo.InvariantCulture);
            switch (order)
            {
                case 1:
                    ids[fields[1]] = model.Words.Count;
                    model.Words.Add(fields[1]);
                    model.UnigramLogP.Add(logP);
                    model.UnigramBackoff.Add(fields.Length > 2 ? float.Parse(fields[2], CultureInfo.InvariantCulture) : 0);
                    break;
                case 2:
                    (int a, int b) = (ids[fields[1]], ids[fields[2]]);
                    model.BigramIndex[Key(a, b)] = model.Bigrams.Count;
                    model.Bigrams.Add((a, b));
                    model.BigramLogPs.Add(logP);
                    model.BigramBackoff.Add(fields.Length > 3 ? float.Parse(fields[3], CultureInfo.InvariantCulture) : 0);
                    break;
                default:
                    model.Trigrams.Add((ids[fields[1]], ids[fields[2]], ids[fields[3]]));
                    model.TrigramLogP.Add(logP);
                    break;
            }
        }

        return model;
    }
}
