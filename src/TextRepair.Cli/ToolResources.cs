using TextRepair.Language;

namespace TextRepair.Cli;

/// <summary>
/// The statistical resources the tool analyses with: the embedded ones, kept in their loaded form in the user's cache
/// directory, so that every run after the first reads them instead of building them (docs/cli.md, "Start-up and
/// batches"). <c>TEXTREPAIR_CACHE_DIR</c> names another directory, or, set empty, turns the cache off.
/// </summary>
internal static class ToolResources
{
    /// <summary>The environment variable that names the cache directory (empty: no cache).</summary>
    public const string CacheDirectoryVariable = "TEXTREPAIR_CACHE_DIR";

    private static readonly Lazy<LanguageResources> Instance = new(() =>
        CacheDirectory() is { } directory ? LanguageResources.CreateEmbedded(directory) : LanguageResources.Default);

    /// <summary>The resources, made on first use.</summary>
    public static LanguageResources Language => Instance.Value;

    /// <summary>
    /// Where the loaded forms are kept: <c>TEXTREPAIR_CACHE_DIR</c> when set (none when it is empty), otherwise
    /// <c>textrepair</c> under the XDG cache directory (<c>$XDG_CACHE_HOME</c>, else <c>~/.cache</c>), or under the
    /// local application data folder on Windows; none when the user has no home.
    /// </summary>
    internal static string? CacheDirectory()
    {
        string? configured = Environment.GetEnvironmentVariable(CacheDirectoryVariable);
        if (configured is not null)
        {
            return configured.Length == 0 ? null : configured;
        }

        if (OperatingSystem.IsWindows())
        {
            string local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return local.Length == 0 ? null : Path.Combine(local, "TextRepair", "Cache");
        }

        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathFullyQualified(xdg))
        {
            return Path.Combine(xdg, "textrepair");
        }

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : Path.Combine(home, ".cache", "textrepair");
    }
}
