using System.IO.Hashing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Lexicon;

namespace TextRepair.Tests.Lexicon;

public class LoadedFormHashProperties
{
    [Property(MaxTest = 500)]
    public Property The_hash_is_XXH64_of_the_bytes_however_they_are_split_into_appends() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 255).Select(value => (byte)value)).ToArbitrary(),
            Gen.ArrayOf(Gen.Choose(0, 70)).ToArbitrary(),
            (bytes, pieces) =>
            {
                var hash = new LoadedFormHash();
                int at = 0;
                foreach (int piece in pieces)
                {
                    int length = Math.Min(piece, bytes.Length - at);
                    hash.Append(bytes.AsSpan(at, length));
                    at += length;
                }

                hash.Append(bytes.AsSpan(at));
                return hash.GetCurrentHash() == XxHash64.HashToUInt64(bytes);
            });

    [Fact]
    public void A_long_input_and_none_hash_as_XXH64()
    {
        byte[] bytes = [.. Enumerable.Range(0, 100_003).Select(index => (byte)(index * 31))];
        var hash = new LoadedFormHash();
        Assert.Equal(XxHash64.HashToUInt64([]), hash.GetCurrentHash());
        Assert.Equal(0xEF46DB3751D8E999UL, hash.GetCurrentHash());
        hash.Append(bytes);
        Assert.Equal(XxHash64.HashToUInt64(bytes), hash.GetCurrentHash());
    }
}
