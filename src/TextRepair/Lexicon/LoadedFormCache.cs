using System.Buffers;

namespace TextRepair.Lexicon;

/// <summary>
/// A directory of resources in their loaded form: the arrays a resource builds from its compressed source (hash tables,
/// tries decoded, rows parsed), written once, so that a later process reads them back instead of building them again.
/// A command-line run spends most of its start on those builds (the word-sequence model alone about 110 ms); reading
/// the same arrays from a file the system has cached is a copy.
/// </summary>
/// <remarks>
/// <para>
/// A file is named by the resource and a hash of its source bytes, so a library with other data never reads the
/// arrays of an older one. A file is written under a temporary name and renamed into place, so a reader sees a whole
/// file or none, and it carries the hash of its contents, so a file cut short or damaged is rebuilt, not trusted.
/// </para>
/// <para>
/// The cache is a shortcut, never a requirement: a directory that cannot be created, read or written leaves the
/// resource built from its source as without a cache.
/// </para>
/// </remarks>
internal sealed class LoadedFormCache
{
    public LoadedFormCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The directory the files are kept in.</summary>
    public string Directory { get; }

    /// <summary>
    /// The file that holds the loaded form of the resource <paramref name="name"/> built from the rest of
    /// <paramref name="source"/>: its bytes are hashed where they lie, and the stream is put back where it was.
    /// </summary>
    public string PathOf(string name, Stream source)
    {
        long start = source.Position;
        var hash = new LoadedFormHash();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            for (int read; (read = source.Read(buffer)) > 0;)
            {
                hash.Append(buffer.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        source.Position = start;
        return Path.Combine(Directory, $"{name}-{LoadedFormFile.FormatVersion}-{hash.GetCurrentHash():x16}.bin");
    }

    /// <summary>
    /// The resource <paramref name="name"/>: read from its file when a whole one for the bytes of <paramref name="source"/>
    /// (a stream that can seek) is there, otherwise built by <paramref name="build"/> from them and written for the next
    /// process. On a hit the source is only hashed, never decompressed or copied.
    /// </summary>
    public T Load<T>(string name, Stream source, Func<Stream, T> build, Action<T, LoadedFormWriter> write, Func<LoadedFormReader, T> read)
    {
        if (!source.CanSeek)
        {
            throw new ArgumentException("The source of a cached resource must be able to seek: it is hashed before it is built.", nameof(source));
        }

        string path = PathOf(name, source);
        if (LoadedFormFile.TryRead(path, read, out T? loaded))
        {
            return loaded;
        }

        T built = build(source);
        LoadedFormFile.TryWrite(path, writer => write(built, writer));
        return built;
    }

    /// <summary>
    /// The embedded resource <paramref name="logicalName"/>, built by <paramref name="build"/> from its stream without a
    /// <paramref name="cache"/>; with one, loaded through it as <see cref="Load"/> does, under <paramref name="name"/>.
    /// </summary>
    public static T LoadEmbedded<T>(LoadedFormCache? cache, string logicalName, string description, string name, Func<Stream, T> build, Action<T, LoadedFormWriter> write, Func<LoadedFormReader, T> read)
    {
        using Stream stream = EmbeddedData.Open(logicalName, description);
        return cache is null ? build(stream) : cache.Load(name, stream, build, write, read);
    }
}
