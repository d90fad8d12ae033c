using FsCheck;
using FsCheck.Fluent;

namespace TextRepair.Tests.Support;

/// <summary>FsCheck generators of hostile text: news words, surrogates (paired and lone), controls, invisible characters, mixed scripts.</summary>
internal static class TextGenerators
{
    private static readonly string[] Fragments =
    [
        "the", "The", "people", "People", "aOn", "EuropeanSince", "iPhone", "McCarthy", "don’t", "don't", "Lukashenko’s",
        "rock 'n' roll", "’90s", "65-year-old", "face-to-face", "anti-Kremlin", "COVID-19", "100,000", "9.5", "1994", "3rd", "5%",
        "10:30", "U.S.", "U.S", "Mr.", "Jan.", "a.m.", "e.g.", "...", "…", "https://example.org/a(b)c.", "www.bbc.co.uk", "press@example.org",
        " ", "  ", "\t", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\u00A0", "\u202F", "\u3000",
        ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "/", "\"", "'", "“", "”", "‘", "’", "«", "»", "„",
        "-", "--", "–", "—", "\u2010", "$", "€", "£", "%", "&", "@", "#", "+", "=",
        "\u200B", "\u200C", "\u200D", "\u00AD", "\uFEFF", "\u202E", "\u2066", "\u0001", "\u001F", "\u007F", "\u009D",
        "Krеmlin", "Москва", "Ελλάδα", "東京", "e\u0301", "\u0301", "Zürich", "São", "Ærø", "naïve",
        "😀", "👍🏽", "👩\u200D👩\u200D👧", "1️⃣", "𝐀𝐁", "\uD83D", "\uDE00", "\uDBFF\uDFFF",
        "a", "Z", "0", "9", "x",
    ];

    private static readonly string[] DefectFragments =
    [
        "aOn", "EuropeanSince", "2020The", "the the", "The the", "people. People.", " ”", "work. ”", "“", "”", "\"", "work.The",
        "a election", "an protest", "A urgent", "an hour", "a university", "That number Were hoping", " ,", " .", "  ",
        "Last week,", "this week", "rallies", "\n\n", ":", "Mr.", "U.S.", " ", " ", " ", "word", "Minsk", "said", "people",
        "They", "were", "beaten", ".", ",", "!", "?", "(", ")", "'", "’", "— ", "9.5", "100,000",
    ];

    /// <summary>News-like text full of the defects the rules look for, mixed with hostile characters.</summary>
    public static Arbitrary<string> DefectiveNews()
    {
        Gen<string> piece = Gen.Frequency((8, Gen.Elements(DefectFragments)), (1, Gen.Elements(Fragments)));
        Gen<string> text = Gen.Sized(size => Gen.ListOf(piece, Math.Min(size, 50))).Select(pieces => string.Concat(pieces));
        return Arb.From(text, ArbMap.Default.ArbFor<string>().Shrinker);
    }

    /// <summary>Text made of news fragments and hostile characters, up to about 60 pieces.</summary>
    public static Arbitrary<string> HostileText()
    {
        Gen<string> fragment = Gen.Elements(Fragments);
        Gen<string> anyCharacter = ArbMap.Default.GeneratorFor<char>().Select(character => character.ToString());
        Gen<string> piece = Gen.Frequency((6, fragment), (1, anyCharacter));
        Gen<string> text = Gen.Sized(size => Gen.ListOf(piece, Math.Min(size, 60))).Select(pieces => string.Concat(pieces));
        return Arb.From(text, ArbMap.Default.ArbFor<string>().Shrinker);
    }
}
