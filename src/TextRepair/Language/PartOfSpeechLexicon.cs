using System.Diagnostics;
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

    /// <summary>
    /// The classes <paramref name="word"/> can have and, in <paramref name="primaryClass"/>, its most frequent one: what
    /// <see cref="GetClasses(ReadOnlySpan{char})"/> and <see cref="GetPrimaryClass"/> return, for one lookup.
    /// </summary>
    public WordClass GetClasses(ReadOnlySpan<char> word, out WordClass primaryClass)
    {
        int index = IndexOf(word);
        primaryClass = index < 0 ? WordClass.None : primary[index];
        return index < 0 ? WordClass.None : classes[index];
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

    /// <summary>Loads the table embedded in the library; with a <paramref name="cache"/>, as <see cref="WordSequenceModel"/> does.</summary>
    internal static PartOfSpeechLexicon LoadEmbedded(LoadedFormCache? cache = null)
    {
        var stopwatch = Stopwatch.StartNew();
        return LoadedFormCache.LoadEmbedded(
            cache, "TextRepair.Language.postags.tsv.br", "The part-of-speech table", "postags", Load, static (lexicon, writer) => lexicon.Write(writer), reader => Read(reader, stopwatch));
    }

    private void Write(LoadedFormWriter writer)
    {
        words.Write(writer);
        writer.Write<WordClass>(classes);
        writer.Write<WordClass>(primary);
    }

    private static PartOfSpeechLexicon Read(LoadedFormReader reader, Stopwatch stopwatch)
    {
        WordTable words = WordTable.Read(reader);
        WordClass[] classes = reader.ReadArray<WordClass>();
        WordClass[] primary = reader.ReadArray<WordClass>();
        if (classes.Length != words.Count || primary.Length != words.Count)
        {
            throw new InvalidDataException("A cached part-of-speech table does not hold together.");
        }

        return new PartOfSpeechLexicon(words, classes, primary, stopwatch.Elapsed);
    }

    /// <summary>Loads a table of lines <c>word TAB TAG|TAG…</c> (Penn tags, most frequent first), Brotli-compressed.</summary>
    public static PartOfSpeechLexicon Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var stopwatch = Stopwatch.StartNew();
        string text = EmbeddedData.ReadBrotliText(stream);
        int lines = text.Count('\n') + 1;
        var classes = new WordClass[lines];
        var primary = new WordClass[lines];
        WordTable words = WordTable.ReadRows(text, (row, tags) =>
        {
            WordClass all = WordClass.None;
            WordClass first = WordClass.None;
            foreach (Range tag in tags.Split('|'))
            {
                WordClass wordClass = FromPennTag(tags[tag]);
                first = first == WordClass.None ? wordClass : first;
                all |= wordClass;
            }

            classes[row] = (first & ClosedClasses) != 0 ? first : all;
            primary[row] = first;
        });
        return new PartOfSpeechLexicon(words, classes[..words.Count], primary[..words.Count], stopwatch.Elapsed);
    }

    private int IndexOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaximumWordLength)
        {
            return -1;
        }

        // The lowercase reading is a second lookup only for a word with a capital: lowercase, it is the same word.
        int index = words.IndexOfFolded(word, lowercase: false);
        return index >= 0 || !HasUppercase(word) ? index : words.IndexOfFolded(word, lowercase: true);
    }

    private static bool HasUppercase(ReadOnlySpan<char> word)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ContainsAnyInRange('A', 'Z');
        }

        foreach (char character in word)
        {
            if (char.IsUpper(character))
            {
                return true;
            }
        }

        return false;
    }
}
