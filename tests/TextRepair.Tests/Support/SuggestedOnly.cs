using TextRepair.Analysis;
using TextRepair.Fixes;

namespace TextRepair.Tests.Support;

/// <summary>The shape of "reported, but fixed only on request": one diagnostic of a rule with one suggested fix, and Repair leaves the text as it is.</summary>
internal static class SuggestedOnly
{
    /// <summary>Asserts that <paramref name="text"/> has exactly one <paramref name="id"/> diagnostic, its only fix is suggested, and the default engine's Repair changes nothing; returns the diagnostic.</summary>
    public static Diagnostic Verify(string text, string id)
    {
        Diagnostic diagnostic = Assert.Single(Engines.Default.Analyze(text).Diagnostics, d => d.Id == id);
        Assert.Equal(FixApplicability.Suggested, Assert.Single(diagnostic.Fixes).Applicability);
        Assert.Equal(text, Engines.Default.Repair(text));
        return diagnostic;
    }
}
