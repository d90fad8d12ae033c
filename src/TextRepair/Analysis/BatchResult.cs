namespace TextRepair.Analysis;

/// <summary>One text's outcome in <see cref="TextRepairEngine.AnalyzeMany"/>: its result, or the error it met.</summary>
/// <param name="Index">The text's position in the input.</param>
/// <param name="Result">The analysis, or null when it failed.</param>
/// <param name="Error">Why it failed, or null.</param>
public sealed record BatchResult(int Index, AnalysisResult? Result, Exception? Error)
{
    /// <summary>Whether the text was analysed.</summary>
    public bool Succeeded => Error is null;
}
