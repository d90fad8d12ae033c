namespace TextRepair.Data;

/// <summary>
/// Opens this assembly's resources for the library: reached through a type rather than by loading the assembly by name,
/// so a trimmed or Native AOT build keeps the assembly and its resources.
/// </summary>
internal static class DataAssembly
{
    /// <summary>The resource <paramref name="logicalName"/>, or null when the assembly has none of that name.</summary>
    public static Stream? Open(string logicalName) => typeof(DataAssembly).Assembly.GetManifestResourceStream(logicalName);
}
