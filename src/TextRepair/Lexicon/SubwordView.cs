using System.IO.Compression;
using System.Reflection;
using System.Text;
using Microsoft.ML.Tokenizers;

namespace TextRepair.Lexicon;

/// <summary>
/// How a language-model tokenizer (cl100k, the tokenizer of GPT-4) splits a word: a word its vocabulary holds whole is a
/// word the web writes often, which a typo almost never is (" gastro" is one piece, " goverment" is " gover|ment").
/// It runs only on the few words the lexicon does not know, never on the hot path.
/// </summary>
/// <remarks>
/// Whether a word is one piece is what spelling asks, and for cl100k it is answered from the vocabulary alone: a word
/// after a space is one piece when the vocabulary holds the space and the word as one entry (every entry is a piece
/// the tokenizer's pre-split keeps whole; a test checks the two answers agree on some 40,000 words and typos). The
/// entries that start with a space are read from the tokenizer package's own vocabulary in about 30 ms, where creating
/// the tokenizer takes about 130 ms, in the first analysis of a process with an unknown word. The tokenizer itself is
/// created only for <see cref="CountPieces"/>.
/// </remarks>
public sealed class SubwordView
{
    private const string Cl100kAssembly = "Microsoft.ML.Tokenizers.Data.Cl100kBase";
    private const string Cl100kVocabulary = "cl100k_base.tiktoken.deflate";

    private static readonly Lazy<SubwordView> Instance = new(() => LoadCl100k(cache: null));
    private readonly Lazy<Tokenizer> tokenizer;
    private readonly WordTable? wholeWords;

    /// <summary>A view over any Microsoft.ML.Tokenizers tokenizer.</summary>
    public SubwordView(Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        this.tokenizer = new Lazy<Tokenizer>(tokenizer);
    }

    private SubwordView(Func<Tokenizer> createTokenizer, WordTable wholeWords)
    {
        tokenizer = new Lazy<Tokenizer>(createTokenizer);
        this.wholeWords = wholeWords;
    }

    /// <summary>The cl100k view, created on first use.</summary>
    public static SubwordView Cl100k => Instance.Value;

    /// <summary>How many pieces the word takes after a space, as it stands in running text.</summary>
    public int CountPieces(ReadOnlySpan<char> word)
    {
        Span<char> spaced = word.Length < 128 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        spaced[0] = ' ';
        word.CopyTo(spaced[1..]);
        return tokenizer.Value.CountTokens(spaced);
    }

    /// <summary>Whether the tokenizer holds the word whole: a word of real text rather than a typo.</summary>
    public bool IsWholePiece(ReadOnlySpan<char> word) =>
        wholeWords is { } words ? words.IndexOf(word) >= 0 : CountPieces(word) == 1;

    /// <summary>
    /// The cl100k view, with the vocabulary's whole words read from the data package, through
    /// <paramref name="cache"/> when there is one (the table as built, in a millisecond instead of 30); when its
    /// vocabulary cannot be read as expected (another version of the package), the tokenizer answers every question instead.
    /// </summary>
    internal static SubwordView LoadCl100k(LoadedFormCache? cache)
    {
        static Tokenizer Create() => TiktokenTokenizer.CreateForModel("gpt-4");
        try
        {
            using Stream? stream = Assembly.Load(Cl100kAssembly).GetManifestResourceStream(Cl100kVocabulary);
            if (stream is null)
            {
                return new SubwordView(Create());
            }

            WordTable words = cache is null || !stream.CanSeek
                ? ReadWholeWords(stream)
                : cache.Load("subwords", stream, ReadWholeWords, static (table, writer) => table.Write(writer), WordTable.Read);
            return new SubwordView(Create, words);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or FileNotFoundException or FormatException or BadImageFormatException)
        {
            return new SubwordView(Create());
        }
    }

    /// <summary>
    /// The vocabulary entries that start with a space, without it: one base64 entry per line (the rank is the line's
    /// place) after a "Capacity" header. Distinct entries decode to distinct words, so the table holds each once.
    /// </summary>
    /// <exception cref="InvalidDataException">When the vocabulary is not the one this reading expects.</exception>
    private static WordTable ReadWholeWords(Stream stream)
    {
        using var inflated = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(inflated, Encoding.ASCII);
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var characters = new List<char>(1 << 19);
        var offsets = new List<int>(1 << 16);
        Span<byte> bytes = stackalloc byte[512];
        Span<char> decoded = stackalloc char[512];
        int entries = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith("Capacity", StringComparison.Ordinal))
            {
                continue;
            }

            int end = line.IndexOf(' ');
            if (!Convert.TryFromBase64Chars(line.AsSpan(0, end < 0 ? line.Length : end), bytes, out int length))
            {
                throw new InvalidDataException("The cl100k vocabulary has an entry that is not base64.");
            }

            entries++;
            if (length < 1 || bytes[0] != (byte)' ')
            {
                continue;
            }

            // An entry that is not whole UTF-8 (part of a character) is no text's piece.
            int written;
            try
            {
                written = strict.GetChars(bytes[1..length], decoded);
            }
            catch (DecoderFallbackException)
            {
                continue;
            }

            offsets.Add(characters.Count);
            characters.AddRange(decoded[..written]);
        }

        // cl100k has 100,256 entries; a file much smaller is not the vocabulary this reading expects.
        if (entries < 100_000)
        {
            throw new InvalidDataException("The cl100k vocabulary is shorter than expected.");
        }

        offsets.Add(characters.Count);
        return new WordTable([.. characters], [.. offsets]);
    }
}
