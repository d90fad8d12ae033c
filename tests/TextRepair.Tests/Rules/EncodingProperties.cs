using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Analysis;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

public class EncodingProperties
{
    private static readonly string[] Words =
    [
        "the", "Kremlin", "said", "Lukashenko’s", "don’t", "“quoted”", "‘single’", "Zürich", "São", "Paulo", "Ærø", "Dvořák", "naïve",
        "café", "Orfèvres", "€5", "£300", "©", "40°C", "2019–20", "—", "…", "½", "™", "•", "Erdoğan", "Łódź", "Škoda", "Björk",
        "Москва", "Αθήνα", "東京", "👍", "Curaçao", "résumé", "El", "Niño", "Citroën", "Nestlé", "is", "in", "of", "9.5", "100,000",
    ];

    /// <summary>Only the encoding rules: the property is about them, and random word salad trips the word rules.</summary>
    private static readonly TextRepairEngine EncodingOnly = TextRepairEngine.CreateDefault(TextRepairOptions.Default
        .WithCategorySeverity(DiagnosticCategory.Words, SeveritySetting.Off)
        .WithCategorySeverity(DiagnosticCategory.Punctuation, SeveritySetting.Off)
        .WithCategorySeverity(DiagnosticCategory.Consistency, SeveritySetting.Off));

    private static Arbitrary<string> RealText() =>
        Gen.NonEmptyListOf(Gen.Elements(Words)).Select(words => string.Join(' ', words) + ".").ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Damaging_with_mojibake_then_repairing_gives_the_original_back() =>
        Prop.ForAll(RealText(), text =>
        {
            string damaged = MojibakeGenerator.Damage(text);
            string repaired = EncodingOnly.Repair(damaged);
            return (repaired == text).Label($"'{text}' → '{damaged}' → '{repaired}'");
        });

    [Property(MaxTest = 500)]
    public Property Double_damage_is_repaired_too() =>
        Prop.ForAll(RealText(), text => EncodingOnly.Repair(MojibakeGenerator.Damage(MojibakeGenerator.Damage(text))) == text);

    [Property(MaxTest = 500)]
    public Property Text_without_damage_is_never_changed() =>
        Prop.ForAll(RealText(), text => Engines.Default.Analyze(text).Diagnostics.All(d => d.Descriptor.Category != DiagnosticCategory.Encoding));
}
