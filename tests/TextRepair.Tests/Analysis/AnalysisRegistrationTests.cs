using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Lexing;

namespace TextRepair.Tests.Analysis;

/// <summary>An analyzer of several rules registers the actions of the rules the options turn on, and only those run.</summary>
public class AnalysisRegistrationTests
{
    [Fact]
    public void A_rule_turned_off_has_its_action_left_out()
    {
        var analyzer = new TwoRules();
        TextRepairOptions options = TextRepairOptions.Default.WithRuleSeverity("TR9912", SeveritySetting.Off);
        TextRepairEngine engine = TextRepairEngine.Create([analyzer], options);

        AnalysisResult result = engine.Analyze("Two words.");

        Assert.Equal(["TR9911"], result.Diagnostics.Select(diagnostic => diagnostic.Id).Distinct());
        Assert.Equal(2, analyzer.WordCalls);
        Assert.Equal(0, analyzer.SpaceCalls);
        Assert.Equal([true, false], analyzer.Answers);
    }

    [Fact]
    public void Both_rules_on_register_both_actions()
    {
        var analyzer = new TwoRules();
        TextRepairEngine engine = TextRepairEngine.Create([analyzer]);

        AnalysisResult result = engine.Analyze("Two words.");

        Assert.Equal(["TR9911", "TR9912"], result.Diagnostics.Select(diagnostic => diagnostic.Id).Distinct().Order());
        Assert.Equal(1, analyzer.SpaceCalls);
        Assert.Equal([true, true], analyzer.Answers);
    }

    private sealed class TwoRules : Analyzer
    {
        private static readonly DiagnosticDescriptor WordRule = new("TR9911", "Words", "{0}", DiagnosticCategory.Words, DiagnosticSeverity.Info);
        private static readonly DiagnosticDescriptor SpaceRule = new("TR9912", "Spaces", "{0}", DiagnosticCategory.Punctuation, DiagnosticSeverity.Info);

        public int WordCalls { get; private set; }

        public int SpaceCalls { get; private set; }

        public List<bool> Answers { get; } = [];

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [WordRule, SpaceRule];

        protected override void Register(AnalysisRegistration registration)
        {
            Answers.Add(registration.IsEnabled(WordRule));
            Answers.Add(registration.IsEnabled(SpaceRule));
            if (registration.IsEnabled(WordRule))
            {
                registration.RegisterTokenAction(AnalyzeWord, TokenKind.Word);
            }

            if (registration.IsEnabled(SpaceRule))
            {
                registration.RegisterTokenAction(AnalyzeSpace, TokenKind.Whitespace);
            }
        }

        private void AnalyzeWord(TokenAnalysisContext context)
        {
            WordCalls++;
            context.Report(WordRule, context.Token.Span, "word");
        }

        private void AnalyzeSpace(TokenAnalysisContext context)
        {
            SpaceCalls++;
            context.Report(SpaceRule, context.Token.Span, "space");
        }
    }
}
