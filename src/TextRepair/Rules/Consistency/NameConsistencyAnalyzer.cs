using System.Collections.Immutable;
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
    /// <summary>How often the usual spelling must occur, at least.</summary>
    internal const int MinimumMajority = 3;

    [ThreadStatic]
    private static List<RelativeWord>? scratch;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterSummarizedDocumentAction<RelativeWord[]>(Summarize, static language => new NameIndex(language.Lexicon));

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

    /// <summary>Reports the names of one paragraph whose spelling is rare beside a usual one (<paramref name="usualOf"/>: the usual spelling and its count, if any).</summary>
    internal static void Report(DocumentParagraphContext<RelativeWord[]> context, Func<string, (string? Usual, int Count)> usualOf)
    {
        foreach (RelativeWord name in context.Summary)
        {
            (string? usual, int count) = usualOf(name.Word);
            if (usual is not null)
            {
                TextSpan span = name.Span;
                var fix = new Fix($"Write '{usual}'", FixApplicability.Suggested, new TextChange(span, usual));
                context.Report(Rule, span, Rule.FormatMessage(name.Word, usual, count), fix);
            }
        }
    }

    /// <summary>
    /// The usual spelling of <paramref name="rare"/>, if it has one: a spelling of the same name used at least
    /// <see cref="MinimumMajority"/> times and three times as often as <paramref name="rare"/>; the most used one when
    /// several are (then the first in ordinal order).
    /// </summary>
    /// <param name="rare">The spelling to judge.</param>
    /// <param name="rareCount">How often it occurs.</param>
    /// <param name="majoritiesOf">The spellings used <see cref="MinimumMajority"/> times or more with a first letter and a length, most used first (then ordinal).</param>
    /// <param name="lexicon">The lexicon: a spelling it knows is never rare.</param>
    internal static (string? Usual, int Count) FindUsual(string rare, int rareCount, Func<(char First, int Length), IEnumerable<(int Count, string Name)>?> majoritiesOf, EnglishLexicon lexicon)
    {
        if (lexicon.Contains(rare))
        {
            return default;
        }

        // Each group is read most used first and only while a spelling is used often enough: in a document of
        // thousands of names seen a few times each, a name reads the few that could outnumber it, not the whole group.
        (string? Usual, int Count) best = default;
        for (int length = rare.Length - 1; length <= rare.Length + 1; length++)
        {
            foreach ((int count, string usual) in majoritiesOf((rare[0], length)) ?? [])
            {
                if (count < 3 * rareCount || count < best.Count)
                {
                    break;
                }

                if (AreVariants(usual, rare))
                {
                    if (count > best.Count || string.CompareOrdinal(usual, best.Usual) < 0)
                    {
                        best = (usual, count);
                    }

                    break;
                }
            }
        }

        return best;
    }

    /// <summary>Whether two spellings are one name: the same first letter, lengths at most one apart, and one edit apart (two for names of eight letters or more).</summary>
    internal static bool AreVariants(string usual, string rare)
    {
        if (usual == rare || usual[0] != rare[0] || Math.Abs(usual.Length - rare.Length) > 1)
        {
            return false;
        }

        int allowed = Math.Min(usual.Length, rare.Length) >= 8 ? 2 : 1;
        return EditDistance.Compute(usual, rare, allowed) <= allowed;
    }
}
