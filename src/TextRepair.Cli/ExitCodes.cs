namespace TextRepair.Cli;

/// <summary>What the tool's exit code says.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the severity threshold.</summary>
    public const int Clean = 0;

    /// <summary>Diagnostics at or above the threshold were found (or, for <c>fix</c>, text was changed is not an error: 0).</summary>
    public const int Found = 1;

    /// <summary>A usage error or an input that could not be read.</summary>
    public const int InputError = 2;
}
