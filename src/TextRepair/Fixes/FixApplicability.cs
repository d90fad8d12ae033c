namespace TextRepair.Fixes;

/// <summary>Whether a fix may be applied without a human look.</summary>
public enum FixApplicability
{
    /// <summary>Safe: fix-all and <c>Repair</c> apply it.</summary>
    Automatic,

    /// <summary>Probably right, but a human should choose: offered, never applied by fix-all.</summary>
    Suggested,
}
