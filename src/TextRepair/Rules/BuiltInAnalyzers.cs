using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Rules.Consistency;
using TextRepair.Rules.Encoding;
using TextRepair.Rules.Fluency;
using TextRepair.Rules.Punctuation;
using TextRepair.Rules.Spelling;
using TextRepair.Rules.Words;

namespace TextRepair.Rules;

/// <summary>The analyzers that ship with TextRepair, one per rule family.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>Every built-in analyzer.</summary>
    public static ImmutableArray<Analyzer> All { get; } =
    [
        new MojibakeAnalyzer(),
        new InvisibleCharacterAnalyzer(),
        new ControlCharacterAnalyzer(),
        new HomoglyphAnalyzer(),
        new UnusualWhitespaceAnalyzer(),
        new LineEndingAnalyzer(),
        new NormalizationAnalyzer(),
        new HtmlEntityAnalyzer(),
        new GluedCharactersAnalyzer(),
        new RepeatedWordAnalyzer(),
        new MidSentenceCapitalAnalyzer(),
        new IndefiniteArticleAnalyzer(),
        new LowercasePronounAnalyzer(),
        new LowercaseSentenceStartAnalyzer(),
        new QuotationMarkAnalyzer(),
        new TypographicQuoteAnalyzer(),
        new SpacingAnalyzer(),
        new UnitSpacingAnalyzer(),
        new MissingFinalPunctuationAnalyzer(),
        new SpellingAnalyzer(),
        new ConflictingTimeReferenceAnalyzer(),
        new NameConsistencyAnalyzer(),
        new UnlikelyWordSequenceAnalyzer(),
        new SentenceFragmentAnalyzer(),
        new SincePastTenseAnalyzer(),
        new RepeatedConjunctAnalyzer(),
        new CommaSpliceAnalyzer(),
    ];
}
