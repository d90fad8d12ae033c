using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Consistency;

/// <summary>
/// TR5001: one clause that places the same event both "last week" and "this week" (or month, year...), as machine
/// translation does when it keeps the source's time word and adds its own: "Last week, Lukashenko gave an interview this
/// week".
/// </summary>
/// <remarks>
/// Only "last" against "this" with the same unit, inside one clause: a comma (other than the one right after an opening
/// time phrase), a semicolon, or a word that starts a new clause or a comparison ("and", "but", "than", "while"...)
/// separates events that may well lie at different times. "The last week of May" and "last year's" are not time
/// references of this kind. Information only, with no fix: the rule cannot know which one is right.
/// </remarks>
internal sealed class ConflictingTimeReferenceAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR5001",
        "Conflicting time references",
        "'{0}' conflicts with '{1}' in the same clause",
        DiagnosticCategory.Consistency,
        DiagnosticSeverity.Info,
        description: "One clause refers to the same event as happening 'last' and 'this' week, month or year.");

    private static readonly WordSet Units = WordSet.Parse("week weekend month year spring summer autumn fall winter", ignoreCase: true);

    private static readonly WordSet Determiners = WordSet.Parse("the a its his her their our this that these those whose", ignoreCase: true);

    private static readonly WordSet ClauseBreaks = WordSet.Parse(
        "and but while whereas although though after before compared than since when until because unlike whether or so yet", ignoreCase: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens;
        Sentence sentence = context.Sentence;
        if (!HasLast(text, tokens, sentence))
        {
            return;
        }

        int lastPhrase = -1;
        for (int index = sentence.FirstToken; index < sentence.EndToken; index++)
        {
            Token token = tokens[index];
            if (IsClauseBreak(text, tokens, index, lastPhrase))
            {
                lastPhrase = -1;
                continue;
            }

            if (token.Kind != TokenKind.Word || !IsTimePhrase(text, tokens, index, sentence, out int unit))
            {
                continue;
            }

            bool isLast = token.GetText(text).Equals("last", StringComparison.OrdinalIgnoreCase);
            if (isLast)
            {
                lastPhrase = index;
                continue;
            }

            if (lastPhrase >= 0 && tokens[lastPhrase + 2].GetText(text).Equals(tokens[unit].GetText(text), StringComparison.OrdinalIgnoreCase))
            {
                var span = TextSpan.FromBounds(token.Start, tokens[unit].End);
                var earlier = TextSpan.FromBounds(tokens[lastPhrase].Start, tokens[lastPhrase + 2].End);
                context.Report(Rule, span, Rule.FormatMessage(text[span.Start..span.End].ToString(), text[earlier.Start..earlier.End].ToString()));
            }
        }
    }

    /// <summary>
    /// Whether the sentence has the word "last" at all: nothing is reported without it, and a length check per word
    /// spares most sentences the clause-break lookup of every word.
    /// </summary>
    private static bool HasLast(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        foreach (Token token in tokens[sentence.FirstToken..sentence.EndToken])
        {
            if (token.Kind == TokenKind.Word && token.Length == 4 && token.GetText(text).Equals("last", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"last week" or "this week": "last" or "this", one space, a unit, and no possessive or determiner in front.</summary>
    private static bool IsTimePhrase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, Sentence sentence, out int unit)
    {
        unit = index + 2;
        ReadOnlySpan<char> word = tokens[index].GetText(text);
        if (!(word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase))
            || unit >= sentence.EndToken || tokens[index + 1].Kind != TokenKind.Whitespace || tokens[unit].Kind != TokenKind.Word
            || !Units.Contains(tokens[unit].GetText(text)))
        {
            return false;
        }

        int before = TokenNavigation.PreviousContent(tokens, index);
        bool determined = before >= sentence.FirstToken && tokens[before].Kind == TokenKind.Word && Determiners.Contains(tokens[before].GetText(text));
        return !determined;
    }

    private static bool IsClauseBreak(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, int lastPhrase)
    {
        Token token = tokens[index];
        if (token.Kind == TokenKind.Word)
        {
            return ClauseBreaks.Contains(token.GetText(text));
        }

        if (token.Kind != TokenKind.Punctuation)
        {
            return token.Kind is TokenKind.Dash or TokenKind.OpenQuote or TokenKind.AmbiguousQuote or TokenKind.CloseQuote;
        }

        char mark = text[token.Start];
        if (mark == ',')
        {
            // "Last week, Lukashenko gave ...": the comma after an opening time phrase does not end its clause.
            return !(lastPhrase >= 0 && index == lastPhrase + 3);
        }

        return mark is ';' or ':' or '(' or ')';
    }
}
