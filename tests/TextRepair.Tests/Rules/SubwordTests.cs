using Microsoft.ML.Tokenizers;
using TextRepair.Analysis;
using TextRepair.Lexicon;
using TextRepair.Tests.Support;
using TextRepair.Text;

namespace TextRepair.Tests.Rules;

public class SubwordTests
{
    [Fact]
    public void Cl100k_holds_common_words_whole_and_splits_typos_and_garbled_words()
    {
        SubwordView view = SubwordView.Cl100k;
        Assert.True(view.IsWholePiece("government"));
        Assert.Equal(2, view.CountPieces("goverment"));
        Assert.Equal(3, view.CountPieces("Catserina"));
        Assert.Equal(2, view.CountPieces("aOn"));
    }

    [Fact]
    public void The_vocabulary_answers_whole_pieces_as_the_tokenizer_does()
    {
        // Every spelling of the clean paragraphs, with and without the marks around it (names, numbers, hyphens,
        // apostrophes, accents), and each with two letters swapped (typos): the whole-word reading of the vocabulary
        // must agree with the tokenizer's count.
        var tokenizer = new SubwordView(TiktokenTokenizer.CreateForModel("gpt-4"));
        var words = new HashSet<string>(StringComparer.Ordinal) { "Zürich", "naïve", "café", "don’t", "e-mail", "COVID-19", "ﬁnance", "Ǆemal" };
        foreach (string piece in TestData.WikinewsParagraphs.SelectMany(paragraph => paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            words.Add(piece);
            string word = piece.Trim('"', '“', '”', ',', '.', '(', ')', ':', ';', '?', '!');
            words.Add(word);
            if (word.Length > 3)
            {
                words.Add(string.Concat(word.AsSpan(0, 1), word.AsSpan(2, 1), word.AsSpan(1, 1), word.AsSpan(3)));
            }
        }

        Assert.True(words.Count > 20_000, $"only {words.Count} words");
        string[] disagreeing = [.. words.Where(word => SubwordView.Cl100k.IsWholePiece(word) != (tokenizer.CountPieces(word) == 1))];
        Assert.Empty(disagreeing);
    }

    [Fact]
    public void Diagnostics_map_onto_the_model_tokens_they_cover()
    {
        const string text = "Later aOn Sunday they met.";
        var tokenizer = TiktokenTokenizer.CreateForModel("gpt-4");
        IReadOnlyList<EncodedToken> tokens = tokenizer.EncodeToTokens(text, out _);
        Diagnostic diagnostic = Assert.Single(Engines.Default.Analyze(text).Diagnostics);
        IReadOnlyList<int> covering = TokenSpanMapper.TokensCovering(tokens, text.Length, [diagnostic.Span])[0];
        Assert.Equal([" a", "On"], covering.Select(index => tokens[index].Value));

        TextSpan[] spans = TokenSpanMapper.ToSpans(tokens, text.Length);
        Assert.Equal(text, string.Concat(spans.Select(span => text.Substring(span.Start, span.Length))));
        Assert.Equal([0], TokenSpanMapper.TokensCovering(tokens, text.Length, new TextSpan(0, 0)));
    }

    [Fact]
    public void The_subword_signal_can_be_turned_off()
    {
        // "gastro" is unknown to the word lists but one piece for cl100k: trusted only with the signal on.
        const string text = "There are also frequent gastro outbreaks in the city.";
        Assert.Empty(Engines.Default.Analyze(text).Diagnostics);
        TextRepairEngine lexiconOnly = TextRepairEngine.CreateDefault(TextRepairOptions.Default with { UseSubwordSignal = false });
        Assert.Equal("TR4001", Assert.Single(lexiconOnly.Analyze(text).Diagnostics).Id);
    }
}
