using TextRepair.Language;
using TextRepair.Lexicon;

namespace TextRepair.Tests.Lexicon;

public class EnglishLexiconTests
{
    [Fact]
    public void Every_word_finds_its_own_entry_in_any_case_whether_frequent_or_rare()
    {
        EnglishLexicon lexicon = LanguageResources.Default.Lexicon;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int index = 0; index < lexicon.Count; index++)
        {
            first.TryAdd(lexicon.GetWord(index).ToString(), index);
        }

        var wrong = new List<string>();
        foreach ((string word, int index) in first)
        {
            if (lexicon.IndexOf(word) != index || (word.All(char.IsAsciiLetterLower) && lexicon.IndexOf(word.ToUpperInvariant()) != index))
            {
                wrong.Add(word);
            }
        }

        Assert.True(first.Count > 150_000);
        Assert.Empty(wrong);
        Assert.Equal(-1, lexicon.IndexOf("xqzvw"));
    }
}
