using TextRepair.Language;
using TextRepair.Rules.Punctuation;

namespace TextRepair.Tests.Analysis;

public class LanguageLoadingTests
{
    [Fact]
    public void A_default_engine_starts_loading_its_resources_when_created()
    {
        using var lexicon = new ManualResetEventSlim();
        using var model = new ManualResetEventSlim();
        using var classes = new ManualResetEventSlim();
        var language = new LanguageResources(
            () => { lexicon.Set(); return LanguageResources.Default.Lexicon; },
            () => { model.Set(); return LanguageResources.Default.WordSequences; },
            () => { classes.Set(); return LanguageResources.Default.PartsOfSpeech; });

        TextRepairEngine engine = TextRepairEngine.CreateDefault(language: language);

        // No analysis has run: the three loads were started by the engine's creation, on the thread pool.
        Assert.True(lexicon.Wait(TimeSpan.FromSeconds(30)) && model.Wait(TimeSpan.FromSeconds(30)) && classes.Wait(TimeSpan.FromSeconds(30)));
        Assert.Equal("TR4001", Assert.Single(engine.Analyze("The goverment met.").Diagnostics).Id);
    }

    [Fact]
    public void An_engine_of_other_analyzers_loads_only_what_they_read()
    {
        int loads = 0;
        var language = new LanguageResources(
            () => { Interlocked.Increment(ref loads); return LanguageResources.Default.Lexicon; },
            () => { Interlocked.Increment(ref loads); return LanguageResources.Default.WordSequences; },
            () => { Interlocked.Increment(ref loads); return LanguageResources.Default.PartsOfSpeech; });

        // A number glued to its unit is found without any of the three.
        TextRepairEngine engine = TextRepairEngine.Create([new UnitSpacingAnalyzer()], language: language);
        Assert.Equal("TR3008", Assert.Single(engine.Analyze("They walked 5km on Monday.").Diagnostics).Id);
        Thread.Sleep(200);
        Assert.Equal(0, Volatile.Read(ref loads));
    }
}
