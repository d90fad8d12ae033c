using System.Collections.Immutable;
using System.Runtime.InteropServices;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Consistency;

/// <summary>
/// TR5002: one name spelled several ways in one document ("Lukashenko" nine times, "Lukashenka" once): the rare
/// spelling is reported with the usual one as a suggestion.
/// </summary>
/// <remarks>
/// Names are capitalized words the lexicon does not know as common words; a possessive ("Lukashenko’s") counts as the
/// name. Two spellings are one name when they start alike and lie one edit apart (two for names of eight letters or
/// more). Different people with similar names are protected three ways: the usual spelling must occur at least three
/// times and three times as often as the rare one, and a rare spelling that the lexicon knows (Johnson, Johnston) is
/// never reported.
/// </remarks>
internal sealed class NameConsistencyAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR5002",
        "Inconsistent spelling of a name",
        "'{0}' appears once here but '{1}' {2} times in the document",
        DiagnosticCategory.Consistency,
        DiagnosticSeverity.Warning,
        description: "A name written one way most of the time and another way rarely.");

    private const int MinimumLength = 4;
    private const int MinimumMajority = 3;

    [ThreadStatic]
    private static List<RelativeWord>? scratch;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterSummarizedDocumentAction<RelativeWord[]>(Summarize, Analyze);

    /// <summary>The names of one paragraph, offsets relative to its start.</summary>
    private static RelativeWord[] Summarize(ParagraphAnalysisContext context)
    {
        List<RelativeWord> names = scratch ??= [];
        names.Clear();
        EnglishLexicon lexicon = context.Language.Lexicon;
        foreach (Token token in context.Tokens)
        {
            if (token.Kind != TokenKind.Word || !token.Has(TokenShape.Capitalized) || (token.Flags & (TokenShape.HasDigits | TokenShape.Hyphenated)) != 0)
            {
                continue;
            }

            ReadOnlySpan<char> name = EnglishWords.WithoutPossessive(token.GetText(context.Text));
            if (name.Length < MinimumLength || name.ContainsAny('\'', '\u2019') || (lexicon.TryGetWord(name, out WordInfo info) && info.IsCommonLowercase))
            {
                continue;
            }

            names.Add(new RelativeWord(token.Start, StringPool.Get(name)));
        }

        return names.Count == 0 ? [] : names.ToArray();
    }

    private static void Analyze(SummarizedDocumentContext<RelativeWord[]> context)
    {
        var occurrences = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        for (int paragraph = 0; paragraph < context.Summaries.Length; paragraph++)
        {
            foreach (RelativeWord name in context.Summaries[paragraph])
            {
                if (!occurrences.TryGetValue(name.Word, out List<TextSpan>? spans))
                {
                    occurrences[name.Word] = spans = [];
                }

                spans.Add(name.ToSpan(context.ParagraphStarts[paragraph]));
            }
        }

        EnglishLexicon lexicon = context.Language.Lexicon;
        var majorities = occurrences.Where(pair => pair.Value.Count >= MinimumMajority).ToList();

        // A variant shares its first letter and is at most one letter longer or shorter: each name is compared with the
        // majorities of its three (first letter, length) groups, not all of them, so a document with tens of thousands
        // of names costs in proportion to them rather than to their product.
        var groups = new Dictionary<(char First, int Length), List<int>>();
        for (int index = 0; index < majorities.Count; index++)
        {
            string usual = majorities[index].Key;
            ref List<int>? group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, (usual[0], usual.Length), out _);
            (group ??= []).Add(index);
        }

        var candidates = new List<int>();
        foreach ((string rare, List<TextSpan> rareSpans) in occurrences)
        {
            if (lexicon.Contains(rare))
            {
                continue;
            }

            candidates.Clear();
            for (int length = rare.Length - 1; length <= rare.Length + 1; length++)
            {
                if (groups.TryGetValue((rare[0], length), out List<int>? group))
                {
                    candidates.AddRange(group);
                }
            }

            // The first majority in document order that fits wins, as when every majority was tried in order.
            candidates.Sort();
            foreach (int index in candidates)
            {
                (string usual, List<TextSpan> usualSpans) = majorities[index];
                if (usualSpans.Count < 3 * rareSpans.Count || !AreVariants(usual, rare))
                {
                    continue;
                }

                foreach (TextSpan span in rareSpans)
                {
                    var fix = new Fix($"Write '{usual}'", FixApplicability.Suggested, new TextChange(span, usual));
                    context.Report(Rule, span, Rule.FormatMessage(rare, usual, usualSpans.Count), fix);
                }

                break;
            }
        }
    }

    private static bool AreVariants(string usual, string rare)
    {
        if (usual == rare || usual[0] != rare[0] || Math.Abs(usual.Length - rare.Length) > 1)
        {
            return false;
        }

        int allowed = Math.Min(usual.Length, rare.Length) >= 8 ? 2 : 1;
        return EditDistance.Compute(usual, rare, allowed) <= allowed;
    }
}
