using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TextRepair.Analysis;

namespace TextRepair.Extensions.DependencyInjection;

/// <summary>Registers TextRepair in a service collection.</summary>
public static class TextRepairServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="TextRepairEngine"/> (immutable and thread-safe, so one serves every request)
    /// and <see cref="IOptions{TextRepairOptions}"/>, built from <see cref="TextRepairSettings"/>, which are bound from
    /// <paramref name="configuration"/> when given and then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddTextRepair(builder.Configuration.GetSection("TextRepair"));
    /// </code>
    /// </example>
    public static IServiceCollection AddTextRepair(this IServiceCollection services, IConfiguration? configuration = null, Action<TextRepairSettings>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<TextRepairSettings> settings = services.AddOptions<TextRepairSettings>();
        if (configuration is not null)
        {
            settings.Bind(configuration);
        }

        if (configure is not null)
        {
            settings.Configure(configure);
        }

        services.TryAddSingleton<IOptions<TextRepairOptions>>(provider =>
            Options.Create(provider.GetRequiredService<IOptions<TextRepairSettings>>().Value.ToOptions()));
        services.TryAddSingleton(provider => TextRepairEngine.CreateDefault(provider.GetRequiredService<IOptions<TextRepairOptions>>().Value));
        return services;
    }
}
