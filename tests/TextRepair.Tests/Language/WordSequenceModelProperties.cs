using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Language;

namespace TextRepair.Tests.Language;

public class WordSequenceModelProperties
{
    // Frequent words, so that random sequences of them hit stored trigrams and bigrams as well as back-off paths.
    private static readonly string[] Vocabulary =
        "the of and to in a is that for on was with he it as at by from his said have has are be this not but one year new people two government police after state over more first".Split(' ');

    private static Gen<int[]> Sequences(WordSequenceModel model)
    {
        int[] ids = [.. Vocabulary.Select(word => model.GetWordId(word)), WordSequenceModel.NoWord, model.SentenceStart];
        return Gen.ArrayOf(Gen.Elements(ids)).Where(sequence => sequence.Length > 0);
    }

    [Property(MaxTest = 1000)]
    public Property Scoring_word_by_word_equals_scoring_each_word_in_its_two_word_context()
    {
        WordSequenceModel model = LanguageResources.Default.WordSequences;
        return Prop.ForAll(Sequences(model).ToArbitrary(), sequence =>
        {
            WordSequenceState state = model.Start(WordSequenceModel.NoWord, WordSequenceModel.NoWord);
            for (int index = 0; index < sequence.Length; index++)
            {
                int first = index >= 2 ? sequence[index - 2] : WordSequenceModel.NoWord;
                int second = index >= 1 ? sequence[index - 1] : WordSequenceModel.NoWord;
                float carried = model.Next(ref state, sequence[index]);
                if (carried != model.LogProbability(first, second, sequence[index]))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Property(MaxTest = 1000)]
    public Property Every_probability_is_at_most_one() =>
        Prop.ForAll(Gen.Choose(-1, 70_000).Three().ToArbitrary(), triple =>
        {
            WordSequenceModel model = LanguageResources.Default.WordSequences;
            (int first, int second, int word) = triple;
            return model.LogProbability(first, second, word) <= 0;
        });

    [Fact]
    public void Every_stored_trigram_is_found()
    {
        // A history's bigram slot says which words may follow it (a bit per word id modulo 13) so that most misses skip
        // the trigram table: a word it leaves out by mistake would silently fall back to the bigram. Checked for all
        // 1.7 million trigrams (the loaded-form cache keeps the slots as they are, LoadedFormCacheTests).
        WordSequenceModel model = LanguageResources.Default.WordSequences;
        int count = 0;
        foreach ((int first, int second, int word, float stored) in model.GetStoredTrigrams())
        {
            Assert.Equal(stored, model.LogProbability(first, second, word));
            count++;
        }

        Assert.Equal(model.TrigramCount, count);
    }

    [Fact]
    public void A_stored_trigram_is_found_and_differs_from_a_word_order_it_does_not_hold()
    {
        WordSequenceModel model = LanguageResources.Default.WordSequences;
        int one = model.GetWordId("one");
        int of = model.GetWordId("of");
        int the = model.GetWordId("the");
        float stored = model.LogProbability(one, of, the);
        Assert.InRange(stored, -1.5f, 0f);
        Assert.True(stored > model.LogProbability(the, of, one) + 2);
    }
}
