using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Language;
using TextRepair.Lexicon;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Lexicon;

public class LoadedFormCacheTests
{
    private static readonly char[] Separators = [' ', ',', '.', '"', '(', ')'];

    [Fact]
    public void The_embedded_resources_read_back_from_the_cache_answer_as_the_ones_built()
    {
        using var folder = new TemporaryFolder("textrepair-cache");
        LanguageResources building = LanguageResources.CreateEmbedded(folder.Path);
        building.Load();
        string[] files = [.. Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName).Order()!];
        Assert.Collection(
            files,
            file => Assert.StartsWith("ngrams-", file),
            file => Assert.StartsWith("postags-", file),
            file => Assert.StartsWith("subwords-", file),
            file => Assert.StartsWith("words-", file));
        Assert.All(files, file => Assert.EndsWith(".bin", file));
        DateTime[] written = [.. files.Select(file => File.GetLastWriteTimeUtc(Path.Combine(folder.Path, file)))];

        LanguageResources reading = LanguageResources.CreateEmbedded(folder.Path);
        reading.Load();
        // Read, not built again: a build would have replaced each file.
        Assert.Equal(written, files.Select(file => File.GetLastWriteTimeUtc(Path.Combine(folder.Path, file))));

        LanguageResources built = LanguageResources.Default;
        string[] words = [.. Support.TestData.WikinewsParagraphs.Take(200)
            .SelectMany(paragraph => paragraph.Split(Separators, StringSplitOptions.RemoveEmptyEntries)), "goverment", "Recieved", "zzqx"];
        for (int index = 0; index < words.Length; index++)
        {
            string word = words[index];
            Assert.Equal(built.Lexicon.TryGetWord(word, out WordInfo expected), reading.Lexicon.TryGetWord(word, out WordInfo actual));
            Assert.Equal(expected, actual);
            Assert.Equal(built.PartsOfSpeech.GetClasses(word, out WordClass primary), reading.PartsOfSpeech.GetClasses(word, out WordClass readPrimary));
            Assert.Equal(primary, readPrimary);
            int id = built.WordSequences.GetWordId(word);
            Assert.Equal(id, reading.WordSequences.GetWordId(word));
            int first = index >= 2 ? built.WordSequences.GetWordId(words[index - 2]) : WordSequenceModel.NoWord;
            int second = index >= 1 ? built.WordSequences.GetWordId(words[index - 1]) : WordSequenceModel.NoWord;
            Assert.Equal(built.WordSequences.LogProbability(first, second, id), reading.WordSequences.LogProbability(first, second, id));
            Assert.Equal(built.Subwords.IsWholePiece(word), reading.Subwords.IsWholePiece(word));
        }

        Assert.True(reading.Subwords.IsWholePiece("gastro"));
        Assert.False(reading.Subwords.IsWholePiece("goverment"));
        Assert.False(reading.Subwords.IsWholePiece(new string('a', 300)));

        Assert.Equal(built.Lexicon.Suggest("goverment").Select(suggestion => suggestion.Word), reading.Lexicon.Suggest("goverment").Select(suggestion => suggestion.Word));
        Assert.Equal(built.WordSequences.SizeInBytes, reading.WordSequences.SizeInBytes);
    }

    [Property(MaxTest = 200)]
    public Property A_cached_file_damaged_anywhere_or_cut_short_is_built_again_never_trusted() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(-1000, 1000)).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            Gen.Elements(Damage.FlipBit, Damage.CutShort, Damage.Grow).ToArbitrary(),
            (numbers, where, damage) =>
            {
                using var folder = new TemporaryFolder("textrepair-cache");
                var cache = new LoadedFormCache(folder.Path);
                byte[] source = Encoding.UTF8.GetBytes(string.Join(' ', numbers));
                int builds = 0;
                int[] Load() => cache.Load("numbers", new MemoryStream(source), stream => { builds++; return Parse(stream); }, (values, writer) => writer.Write<int>(values), reader => reader.ReadArray<int>());

                int[] first = Load();
                string path = cache.PathOf("numbers", new MemoryStream(source));
                byte[] file = File.ReadAllBytes(path);
                int at = where % file.Length;
                File.WriteAllBytes(path, damage switch
                {
                    Damage.FlipBit => [.. file[..at], (byte)(file[at] ^ (1 << (where % 8))), .. file[(at + 1)..]],
                    Damage.CutShort => file[..at],
                    _ => [.. file, 0, 0, 0, 0, 0, 0, 0, 0],
                });

                int[] second = Load();
                int buildsAfterDamage = builds;
                int[] third = Load();
                // A flipped bit in the header's unused bytes changes nothing the reader relies on: then it may be read.
                return first.SequenceEqual(numbers) && second.SequenceEqual(numbers) && third.SequenceEqual(numbers)
                    && buildsAfterDamage is 1 or 2 && builds == buildsAfterDamage
                    && (damage == Damage.FlipBit || buildsAfterDamage == 2);
            });

    [Fact]
    public void A_directory_that_cannot_be_made_leaves_the_resource_built_from_its_source()
    {
        using var folder = new TemporaryFolder("textrepair-cache");
        string notADirectory = folder.Write("file", "a file where the cache directory would be");
        var cache = new LoadedFormCache(Path.Combine(notADirectory, "cache"));
        byte[] source = Encoding.UTF8.GetBytes("1 2 3");
        int[] values = cache.Load("numbers", new MemoryStream(source), Parse, (numbers, writer) => writer.Write<int>(numbers), reader => reader.ReadArray<int>());
        Assert.Equal([1, 2, 3], values);
        Assert.Equal(["file"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Different_sources_keep_files_of_their_own_and_leave_no_temporary_file()
    {
        using var folder = new TemporaryFolder("textrepair-cache");
        var cache = new LoadedFormCache(folder.Path);
        int[] Load(string text) =>
            cache.Load("numbers", new MemoryStream(Encoding.UTF8.GetBytes(text)), Parse, (numbers, writer) => writer.Write<int>(numbers), reader => reader.ReadArray<int>());

        Assert.Equal([1, 2], Load("1 2"));
        Assert.Equal([3], Load("3"));
        Assert.Equal([1, 2], Load("1 2"));
        Assert.Equal([3], Load("3"));
        string[] files = [.. Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName)!];
        Assert.Equal(2, files.Length);
        Assert.All(files, file => Assert.Matches(@"^numbers-\d+-[0-9a-f]{16}\.bin$", file));
    }

    [Fact]
    public void A_source_that_cannot_seek_is_refused_before_anything_is_read_or_written()
    {
        using var folder = new TemporaryFolder("textrepair-cache");
        var cache = new LoadedFormCache(folder.Path);
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.In);
        Assert.Throws<ArgumentException>(() => cache.Load("numbers", pipe, Parse, (numbers, writer) => writer.Write<int>(numbers), reader => reader.ReadArray<int>()));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    private static int[] Parse(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
    }

    public enum Damage
    {
        FlipBit,
        CutShort,
        Grow,
    }
}
