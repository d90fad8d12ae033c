using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Lexing;
using TextRepair.Rules;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Analysis;

/// <summary>
/// An analyzer that throws costs its own findings at that place and nothing else: the driver reports TR0001 where the
/// action was, and every other action, the built-in rules included, runs as without it.
/// </summary>
public class AnalyzerFailureTests
{
    private const string Text = "The team won the the game. It was a boom day.\n\nA crash came later. Their their fans left.";

    [Fact]
    public void A_throwing_action_is_reported_where_it_threw_and_the_other_rules_run()
    {
        TextRepairEngine withFaults = TextRepairEngine.Create([.. BuiltInAnalyzers.All, new Faulty()]);
        AnalysisResult result = withFaults.Analyze(Text);

        // Everything the built-in rules find is found, at the same places.
        string[] builtIn = Engines.Default.Analyze(Text).Diagnostics.Select(Describe).ToArray();
        Assert.Equal(builtIn, result.Diagnostics.Where(diagnostic => diagnostic.Id is not ("TR0001" or "TR9921")).Select(Describe));
        Assert.Contains("TR2002", builtIn.Select(description => description[..6]));

        // The faulty analyzer's own finding before it threw is kept; each throw is one TR0001 where it happened.
        Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "TR9921");
        Diagnostic[] failures = [.. result.Diagnostics.Where(diagnostic => diagnostic.Id == "TR0001")];
        Assert.Equal(["boom", string.Empty, "A crash came later."], failures.Select(failure => Text[failure.Span.Start..failure.Span.End]));
        Assert.Equal(Text.IndexOf("A crash", StringComparison.Ordinal), failures[1].Span.Start);
        Assert.All(failures, failure => Assert.Equal(DiagnosticSeverity.Warning, failure.Severity));
        Assert.All(failures, failure => Assert.Contains("Faulty", failure.Message, StringComparison.Ordinal));
        Assert.Contains("token", failures[0].Message, StringComparison.Ordinal);
        Assert.Contains("NotSupportedException", failures[1].Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", failures[2].Message, StringComparison.Ordinal);
        Assert.Empty(failures.SelectMany(failure => failure.Fixes));
        Assert.Equal(Engines.Default.Repair(Text), withFaults.Repair(Text));
    }

    [Fact]
    public void The_failure_rule_can_be_turned_off_like_any_other()
    {
        TextRepairOptions options = TextRepairOptions.Default.WithRuleSeverity("TR0001", SeveritySetting.Off);
        AnalysisResult result = TextRepairEngine.Create([new Faulty()], options).Analyze(Text);
        Assert.Equal(["TR9921"], result.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Contains(TextRepairEngine.Create([new Faulty()]).Rules, rule => rule.Id == "TR0001");
    }

    [Fact]
    public void Cancellation_inside_an_action_is_not_a_failure()
    {
        TextRepairEngine engine = TextRepairEngine.Create([new Cancelling()]);
        Assert.Throws<OperationCanceledException>(() => engine.Analyze("Any text at all."));
    }

    private static string Describe(Diagnostic diagnostic) => $"{diagnostic.Id} {diagnostic.Span} {diagnostic.Message}";

    /// <summary>Throws on the word "boom", on a sentence with "crash" and on a paragraph that opens with "A".</summary>
    private sealed class Faulty : Analyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TR9921", "Faulty", "{0}", DiagnosticCategory.Words, DiagnosticSeverity.Info);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        protected override void Register(AnalysisRegistration registration)
        {
            registration.RegisterTokenAction(
                context =>
                {
                    if (context.TokenText.SequenceEqual("boom"))
                    {
                        throw new ArgumentException("a word it cannot take");
                    }
                },
                TokenKind.Word);
            registration.RegisterSentenceAction(context =>
            {
                if (context.Text[context.SentenceTokens[0].Start..].StartsWith("The team", StringComparison.Ordinal))
                {
                    context.Report(Rule, context.SentenceTokens[0].Span, "reported before the throw");
                }

                if (context.Text.Slice(context.SentenceTokens[0].Start, context.SentenceTokens[^1].End - context.SentenceTokens[0].Start).Contains("crash", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("a sentence it cannot take");
                }
            });
            registration.RegisterParagraphAction(context =>
            {
                if (context.Text.StartsWith("A ", StringComparison.Ordinal))
                {
                    throw new NotSupportedException("a paragraph it cannot take");
                }
            });
        }
    }

    private sealed class Cancelling : Analyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TR9922", "Cancelling", "{0}", DiagnosticCategory.Words, DiagnosticSeverity.Info);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        protected override void Register(AnalysisRegistration registration) =>
            registration.RegisterSentenceAction(_ => throw new OperationCanceledException());
    }
}
