using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Words;

/// <summary>
/// TR2004: "a" before a vowel sound or "an" before a consonant sound: "a election", "an protest".
/// </summary>
/// <remarks>
/// The sound, not the letter, decides (<see cref="ArticleSound"/>): "an hour", "a university", "a one-off", "a European",
/// "an 18-year-old", "an FBI" written "F.B.I.". Acronyms in capitals are skipped ("a NATO" and "an NGO" are both right),
/// as are words whose sound the rule cannot tell.
/// </remarks>
internal sealed class IndefiniteArticleAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR2004",
        "Wrong indefinite article",
        "Use '{0}' before '{1}'",
        DiagnosticCategory.Words,
        DiagnosticSeverity.Warning,
        description: "'a' goes before a consonant sound and 'an' before a vowel sound.");

    /// <summary>Words an article never precedes: after them, "a" is a letter, not the article.</summary>
    private static readonly WordSet NotAfterArticle = WordSet.Parse("and or but nor of to in on at by for with from as is are was were", ignoreCase: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterTokenAction(Analyze, TokenKind.Word);

    private static void Analyze(TokenAnalysisContext context)
    {
        ReadOnlySpan<char> article = context.TokenText;
        bool isA = article.Equals("a", StringComparison.OrdinalIgnoreCase);
        if (!isA && !article.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // "a/an", "an/a": the articles named, not used.
        if (context.Index > 0 && context.Tokens[context.Index - 1].Length == 1 && context.Text[context.Tokens[context.Index - 1].Start] == '/')
        {
            return;
        }

        // A capital "A" inside a sentence is a label ("Series A", "Plan A"), not the article.
        bool opensSentence = context.IsInSentence && context.Sentence.FirstToken == context.Index;
        if (char.IsUpper(article[0]) && !opensSentence)
        {
            return;
        }

        int next = context.Index + 2;

        // A quotation mark is silent: "a “industry party”" is read as "a industry".
        if (next + 1 < context.Tokens.Length && context.Tokens[next].Kind is TokenKind.OpenQuote or TokenKind.AmbiguousQuote
            && context.Tokens[next].End == context.Tokens[next + 1].Start)
        {
            next++;
        }

        if (next >= context.Tokens.Length || context.Tokens[context.Index + 1].Kind != TokenKind.Whitespace || !context.Tokens[next].IsWordLike)
        {
            return;
        }

        // "a and b", "a or b": a letter used as a name, not the article before a noun.
        Token word = context.Tokens[next];
        if (NotAfterArticle.Contains(word.GetText(context.Text)))
        {
            return;
        }

        bool? vowelSound = ArticleSound.StartsWithVowelSound(word.GetText(context.Text), word, context.Language.Lexicon);
        if (vowelSound is null || vowelSound.Value != isA)
        {
            return;
        }

        string expected = CaseMatching.Match(article, isA ? "an" : "a");
        var fix = new Fix($"Write '{expected}'", FixApplicability.Automatic, new TextChange(context.Token.Span, expected));
        context.Report(Rule, context.Token.Span, Rule.FormatMessage(expected, word.GetText(context.Text).ToString()), fix);
    }
}
