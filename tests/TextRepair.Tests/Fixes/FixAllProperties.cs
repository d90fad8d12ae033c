using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Documents;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Tests.Support;
using TextRepair.Text;

namespace TextRepair.Tests.Fixes;

public class FixAllProperties
{
    [Property(MaxTest = 300)]
    public Property Fixing_twice_gives_the_same_text_as_fixing_once() =>
        Prop.ForAll(TextGenerators.DefectiveNews(), text =>
        {
            FixAllResult once = Engines.AllRules.RepairWithDetails(SourceText.From(text));
            string twice = Engines.AllRules.Repair(once.Text.ToString());
            return (once.Converged && twice == once.Text.ToString()).Label($"'{text}' → '{once.Text}' → '{twice}'");
        });

    [Property(MaxTest = 300)]
    public Property Merged_changes_never_overlap() =>
        Prop.ForAll(TextGenerators.DefectiveNews(), text =>
        {
            var source = SourceText.From(text);
            var merger = new TextChangeMerger(source);
            foreach (Diagnostic diagnostic in Engines.AllRules.Analyze(source).Diagnostics)
            {
                foreach (Fix fix in diagnostic.Fixes)
                {
                    merger.TryAdd(fix);
                }
            }

            var changes = merger.Changes;
            bool apart = changes.Zip(changes.Skip(1)).All(pair =>
                pair.First.Span.End <= pair.Second.Span.Start && !(pair.First.Span.IsEmpty && pair.Second.Span.IsEmpty && pair.First.Span.Start == pair.Second.Span.Start));
            source.WithChanges(changes);
            return apart;
        });

    /// <summary>Word, punctuation and consistency rules report whole tokens; encoding rules may point inside one (a stray character).</summary>
    [Property(MaxTest = 300)]
    public Property Diagnostic_spans_lie_inside_the_text_on_token_boundaries() =>
        Prop.ForAll(TextGenerators.DefectiveNews(), text =>
        {
            HashSet<int> boundaries = [0, text.Length];
            List<Token> tokens = [.. Lexed.Tokens(text)];
            foreach (Token token in tokens)
            {
                boundaries.Add(token.Start);
                boundaries.Add(token.End);
            }

            return Engines.AllRules.Analyze(text).Diagnostics.Where(diagnostic => diagnostic.Descriptor.Category != DiagnosticCategory.Encoding).All(diagnostic =>
                diagnostic.Span.End <= text.Length && boundaries.Contains(diagnostic.Span.Start) && boundaries.Contains(diagnostic.Span.End)
                && diagnostic.Fixes.SelectMany(fix => fix.Changes).All(change => boundaries.Contains(change.Span.Start) || IsInsideToken(change.Span.Start)));

            // A fix may act inside a token (the stray "a" of "aOn", the capital of "Were"), never across a surrogate pair.
            bool IsInsideToken(int position) =>
                !char.IsLowSurrogate(text[position]) && tokens.Exists(token => token.Start < position && position < token.End);
        });

    /// <summary>
    /// No built-in rule throws: the driver would report it as TR0001 and go on, so a bug would hide behind a diagnostic
    /// where before it threw (an empty clause between two commas once did: "The team won, , the crowd cheered.").
    /// </summary>
    [Property(MaxTest = 500)]
    public Property No_built_in_rule_fails_on_defective_or_hostile_text() =>
        Prop.ForAll(Gen.OneOf(TextGenerators.DefectiveNews().Generator, TextGenerators.HostileText().Generator).ToArbitrary(), text =>
        {
            Diagnostic[] failures = [.. Engines.AllRules.Analyze(text).Diagnostics.Where(diagnostic => diagnostic.Id == "TR0001")];
            return (failures.Length == 0).Label($"'{text}': {string.Join("; ", failures.Select(failure => failure.Message))}");
        });

    [Property(MaxTest = 500)]
    public Property No_span_or_change_splits_a_surrogate_pair() =>
        Prop.ForAll(TextGenerators.HostileText(), text =>
            Engines.AllRules.Analyze(text).Diagnostics.All(diagnostic =>
                diagnostic.Span.End <= text.Length && !Splits(text, diagnostic.Span.Start) && !Splits(text, diagnostic.Span.End)
                && diagnostic.Fixes.SelectMany(fix => fix.Changes).All(change => !Splits(text, change.Span.Start) && !Splits(text, change.Span.End))));

    /// <summary>
    /// A clean paragraph that repair leaves alone on its own is left alone beside damaged text too: fixes stay inside
    /// the paragraphs that need them. (Whether repair leaves each clean paragraph alone is checked against the reviewed
    /// defects in <c>WikinewsPrecisionTests</c>.)
    /// </summary>
    [Property(MaxTest = 300, Replay = "(20261130,1135)")]
    public Property Repair_leaves_a_clean_paragraph_beside_damaged_text_untouched() =>
        Prop.ForAll(Gen.Elements(CleanParagraphs.Value).ToArbitrary(), TextGenerators.DefectiveNews().Filter(damaged => !string.IsNullOrWhiteSpace(damaged)), (paragraph, damaged) =>
        {
            // Only the paragraph itself is compared: the blank line between may lose trailing spaces of the damaged text,
            // and TR1009 may turn its line feeds into CR LF when the damaged text uses those.
            string before = Engines.Default.Repair(paragraph + "\n\n" + damaged);
            string after = Engines.Default.Repair(damaged + "\n\n" + paragraph);
            bool beforeKept = before.StartsWith(paragraph, StringComparison.Ordinal) && before.Length > paragraph.Length && before[paragraph.Length] is '\r' or '\n';
            return (beforeKept && after.EndsWith("\n" + paragraph, StringComparison.Ordinal))
                .Label($"'{paragraph}' beside '{damaged}' → '{before}' / '{after}'");
        });

    private static readonly Lazy<string[]> CleanParagraphs = new(() =>
        [.. Support.TestData.WikinewsParagraphs.Where(paragraph => paragraph.Length < 400).Take(400).Where(paragraph => Engines.Default.Repair(paragraph) == paragraph)]);

    private static bool Splits(string text, int position) =>
        position > 0 && position < text.Length && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);
}
