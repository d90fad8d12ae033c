using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TextRepair.Analysis;
using TextRepair.Extensions.DependencyInjection;

namespace TextRepair.Tests.Extensions;

public class DependencyInjectionTests
{
    [Fact]
    public void The_engine_is_a_singleton_built_from_bound_configuration_and_code()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TextRepair:Rules:TR2004"] = "off",
            ["TextRepair:Categories:Fluency"] = "error",
            ["TextRepair:Words:0"] = "Lukashenka",
            ["TextRepair:MaximumFixPasses"] = "3",
        }).Build();
        using ServiceProvider provider = new ServiceCollection()
            .AddTextRepair(configuration.GetSection("TextRepair"), settings => settings.Words.Add("Tsikhanouskaya"))
            .BuildServiceProvider();

        TextRepairOptions options = provider.GetRequiredService<IOptions<TextRepairOptions>>().Value;
        Assert.Equal(3, options.MaximumFixPasses);
        Assert.Equal(SeveritySetting.Off, options.RuleSeverities["TR2004"]);
        Assert.Equal(SeveritySetting.Error, options.CategorySeverities["Fluency"]);
        Assert.Equal(["Lukashenka", "Tsikhanouskaya"], options.UserWords.Order(StringComparer.Ordinal));

        TextRepairEngine engine = provider.GetRequiredService<TextRepairEngine>();
        Assert.Same(engine, provider.GetRequiredService<TextRepairEngine>());
        Assert.Equal(options, engine.Options);
        Assert.DoesNotContain(engine.Analyze("They held a election.").Diagnostics, diagnostic => diagnostic.Id == "TR2004");
    }

    [Fact]
    public void An_unknown_severity_is_a_clear_error()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Rules:TR2004"] = "loud" }).Build();
        using ServiceProvider provider = new ServiceCollection().AddTextRepair(configuration).BuildServiceProvider();
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<TextRepairEngine>());
        Assert.Contains("unknown severity 'loud' for 'TR2004'", error.Message, StringComparison.Ordinal);
    }
}
