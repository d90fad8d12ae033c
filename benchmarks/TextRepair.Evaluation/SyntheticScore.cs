namespace TextRepair.Evaluation;

/// <summary>Recall by defect type and precision of one checker on the synthetic noise.</summary>
public sealed record SyntheticScore(IReadOnlyDictionary<DefectType, (int Found, int Total)> Found, int Hits, int Diagnostics)
{
    public int FoundCount => Found.Values.Sum(value => value.Found);

    public int DefectCount => Found.Values.Sum(value => value.Total);
}
