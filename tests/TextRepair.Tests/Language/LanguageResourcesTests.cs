using TextRepair.Language;
using TextRepair.Lexicon;

namespace TextRepair.Tests.Language;

public class LanguageResourcesTests
{
    [Fact]
    public async Task Loading_in_the_background_gives_the_resources_the_properties_then_return()
    {
        int lexiconLoads = 0;
        var resources = new LanguageResources(
            () =>
            {
                Interlocked.Increment(ref lexiconLoads);
                return EnglishLexicon.Default;
            },
            () => LanguageResources.Default.WordSequences,
            () => LanguageResources.Default.PartsOfSpeech);
        Task loading = resources.StartLoading();
        // A property asked while the load runs waits for it instead of loading a second time.
        Assert.Same(EnglishLexicon.Default, resources.Lexicon);
        await loading;
        Assert.Same(LanguageResources.Default.WordSequences, resources.WordSequences);
        Assert.Equal(1, lexiconLoads);
    }

    [Fact]
    public async Task A_resource_that_cannot_load_faults_the_task_and_the_property_says_why()
    {
        var resources = new LanguageResources(
            () => EnglishLexicon.Default,
            () => throw new InvalidDataException("The word-sequence model ends early."),
            () => LanguageResources.Default.PartsOfSpeech);
        await Assert.ThrowsAsync<InvalidDataException>(resources.StartLoading);
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => resources.WordSequences);
        Assert.Contains("ends early", error.Message);
        Assert.Same(EnglishLexicon.Default, resources.Lexicon);
    }
}
