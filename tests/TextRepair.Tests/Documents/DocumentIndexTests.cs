using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Documents;
using TextRepair.Language;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Tests.Documents;

/// <summary>
/// A document-level rule written by a rule author against the public API (a summary per paragraph and a
/// <see cref="DocumentIndex{TSummary}"/>): an acronym the document uses only once. Its findings follow edits in other
/// paragraphs, and every version equals a fresh analysis. (Its overrides are <c>protected internal</c> only because this
/// assembly sees the library's internals; a rule author's are <c>protected</c>.)
/// </summary>
public class DocumentIndexTests
{
    private static readonly TextRepairEngine Engine = TextRepairEngine.Create([new LoneAcronymAnalyzer()]);

    [Fact]
    public void A_second_use_in_another_paragraph_clears_the_finding_and_removing_it_brings_it_back()
    {
        TextDocument first = TextDocument.Create(Engine, "The OSCE observed the vote.\n\nThe results were announced.\n\nNobody disputed them.");
        Diagnostic lone = Assert.Single(first.GetDiagnostics());
        Assert.Equal("OSCE", first.Text.ToString(lone.Span));

        // The edit is two paragraphs away from the finding: only the index can tell the first paragraph it changed.
        int at = first.Text.ToString().IndexOf("Nobody", StringComparison.Ordinal);
        TextDocument second = first.WithChange(TextChange.Insert(at, "The OSCE agreed. "));
        Assert.Empty(second.GetDiagnostics());
        DiagnosticChanges changes = second.GetDiagnosticChanges(first);
        Assert.Equal("OSCE", first.Text.ToString(Assert.Single(changes.Removed).Span));
        Assert.Empty(changes.Added);

        TextDocument third = second.WithChange(new TextChange(new TextSpan(at, "The OSCE agreed. ".Length), string.Empty));
        Assert.Equal(first.GetDiagnostics().Select(diagnostic => diagnostic.Span), third.GetDiagnostics().Select(diagnostic => diagnostic.Span));
    }

    [Fact]
    public void Every_version_equals_a_fresh_analysis()
    {
        var random = new Random(7);
        string[] words = ["NATO", "OSCE", "EU", "the", "vote", "UN"];
        string Paragraph() => string.Join(' ', Enumerable.Range(0, 6).Select(_ => words[random.Next(words.Length)])) + ".";
        TextDocument document = TextDocument.Create(Engine, string.Join("\n\n", Enumerable.Range(0, 30).Select(_ => Paragraph())));
        for (int edit = 0; edit < 200; edit++)
        {
            int start = random.Next(document.Text.Length);
            int removed = Math.Min(random.Next(0, 6), document.Text.Length - start);
            document = document.WithChange(new TextChange(new TextSpan(start, removed), random.Next(3) == 0 ? "\n\n" + Paragraph() : words[random.Next(words.Length)] + " "));
            Assert.Equal(
                Engine.Analyze(document.Text.ToString()).Diagnostics.Select(diagnostic => (diagnostic.Span, diagnostic.Message)),
                document.GetDiagnostics().Select(diagnostic => (diagnostic.Span, diagnostic.Message)));
        }
    }

    /// <summary>TR9901: an acronym the document uses only once (a rule as a rule author writes one).</summary>
    private sealed class LoneAcronymAnalyzer : Analyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TR9901", "Lone acronym", "'{0}' is used only once", DiagnosticCategory.Consistency, DiagnosticSeverity.Info);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        protected override void Register(AnalysisRegistration registration) =>
            registration.RegisterSummarizedDocumentAction(Summarize, static _ => new Index());

        private static (int Offset, string Word)[] Summarize(ParagraphAnalysisContext context)
        {
            var acronyms = new List<(int, string)>();
            foreach (Token token in context.Tokens)
            {
                if (token.Kind == TokenKind.Word && token.Has(TokenShape.Uppercase) && token.Length > 1)
                {
                    acronyms.Add((token.Start, token.GetText(context.Text).ToString()));
                }
            }

            return [.. acronyms];
        }

        /// <summary>Counts per acronym and the paragraphs that use each; an acronym whose count crosses one makes them stale.</summary>
        private sealed class Index : DocumentIndex<(int Offset, string Word)[]>
        {
            private readonly Dictionary<string, int> counts = [];
            private readonly Dictionary<string, List<long>> users = [];
            private readonly HashSet<string> changed = [];

            protected internal override void Add(long paragraph, (int Offset, string Word)[] summary) => Update(paragraph, summary, 1);

            protected internal override void Remove(long paragraph, (int Offset, string Word)[] summary) => Update(paragraph, summary, -1);

            protected internal override void CollectStale(ISet<long> stale)
            {
                foreach (string word in changed)
                {
                    stale.UnionWith(users.GetValueOrDefault(word) ?? []);
                }

                changed.Clear();
            }

            protected internal override void Report(DocumentParagraphContext<(int Offset, string Word)[]> context)
            {
                foreach ((int offset, string word) in context.Summary)
                {
                    if (counts[word] == 1)
                    {
                        context.Report(Rule, new TextSpan(offset, word.Length), Rule.FormatMessage(word));
                    }
                }
            }

            private void Update(long paragraph, (int Offset, string Word)[] summary, int step)
            {
                foreach ((_, string word) in summary)
                {
                    changed.Add(word);
                    counts[word] = counts.GetValueOrDefault(word) + step;
                    List<long> holders = users.TryGetValue(word, out List<long>? found) ? found : users[word] = [];
                    if (step > 0)
                    {
                        holders.Add(paragraph);
                    }
                    else
                    {
                        holders.Remove(paragraph);
                    }
                }
            }
        }
    }
}
