using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Lexicon;

namespace TextRepair.Tests.Lexicon;

public class WordTableProperties
{
    private static readonly char[] Alphabet = ['a', 'z', 'A', 'Z', '@', '[', '`', '{', '\'', '\u2019', 'É', 'é', 'ß', 'İ', 'Σ', '\uD83D', '\uDE00', '-', '0'];

    [Property(MaxTest = 1000)]
    public Property Folding_and_hashing_in_one_pass_answers_as_folding_then_hashing() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Alphabet)).Select(characters => new string(characters)).ToArbitrary(),
            Gen.Elements(true, false).ToArbitrary(),
            (word, lowercase) =>
            {
                char[] expected = new char[word.Length];
                WordTable.Fold(word, expected, lowercase);
                char[] folded = new char[word.Length];
                int hash = WordTable.FoldAndHash(word, folded, lowercase);
                return folded.AsSpan().SequenceEqual(expected) && hash == WordTable.Hash(expected);
            });

    [Property(MaxTest = 1000)]
    public Property A_short_ASCII_word_packs_to_a_key_of_its_own_folded_spelling() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Alphabet)).Select(characters => new string(characters)).ToArbitrary(),
            Gen.ArrayOf(Gen.Elements(Alphabet)).Select(characters => new string(characters)).ToArbitrary(),
            (left, right) =>
            {
                bool packs = ShortWordTable.TryFoldAndPack(left, new char[left.Length], out ulong leftKey);
                bool expected = left.Length is > 0 and <= ShortWordTable.MaximumLength && left.All(character => character is > '\0' and < '\u0080');
                if (!packs || !ShortWordTable.TryFoldAndPack(right, new char[right.Length], out ulong rightKey))
                {
                    return packs == expected;
                }

                char[] leftFolded = new char[left.Length];
                char[] rightFolded = new char[right.Length];
                WordTable.Fold(left, leftFolded, lowercase: true);
                WordTable.Fold(right, rightFolded, lowercase: true);
                return expected && (leftKey == rightKey) == leftFolded.AsSpan().SequenceEqual(rightFolded);
            });

    [Fact]
    public void A_short_word_table_finds_the_short_words_it_was_given_and_no_other()
    {
        string[] list = ["the", "said", "a", "government", "café", "i", "don't", "minister"];
        WordTable words = WordTable.ReadRows(string.Concat(list.Select(word => word + "\t\n")), static (_, _) => { });
        var table = new ShortWordTable(words, [0, 1, 2, 3, 4, 6, 7]);
        Assert.Equal(5, table.Count);
        int Find(string word) => ShortWordTable.TryFoldAndPack(word, new char[word.Length], out ulong key) ? table.IndexOf(key) : -2;
        Assert.Equal([0, 1, 2, 6, 7], new[] { "The", "SAID", "a", "don't", "Minister" }.Select(Find));
        Assert.Equal(-1, Find("i"));
        Assert.Equal(-1, Find("thee"));
        Assert.Equal(-2, Find("government"));
        Assert.Equal(-2, Find("café"));
    }
}
