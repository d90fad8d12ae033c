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
}
