namespace TextRepair.Evaluation;

/// <summary>TextRepair with its default rules, on the corpus text.</summary>
public sealed class TextRepairChecker : Checker
{
    public TextRepairChecker(TextRepairEngine engine)
        : base("TextRepair") => Engine = engine;

    public TextRepairEngine Engine { get; }

    public override IReadOnlyList<List<Finding>> Check(Corpus corpus) =>
        Distribute(corpus, Engine.Analyze(corpus.Text).Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Span)));
}
