using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Language;
using TextRepair.Lexicon;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Words;

/// <summary>
/// TR2005: the pronoun "I" written in lowercase, alone or in a contraction ("i think", "i'm", "i've"), as comments,
/// transcripts and text typed on phones leave it.
/// </summary>
/// <remarks>
/// A lone "i" is the pronoun only where English goes on after it: before a word that may be a finite verb, a modal or
/// an adverb ("i think", "i will", "i never"). Elsewhere it is a list's numeral ("(i)", "i."), a variable ("x[i]", "for i in"), a letter
/// an editor completed ("[i]t"), or another language's word ("Prawo i Sprawiedliwość", "Bosna i Hercegovina", the
/// Italian "i"). A contraction ("i'm", "i'll", "i'd've") is English wherever it stands.
/// </remarks>
internal sealed class LowercasePronounAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR2005",
        "Lowercase pronoun I",
        "The pronoun '{0}' is written with a capital I",
        DiagnosticCategory.Words,
        DiagnosticSeverity.Warning,
        description: "The pronoun I is always a capital, alone and in its contractions (I'm, I've, I'll, I'd).");

    /// <summary>What follows the apostrophe of the pronoun's contractions.</summary>
    private static readonly WordSet Contractions = WordSet.Parse("m d ll ve d've d’ve", ignoreCase: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterTokenAction(Analyze, TokenKind.Word);

    private static void Analyze(TokenAnalysisContext context)
    {
        ReadOnlySpan<char> word = context.TokenText;
        if (word.IsEmpty || word[0] != 'i' || !IsPronoun(context, word) || IsMarkedOff(context))
        {
            return;
        }

        var fix = new Fix($"Write 'I{word[1..]}'", FixApplicability.Automatic, new TextChange(new TextSpan(context.Token.Start, 1), "I"));
        context.Report(Rule, context.Token.Span, Rule.FormatMessage(word.ToString()), fix);
    }

    /// <summary>Whether <paramref name="word"/> (which starts with "i") is the pronoun: a contraction of it, or a lone "i" before a verb or an adverb.</summary>
    private static bool IsPronoun(TokenAnalysisContext context, ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[1] is '\'' or '\u2019')
        {
            return Contractions.Contains(word[2..]);
        }

        if (word.Length != 1)
        {
            return false;
        }

        // At a clause's end after "than" or "as" ("no one stronger than i", "as tall as i."), the pronoun is the
        // comparison's subject; a list's numeral would not follow either word.
        int next = context.NextContent(context.Index);
        if (EndsClause(context, next) && context.PreviousContent(context.Index) is int previous and >= 0
            && previous == context.Index - 2 && context.Tokens[previous].GetText(context.Text) is "than" or "as")
        {
            return true;
        }

        // The word after must follow at once, after one space, in lowercase: "i think", not "i. The", "i) the", "i Medici".
        if (next != context.Index + 2 || context.Tokens[next].Kind != TokenKind.Word || !context.Tokens[next].Has(TokenShape.Lowercase)
            || context.Tokens[context.Index + 1].Kind != TokenKind.Whitespace || context.Tokens[context.Index + 1].Length != 1)
        {
            return false;
        }

        // The pronoun's verb is finite ("i think", "i was", "i will"), or an adverb comes first ("i never"): a word that
        // can only be a base form is a list's item ("i breath, ii heartbeat"), and a word read mostly as a preposition,
        // an article, a conjunction or a pronoun is another language's ("i to", "i na") or code's ("for i in range").
        WordClass classes = context.Language.PartsOfSpeech.GetClasses(context.Tokens[next].GetText(context.Text), out WordClass primary);
        return (classes & (WordClass.FiniteVerb | WordClass.Modal | WordClass.Adverb)) != 0
            && (primary & (WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.Pronoun)) == 0;
    }

    /// <summary>Whether the token at <paramref name="next"/> ends the clause: none (the text's end), or a stop, comma, semicolon, question or exclamation mark.</summary>
    private static bool EndsClause(TokenAnalysisContext context, int next) =>
        next < 0 || (context.Tokens[next].Kind == TokenKind.Punctuation && context.Tokens[next].Length == 1
            && context.Text[context.Tokens[next].Start] is '.' or ',' or ';' or '?' or '!');

    /// <summary>Whether a bracket, a symbol or a mark of code stands right against the word ("[i]t", "(i)", "x[i]", "i++").</summary>
    private static bool IsMarkedOff(TokenAnalysisContext context)
    {
        Token token = context.Token;
        ReadOnlySpan<char> text = context.Text;
        return (token.Start > 0 && IsMarkOfCode(text[token.Start - 1])) || (token.End < text.Length && IsMarkOfCode(text[token.End]));
    }

    private static bool IsMarkOfCode(char character) => character is '[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '=' or '+' or '*' or '/' or '\\' or '_' or '`' or '$' or '#' or '@';
}
