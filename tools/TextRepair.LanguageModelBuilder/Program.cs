using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace TextRepair.LanguageModelBuilder;

/// <summary>
/// Builds the word-sequence model the library embeds from the CMU Sphinx English 3-gram model (ARPA, BSD-2-Clause),
/// reproducibly: <c>dotnet run -c Release --project tools/TextRepair.LanguageModelBuilder -- ../shared/data/cmusphinx-en-us/en-us.arpa.gz src/TextRepair.Data/Language/ngrams.bin.zlib 1e-7 1e-7</c>,
/// and the part-of-speech table (see <see cref="PartOfSpeechTable"/>) with <c>-- pos lexicon.js src/TextRepair.Data/Language/postags.tsv.br</c>.
/// <para>
/// The 3.7 million n-grams are pruned by relative entropy (Stolcke 1998, without renormalising the back-off weights):
/// an n-gram is kept when P(h, w) · (ln P(w|h) − ln P′(w|h)) is at least the threshold, where P′ is what back-off would
/// give without it; a bigram that is the history of a kept trigram is kept too. Probabilities are quantized to one byte
/// (0.05 log10 steps), back-off weights likewise. The keys are stored as a trie (for each word, its successors'
/// ids as deltas; for each bigram, its successors'). The file is compressed with zlib when its name ends in
/// <c>.zlib</c> (what the library embeds: it inflates in about 25 ms, where the 13% smaller Brotli took about 60 ms, on
/// the path of every process's first analysis), with Brotli otherwise.
/// </para>
/// </summary>
internal static class Program
{
    private const string Magic = "TRLM1";

    private static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "pos")
        {
            return PartOfSpeechTable.Build(args[1], args[2]);
        }

        if (args.Length is < 2 or > 4)
        {
            Console.Error.WriteLine("usage: TextRepair.LanguageModelBuilder ARPA_GZ OUTPUT [BIGRAM_THRESHOLD] [TRIGRAM_THRESHOLD]");
            Console.Error.WriteLine("       TextRepair.LanguageModelBuilder pos EN_LEXICON_JS OUTPUT");
            return 2;
        }

        double bigramThreshold = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 2e-8;
        double trigramThreshold = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 2e-8;
        Arpa model = Arpa.Read(args[0]);
        Console.Error.WriteLine($"read {model.Words.Count:N0} words, {model.BigramCount:N0} bigrams, {model.TrigramCount:N0} trigrams");

        bool[] keepTrigram = new bool[model.TrigramCount];
        bool[] keepBigram = new bool[model.BigramCount];
        int keptTrigrams = 0;
        for (int index = 0; index < model.TrigramCount; index++)
        {
            (int a, int b, int c) = model.Trigrams[index];
            int history = model.BigramIndex[Arpa.Key(a, b)];
            double logP = model.TrigramLogP[index];
            double backedOff = model.BigramBackoff[history] + model.BigramLogP(b, c);
            double weight = Math.Pow(10, model.UnigramLogP[a] + model.BigramLogPAt(history) + logP);
            if (weight * (logP - backedOff) * Math.Log(10) >= trigramThreshold)
            {
                keepTrigram[index] = true;
                keepBigram[history] = true;
                keptTrigrams++;
            }
        }

        int keptBigrams = 0;
        for (int index = 0; index < model.BigramCount; index++)
        {
            (int a, int b) = model.Bigrams[index];
            double logP = model.BigramLogPAt(index);
            double backedOff = model.UnigramBackoff[a] + model.UnigramLogP[b];
            double weight = Math.Pow(10, model.UnigramLogP[a] + logP);
            keepBigram[index] |= weight * (logP - backedOff) * Math.Log(10) >= bigramThreshold;
            keptBigrams += keepBigram[index] ? 1 : 0;
        }

        Console.Error.WriteLine($"kept {keptBigrams:N0} bigrams, {keptTrigrams:N0} trigrams");
        byte[] bytes = Serialize(model, keepBigram, keepTrigram, keptBigrams, keptTrigrams);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
        using (FileStream file = File.Create(args[1]))
        using (Stream compressed = args[1].EndsWith(".zlib", StringComparison.Ordinal)
            ? new ZLibStream(file, CompressionLevel.SmallestSize)
            : new BrotliStream(file, CompressionLevel.SmallestSize))
        {
            compressed.Write(bytes);
        }

        Console.Error.WriteLine($"{bytes.Length:N0} bytes, {new FileInfo(args[1]).Length:N0} compressed, written to {args[1]}");
        return 0;
    }

    private static byte[] Serialize(Arpa model, bool[] keepBigram, bool[] keepTrigram, int bigramCount, int trigramCount)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(model.Words.Count);
        foreach (string word in model.Words)
        {
            writer.Write(word);
        }

        foreach (double logP in model.UnigramLogP)
        {
            writer.Write(QuantizeProbability(logP));
        }

        foreach (double backoff in model.UnigramBackoff)
        {
            writer.Write(QuantizeBackoff(backoff));
        }

        // The trie writes each first word's successor count and the successors as deltas, in (first, second) order.
        writer.Write(bigramCount);
        int[] sorted = Enumerable.Range(0, model.BigramCount).Where(index => keepBigram[index])
            .OrderBy(index => model.Bigrams[index].A).ThenBy(index => model.Bigrams[index].B).ToArray();
        var keptBigramIndices = new List<int>(bigramCount);
        int cursor = 0;
        for (int first = 0; first < model.Words.Count; first++)
        {
            int start = keptBigramIndices.Count;
            while (cursor < sorted.Length && model.Bigrams[sorted[cursor]].A == first)
            {
                keptBigramIndices.Add(sorted[cursor++]);
            }

            writer.Write7BitEncodedInt(keptBigramIndices.Count - start);
            int previous = 0;
            for (int index = start; index < keptBigramIndices.Count; index++)
            {
                int second = model.Bigrams[keptBigramIndices[index]].B;
                writer.Write7BitEncodedInt(second - previous);
                previous = second;
            }
        }

        foreach (int index in keptBigramIndices)
        {
            writer.Write(QuantizeProbability(model.BigramLogPAt(index)));
        }

        foreach (int index in keptBigramIndices)
        {
            writer.Write(QuantizeBackoff(model.BigramBackoff[index]));
        }

        writer.Write(trigramCount);
        var trigramsByHistory = new List<int>[model.BigramCount];
        for (int index = 0; index < model.TrigramCount; index++)
        {
            if (keepTrigram[index])
            {
                (int a, int b, int _) = model.Trigrams[index];
                (trigramsByHistory[model.BigramIndex[Arpa.Key(a, b)]] ??= []).Add(index);
            }
        }

        var keptTrigramIndices = new List<int>(trigramCount);
        foreach (int history in keptBigramIndices)
        {
            List<int> trigrams = trigramsByHistory[history] ?? [];
            writer.Write7BitEncodedInt(trigrams.Count);
            int previous = 0;
            foreach (int index in trigrams.OrderBy(index => model.Trigrams[index].C))
            {
                int third = model.Trigrams[index].C;
                writer.Write7BitEncodedInt(third - previous);
                previous = third;
                keptTrigramIndices.Add(index);
            }
        }

        foreach (int index in keptTrigramIndices)
        {
            writer.Write(QuantizeProbability(model.TrigramLogP[index]));
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>log10 probabilities from 0 down to −12.75 in steps of 0.05.</summary>
    private static byte QuantizeProbability(double logP) => (byte)Math.Clamp(Math.Round(-logP * 20), 0, 255);

    /// <summary>log10 back-off weights from −6.4 to +6.35 in steps of 0.05.</summary>
    private static byte QuantizeBackoff(double backoff) => (byte)Math.Clamp(Math.Round(backoff * 20) + 128, 0, 255);
}
