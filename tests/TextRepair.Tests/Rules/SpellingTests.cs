using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexicon;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class SpellingTests
{
    [Theory]
    [InlineData("The {|TR4001:goverment|} said so on Monday.")]
    [InlineData("It was {|TR4001:previusly|} reported by the agency.")]
    [InlineData("They fired two {|TR4001:missles|} at the port.")]
    [InlineData("He arrived in {|TR4002:thecapital|} on Monday.")]
    [InlineData("The {|TR4001:cheif|} {|TR4001:recieved|} a letter.")]
    [InlineData("{|TR4001:Generaly|} speaking, the results were good.")]
    [InlineData("We stared {|TR4002:intothe|} darkness and {|TR4002:kindof|} panicked about {|TR4002:sortof|} everything.")]
    [InlineData("The astronauts waited on the {|TR4002:landingpad|} for hours.")]
    [InlineData("The Chief {|TR4001:Recieved|} a Letter.")]
    [InlineData("Sometimes the {|TR4003:spac eis|} one character early.")]
    [InlineData("{|TR4003:Ands ometimes|} the space is a character late.")]
    [InlineData("This is a {|TR4003:her etofore|} unseen problem.")]
    [InlineData("{|TR4003:Thec at|} sat on the mat.")]
    [InlineData("He said {|TR4003:it s|} over and I {|TR4003:don t|} know why {|TR4003:hes|} late.")]
    [InlineData("Why {|TR4003:dont|} the {|TR4003:childrens|} books sell?")]
    [InlineData("Reuters {|TR4001:reportted|} that the study {|TR4001:coverred|} fish {|TR4001:speces|} such as hake.")]
    [InlineData("A {|TR4001:reprot|} of the {|TR4001:meteing|} said he {|TR4001:holsd|} a {|TR4001:transformd|} view.")]
    [InlineData("Congress President Girish Chodankar {|TR4001:caalled|} him humble, and Gownaris {|TR4001:annswered|} questions.")]
    [InlineData("\"So thank you,\" said Kipchoge {|TR4001:aftwr|} the run.")]
    [InlineData("Tancredo predicts President Trump wins re-election over former Vice President Biden with an {|TR4001:electorral|} count.")]
    [InlineData("He said {|TR4001:teh|} plan {|TR4001:adn|} the budget were ready, and {|TR4001:taht|} was all.")]
    [InlineData("{|TR4001:Teh|} minister resigned on Monday.")]
    [InlineData("There were {|TR4002:alot|} of people at the rally.")]
    [InlineData("The police came {|TR4002:aswell|} and said {|TR4002:noone|} was hurt.")]
    [InlineData("The two leaders thanked {|TR4002:eachother|} after the talks.")]
    [InlineData("It happens {|TR4002:everytime|} the river floods.")]
    public void Reports_unknown_words_and_words_run_together(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR4001", "TR4002", "TR4003");

    [Theory]
    [InlineData("Fars News said the crash happened. Kiara Perkins, a student, agreed.")]
    [InlineData("He was \"[e]xtremely pained\" by the con[c]essions for a millenni[um] of collaborat[ion].")]
    [InlineData("Theres [sic] something in it, and the recieved (sic) letter says so.")]
    [InlineData("The letter s and vitamin d are fine, as is a part of any way.")]
    [InlineData("I can't, it won't, I'll go; we were ill, lets see its shell.")]
    [InlineData("Shiu Ka-chun spoke. Ship owners agreed.")]
    [InlineData("Goodis voiced his objection. Mayr claimed that there was nothing to it.")]
    [InlineData("The court heard judge Alexandre de Moraes and then met Andrea on Monday.")]
    [InlineData(" s")]
    [InlineData("\" t")]
    public void Leaves_names_marked_quotations_and_real_words_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR4001", "TR4002", "TR4003");

    [Theory]
    [InlineData("Sometimes the spac eis one character early.", "space is")]
    [InlineData("Thec at sat on the mat.", "The cat")]
    [InlineData("The refore we left.", "Therefore")]
    [InlineData("That s all.", "That's")]
    [InlineData("Dont go.", "Don't")]
    public void A_misplaced_space_or_lost_apostrophe_is_fixed_on_request_keeping_the_case(string text, string replacement)
    {
        Diagnostic diagnostic = SuggestedOnly.Verify(text, "TR4003");
        Assert.Equal(replacement, Assert.Single(diagnostic.Fixes[0].Changes).NewText);
    }

    [Theory]
    [InlineData("Lukashenko met Putin in Sochi, and Tsikhanouskaya spoke in Vilnius.")]
    [InlineData("The reopenings of unvaccinated podcasters came after the lockdown.")]
    [InlineData("They agreed the refiled, rebooted and reposted bills were fine, and she cosplayed.")]
    [InlineData("The brines were salty. Scientists studied the brines.")]
    [InlineData("In his speech he said: a pesar de contar con el mandato del pueblo que me eligió, hoy siento que continuar aquí es difícil.")]
    [InlineData("The shark Carcharodon carcharias swam en masse near www.example.org and file_name.txt.")]
    [InlineData("The ants Pheidole megacephala and Solenopsis invicta spread, and radio host Charlamagne tha God spoke.")]
    [InlineData("The birds returned to the colony en masse, and Canis lupus and Homo sapiens were named.")]
    [InlineData("He quoted the minister: Maduro dijo que la oposición no ganará las elecciones de mañana en Caracas.")]
    [InlineData("It was a naïve and café-style plan from 2020s COVID-19 talks, the people's choice.")]
    [InlineData("The takedown notices followed the lockdown.")]
    [InlineData("Everyday life and overtime pay mattered to every homeowner, each one a landowner.")]
    [InlineData("The app ran on ios and the fans wrote lol, as the cdc and nsa did.")]
    public void Leaves_names_known_words_and_foreign_text_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text, "TR4001", "TR4002");

    [Theory]
    [InlineData("I believe it is nto the case.", "not")]
    [InlineData("He said teh plan was ready.", "the")]
    [InlineData("Officials said the plan was nto ready.", "not")]
    public void A_swap_of_two_neighbouring_letters_is_the_first_suggestion(string text, string first)
    {
        Diagnostic diagnostic = Assert.Single(Engines.Default.Analyze(text).Diagnostics, d => d.Id == "TR4001");
        Assert.Equal(first, diagnostic.Fixes[0].Changes[0].NewText);
    }

    [Fact]
    public void Suggestions_keep_the_case_and_are_never_automatic()
    {
        Diagnostic diagnostic = Assert.Single(Engines.Default.Analyze("The goverment met.").Diagnostics);
        Assert.Equal("government", diagnostic.Fixes[0].Changes[0].NewText);
        Assert.All(diagnostic.Fixes, fix => Assert.Equal(FixApplicability.Suggested, fix.Applicability));
        Assert.Equal("The goverment met.", Engines.Default.Repair("The goverment met."));
    }

    [Fact]
    public void A_split_comes_first_and_the_corrections_follow()
    {
        Diagnostic diagnostic = Assert.Single(Engines.Default.Analyze("He arrived in thecapital today.").Diagnostics);
        Assert.Equal("TR4002", diagnostic.Id);
        Assert.Equal(" ", diagnostic.Fixes[0].Changes[0].NewText);
        Assert.Equal(17, diagnostic.Fixes[0].Changes[0].Span.Start);
    }

    [Fact]
    public void User_words_are_not_flagged()
    {
        TextRepairEngine engine = TextRepairEngine.CreateDefault(TextRepairOptions.Default.WithUserWords(["goverment"]));
        Assert.Empty(engine.Analyze("The goverment met.").Diagnostics);
    }

    [Fact]
    public void A_user_dictionary_file_is_read_one_word_a_line()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# newsroom words", "", "goverment", "  Lukashenka  "]);
            TextRepairOptions options = TextRepairOptions.Default.WithUserWordsFromFile(path);
            Assert.Equal(["Lukashenka", "goverment"], options.UserWords.Order(StringComparer.Ordinal));
            Assert.Empty(TextRepairEngine.CreateDefault(options).Analyze("The goverment met.").Diagnostics);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_lexicon_knows_common_words_and_ranks_suggestions()
    {
        EnglishLexicon lexicon = EnglishLexicon.Default;
        Assert.True(lexicon.Contains("the"));
        Assert.True(lexicon.Contains("The"));
        Assert.True(lexicon.Contains("doesn’t"));
        Assert.False(lexicon.Contains("goverment"));
        Assert.True(lexicon.TryGetWord("Kremlin", out WordInfo kremlin) && kremlin.Level > 0);
        Assert.Equal("government", lexicon.Suggest("goverment")[0].Word);
        Assert.Equal("receive", lexicon.Suggest("recieve")[0].Word);
        Assert.Equal("the", lexicon.Suggest("teh")[0].Word);
        Assert.True(lexicon.GetBigramCount("the", "capital") > 100_000);
    }

    [Fact]
    public void The_anagram_check_misses_no_word_a_swap_of_two_letters_makes()
    {
        // The check only spares lookups: whenever swapping two neighbouring letters gives a word counted at least the
        // threshold, it must say yes. Checked on every word of the clean paragraphs and a typo of each, by brute force.
        const long Threshold = 10_000_000;
        EnglishLexicon lexicon = EnglishLexicon.Default;
        var words = new HashSet<string>(StringComparer.Ordinal) { "Recieved", "CHEIF", "Teh", "Lukashenko", "naïve", "don’t" };
        foreach (string piece in TestData.WikinewsParagraphs.SelectMany(paragraph => paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            string word = piece.Trim('"', '“', '”', ',', '.', '(', ')', ':', ';', '?', '!');
            words.Add(word);
            if (word.Length > 3)
            {
                words.Add(string.Concat(word.AsSpan(0, 1), word.AsSpan(2, 1), word.AsSpan(1, 1), word.AsSpan(3)));
            }
        }

        int saidNo = 0;
        foreach (string word in words)
        {
            bool swapMakesCommonWord = false;
            for (int at = 0; at + 1 < word.Length && !swapMakesCommonWord; at++)
            {
                char[] swapped = word.ToCharArray();
                (swapped[at], swapped[at + 1]) = (swapped[at + 1], swapped[at]);
                swapMakesCommonWord = lexicon.GetCount(swapped) >= Threshold;
            }

            bool anagram = lexicon.HasAnagramCountedAtLeast(word, Threshold);
            Assert.True(anagram || !swapMakesCommonWord, word);
            saidNo += anagram ? 0 : 1;
        }

        // And it spares most of them.
        Assert.True(saidNo * 2 > words.Count, $"{saidNo} of {words.Count}");
    }
}
