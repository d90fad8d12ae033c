using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using TextRepair.Lexicon;

namespace TextRepair.Language;

/// <summary>
/// The word classes of 110,197 English words (Brill's tagger lexicon as the npm package en-lexicon ships it, MIT),
/// looked up by <see cref="ReadOnlySpan{T}"/> without allocating: each word's possible classes and its most frequent one.
/// </summary>
/// <remarks>
/// Brill's lexicon lists rare tags it saw once in a tagged corpus ("the" as a verb); for a word whose most frequent class
/// is a closed one (determiner, preposition, pronoun, conjunction, modal, wh-word) only that class is kept, so that
/// rules asking "can this be a verb?" are not misled by tagging noise.
/// </remarks>
public sealed class PartOfSpeechLexicon
{
    private const int MaximumWordLength = 48;
    private const WordClass ClosedClasses =
        WordClass.Determiner | WordClass.Preposition | WordClass.Pronoun | WordClass.Conjunction | WordClass.Modal | WordClass.WhWord;

    private readonly WordTable words;
    private readonly WordClass[] classes;
    private readonly WordClass[] primary;

    private PartOfSpeechLexicon(WordTable words, WordClass[] classes, WordClass[] primary, TimeSpan loadTime)
    {
        this.words = words;
        this.classes = classes;
        this.primary = primary;
        LoadTime = loadTime;
    }

    /// <summary>How many words it knows.</summary>
    public int Count => words.Count;

    /// <summary>How long loading took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>The classes <paramref name="word"/> can have (its exact spelling first, then in lowercase); <see cref="WordClass.None"/> when unknown.</summary>
    public WordClass GetClasses(ReadOnlySpan<char> word)
    {
        int index = IndexOf(word);
        return index < 0 ? WordClass.None : classes[index];
    }

    /// <summary>The most frequent class of <paramref name="word"/>; <see cref="WordClass.None"/> when unknown.</summary>
    public WordClass GetPrimaryClass(ReadOnlySpan<char> word)
    {
        int index = IndexOf(word);
        return index < 0 ? WordClass.None : primary[index];
    }

    /// <summary>The class of one Penn Treebank tag.</summary>
    public static WordClass FromPennTag(ReadOnlySpan<char> tag) => tag switch
    {
        "NN" or "NNS" => WordClass.Noun,
        "NNP" or "NNPS" => WordClass.ProperNoun,
        "VB" => WordClass.BaseVerb,
        "VBD" or "VBZ" or "VBP" => WordClass.FiniteVerb,
        "MD" => WordClass.Modal,
        "VBN" or "VBG" => WordClass.Participle,
        "JJ" or "JJR" or "JJS" => WordClass.Adjective,
        "RB" or "RBR" or "RBS" or "RP" => WordClass.Adverb,
        "IN" or "TO" => WordClass.Preposition,
        "DT" or "PDT" or "PRP$" or "WP$" => WordClass.Determiner,
        "PRP" or "EX" => WordClass.Pronoun,
        "CC" => WordClass.Conjunction,
        "WDT" or "WP" or "WRB" => WordClass.WhWord,
        "CD" => WordClass.Number,
        _ => WordClass.Other,
    };

    /// <summary>Loads the table embedded in the library.</summary>
    internal static PartOfSpeechLexicon LoadEmbedded()
    {
        using Stream stream = typeof(PartOfSpeechLexicon).Assembly.GetManifestResourceStream("TextRepair.Language.postags.tsv.br")
            ?? throw new InvalidOperationException("The part-of-speech table is missing from the assembly.");
        return Load(stream);
    }

    /// <summary>Loads a table of lines <c>word TAB TAG|TAG…</c> (Penn tags, most frequent first), Brotli-compressed.</summary>
    public static PartOfSpeechLexicon Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var stopwatch = Stopwatch.StartNew();
        string text;
        using (var brotli = new BrotliStream(stream, CompressionMode.Decompress))
        using (var reader = new StreamReader(brotli, Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }

        var characters = new char[text.Length];
        var offsets = new List<int>(text.Length / 10);
        var classes = new List<WordClass>(text.Length / 10);
        var primary = new List<WordClass>(text.Length / 10);
        int written = 0;
        foreach (Range range in text.AsSpan().Split('\n'))
        {
            ReadOnlySpan<char> row = text.AsSpan(range);
            int tab = row.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            WordClass all = WordClass.None;
            WordClass first = WordClass.None;
            foreach (Range tag in row[(tab + 1)..].Split('|'))
            {
                WordClass wordClass = FromPennTag(row[(tab + 1)..][tag]);
                first = first == WordClass.None ? wordClass : first;
                all |= wordClass;
            }

            row[..tab].CopyTo(characters.AsSpan(written));
            offsets.Add(written);
            written += tab;
            classes.Add((first & ClosedClasses) != 0 ? first : all);
            primary.Add(first);
        }

        offsets.Add(written);
        return new PartOfSpeechLexicon(new WordTable(characters[..written], [.. offsets]), [.. classes], [.. primary], stopwatch.Elapsed);
    }

    private int IndexOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaximumWordLength)
        {
            return -1;
        }

        Span<char> normal = stackalloc char[word.Length];
        word.CopyTo(normal);
        normal.Replace('\u2019', '\'');
        int index = words.IndexOf(normal);
        if (index >= 0)
        {
            return index;
        }

        word.ToLowerInvariant(normal);
        normal.Replace('\u2019', '\'');
        return words.IndexOf(normal);
    }
}
