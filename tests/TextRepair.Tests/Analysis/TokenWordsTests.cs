using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Analysis;
using TextRepair.Language;
using TextRepair.Lexing;

namespace TextRepair.Tests.Analysis;

/// <summary>
/// The per-token answers the rules share (<see cref="TokenWords"/>, over <see cref="LexiconLinks"/>) are the answers of
/// the resources asked directly: for every word token, the first time a spelling is met and every time after.
/// </summary>
public class TokenWordsTests
{
    // Spellings that file under one lexicon entry but differ in case, apostrophe or script, long and non-ASCII words,
    // possessives, and words none of the tables hold.
    private static readonly string[] Words =
    [
        "the", "The", "THE", "don't", "don’t", "Don't", "DON’T", "people's", "people", "People", "us", "US", "Us",
        "may", "May", "march", "March", "café", "Café", "naïve", "İstanbul", "ǅemal", "ǆemal", "straße", "Straße",
        "said", "Said", "record", "records", "government", "goverment", "xqzv", "Minsk", "Lukashenko", "and", "AND",
        "a", "A", "I", "i", "antidisestablishmentarianismsupercalifragilisticexpialidocious", "co-operation", "e-mail",
    ];

    [Fact]
    public void Every_word_of_the_Wikinews_paragraphs_gets_the_resources_own_answers()
    {
        var checker = new Checker();
        TextRepairEngine engine = TextRepairEngine.Create([checker], language: FreshResources());
        foreach (string paragraph in Support.TestData.WikinewsParagraphs)
        {
            engine.Analyze(paragraph);
        }

        Assert.True(checker.Checked > 10_000, $"only {checker.Checked} words checked");
        Assert.Empty(checker.Mismatches);
    }

    [Property(MaxTest = 200)]
    public Property Any_mix_of_spellings_gets_the_resources_own_answers_first_time_and_kept() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Words)).Where(words => words.Length > 0).ToArbitrary(), words =>
        {
            var checker = new Checker();
            TextRepairEngine engine = TextRepairEngine.Create([checker], language: FreshResources());

            // Twice: the second analysis reads every answer the first one kept.
            string text = string.Join(' ', words) + ".";
            engine.Analyze(text);
            engine.Analyze(text);
            return checker.Mismatches.Count == 0 && checker.Checked == 2 * words.Length;
        });

    [Fact]
    public void Every_word_class_fits_the_15_bits_the_kept_answers_hold_it_in() =>
        Assert.All(Enum.GetValues<WordClass>(), value => Assert.InRange((int)value, 0, (1 << 15) - 1));

    /// <summary>The built-in resources with links of their own, so that each test starts with nothing kept.</summary>
    private static LanguageResources FreshResources()
    {
        LanguageResources shared = LanguageResources.Default;
        return new LanguageResources(() => shared.Lexicon, () => shared.WordSequences, () => shared.PartsOfSpeech);
    }

    /// <summary>A sentence action that asks the shared answers and the resources for every word token and records what differs.</summary>
    private sealed class Checker : Analyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TR9902", "Checks", "{0}", DiagnosticCategory.Words, DiagnosticSeverity.Info);

        public List<string> Mismatches { get; } = [];

        public int Checked { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        protected override void Register(AnalysisRegistration registration) => registration.RegisterSentenceAction(Check);

        private void Check(SentenceAnalysisContext context)
        {
            LanguageResources language = context.Language;
            for (int index = context.Sentence.FirstToken; index < context.Sentence.FirstToken + context.Sentence.TokenCount; index++)
            {
                Token token = context.Tokens[index];
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                string word = token.GetText(context.Text).ToString();
                WordClass classes = context.Words.GetClasses(index, out WordClass primary);
                WordClass expectedClasses = language.PartsOfSpeech.GetClasses(word, out WordClass expectedPrimary);
                if (context.Words.GetModelId(index) != language.WordSequences.GetWordId(word)
                    || context.Words.IsInLexicon(index) != language.Lexicon.Contains(word)
                    || classes != expectedClasses || primary != expectedPrimary)
                {
                    Mismatches.Add(word);
                }

                Checked++;
            }
        }
    }
}
