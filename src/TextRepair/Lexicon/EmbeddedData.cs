using System.IO.Compression;
using System.Text;
using TextRepair.Data;

namespace TextRepair.Lexicon;

/// <summary>The data files the library ships (resources of TextRepair.Data): opened by logical name, Brotli text read whole.</summary>
internal static class EmbeddedData
{
    /// <summary>Opens the embedded resource <paramref name="logicalName"/>; <paramref name="description"/> names it in the error when it is missing.</summary>
    public static Stream Open(string logicalName, string description) =>
        DataAssembly.Open(logicalName)
            ?? throw new InvalidOperationException($"{description} is missing from the TextRepair.Data assembly.");

    /// <summary>Reads the whole of a Brotli-compressed UTF-8 text.</summary>
    public static string ReadBrotliText(Stream compressed)
    {
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
