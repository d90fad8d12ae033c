using TextRepair.Text;

namespace TextRepair.Analysis;

/// <summary>
/// One sentence of an analysed text and how garbled it reads: its score is in expected MQM penalty points (a minor error
/// 1, a major one 5), near zero for a fluent sentence of any length. Scores add up: a paragraph's or a document's
/// garbledness is the sum of its sentences' scores.
/// </summary>
/// <param name="Span">The sentence's characters.</param>
/// <param name="Score">How garbled it reads; 0 or more.</param>
public readonly record struct SentenceResult(TextSpan Span, double Score);
