using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Lexicon;

namespace TextRepair.Tests.Lexicon;

public class SuggestionSearchProperties
{
    private static readonly string[] Words =
        "government international information development environment representative beautiful necessary because received accommodate embarrass rhythm separate definitely occurrence minister parliament election protesters police yesterday capital".Split(' ');

    /// <summary>A known word with one or two random edits (delete, insert, substitute, swap neighbours), lowercase.</summary>
    private static Gen<string> Typos() =>
        from word in Gen.Elements(Words)
        from edits in Gen.Choose(1, 2)
        from seed in Gen.Choose(0, int.MaxValue)
        select Damage(word, edits, new Random(seed));

    private static string Damage(string word, int edits, Random random)
    {
        var letters = new List<char>(word);
        for (int edit = 0; edit < edits && letters.Count > 2; edit++)
        {
            int at = random.Next(letters.Count);
            char letter = (char)('a' + random.Next(26));
            switch (random.Next(4))
            {
                case 0:
                    letters.RemoveAt(at);
                    break;
                case 1:
                    letters.Insert(at, letter);
                    break;
                case 2:
                    letters[at] = letter;
                    break;
                default:
                    if (at + 1 < letters.Count)
                    {
                        (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
                    }

                    break;
            }
        }

        return new string([.. letters]);
    }

    /// <summary>
    /// The scan that answers a process's first unknown words and the symmetric-delete index give the same suggestions,
    /// so results never depend on how many words a process has searched before.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property The_scan_and_the_index_suggest_the_same_words() =>
        Prop.ForAll(Typos().ToArbitrary(), typo =>
        {
            EnglishLexicon lexicon = EnglishLexicon.Default;
            List<SpellingSuggestion> byIndex = lexicon.SuggestBy(index: true, typo, 50);
            List<SpellingSuggestion> byScan = lexicon.SuggestBy(index: false, typo, 50);
            return byIndex.SequenceEqual(byScan).Label($"{typo}: index [{string.Join(", ", byIndex)}] scan [{string.Join(", ", byScan)}]");
        });

    [Fact]
    public void Both_searches_find_the_common_word_first()
    {
        EnglishLexicon lexicon = EnglishLexicon.Default;
        Assert.Equal("government", lexicon.SuggestBy(index: false, "goverment", 3)[0].Word);
        Assert.Equal("government", lexicon.SuggestBy(index: true, "goverment", 3)[0].Word);
    }
}
