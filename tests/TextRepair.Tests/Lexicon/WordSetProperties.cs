using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Lexicon;

namespace TextRepair.Tests.Lexicon;

/// <summary>
/// <see cref="WordSet"/> turns words away by length and first letter before it hashes them: its answers must be those
/// of a plain set with the same comparer, for words of any case, script and length.
/// </summary>
public class WordSetProperties
{
    // Letters whose case folds across ASCII and beyond it ("ı" and "I", "K" and the Kelvin sign), marks, digits and
    // surrogate halves, so that short random words often collide with the set's words in length and first letter.
    private static readonly char[] Alphabet = ['a', 'b', 'A', 'B', 'i', 'I', '\u0131', 'k', 'K', '\u212A', 'é', 'É', 'ß', '\'', '\u2019', '-', '0', '\uD83D', '\uDE00'];

    private static Gen<string> Words => Gen.Choose(0, 5).SelectMany(length => Gen.ArrayOf(Gen.Elements(Alphabet), length)).Select(characters => new string(characters));

    [Property(MaxTest = 500)]
    public Property Answers_as_a_plain_set_with_the_same_comparer() =>
        Prop.ForAll(
            Gen.ArrayOf(Words).ToArbitrary(),
            Gen.ArrayOf(Words).ToArbitrary(),
            Gen.Elements(true, false).ToArbitrary(),
            (members, queries, ignoreCase) =>
            {
                var set = new WordSet(members, ignoreCase);
                var expected = new HashSet<string>(members, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

                // Every member, in both cases, and the random queries: answers the first letter test could get wrong.
                IEnumerable<string> asked = queries.Concat(members).Concat(members.Select(word => word.ToUpperInvariant())).Concat(members.Select(word => word.ToLowerInvariant()));
                return asked.All(word => set.Contains(word) == expected.Contains(word)) && set.Count == expected.Count;
            });

    /// <summary>What the first-letter test rests on: ignoring case, no character outside ASCII equals one inside it.</summary>
    [Fact]
    public void Ignoring_case_no_character_outside_ASCII_equals_one_inside()
    {
        Span<char> outside = stackalloc char[1];
        Span<char> inside = stackalloc char[1];
        for (int character = 128; character <= char.MaxValue; character++)
        {
            outside[0] = (char)character;
            for (int ascii = 0; ascii < 128; ascii++)
            {
                inside[0] = (char)ascii;
                Assert.False(MemoryExtensions.Equals(outside, inside, StringComparison.OrdinalIgnoreCase), $"U+{character:X4} equals '{(char)ascii}'");
            }
        }
    }

    [Fact]
    public void A_word_far_longer_than_any_member_is_turned_away_and_a_member_is_found()
    {
        var set = WordSet.Parse("the of and", ignoreCase: true);
        Assert.False(set.Contains(new string('t', 200)));
        Assert.True(set.Contains("THE"));
        Assert.False(set.Contains("then"));
        Assert.False(WordSet.Parse("the of and", ignoreCase: false).Contains("The"));
    }
}
