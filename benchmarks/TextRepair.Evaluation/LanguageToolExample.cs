using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>One example sentence of a LanguageTool rule, with its marked span and corrections.</summary>
public sealed record LanguageToolExample(string Rule, string Category, bool Incorrect, string Sentence, TextSpan? Marker, IReadOnlyList<string> Corrections);
