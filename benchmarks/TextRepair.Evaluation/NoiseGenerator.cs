using System.Text;
using System.Text.RegularExpressions;
using TextRepair.Rules.Encoding;
using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>
/// Injects one defect of the kinds this library is for into a clean paragraph, with a seeded random generator so that
/// every run sees the same corpus. A third of the paragraphs stay clean. A defect that does not fit a paragraph (no
/// closing quote to double, no article to swap) is replaced by the next kind that fits.
/// </summary>
public sealed partial class NoiseGenerator
{
    private readonly Random random;

    public NoiseGenerator(int seed) => random = new Random(seed);

    /// <summary>Damages <paramref name="paragraph"/>, or leaves it clean (one time in three).</summary>
    public InjectedDefect Damage(string paragraph)
    {
        if (random.Next(3) == 0)
        {
            return new InjectedDefect(paragraph, paragraph, null, default);
        }

        DefectType[] types = Enum.GetValues<DefectType>();
        int first = random.Next(types.Length);
        for (int offset = 0; offset < types.Length; offset++)
        {
            DefectType type = types[(first + offset) % types.Length];
            if (TryInject(paragraph, type) is { } injected)
            {
                return injected;
            }
        }

        return new InjectedDefect(paragraph, paragraph, null, default);
    }

    private InjectedDefect? TryInject(string text, DefectType type) => type switch
    {
        DefectType.GluedLetter => ReplaceMatch(text, type, SentenceOpener(), match => (char)('a' + random.Next(26)) + match.Value),
        DefectType.WordsRunTogether => ReplaceMatch(text, type, WordSpaceOpener(), match => match.Groups[1].Value + Capitalize(match.Groups[2].Value)),
        DefectType.RepeatedWord => ReplaceMatch(text, type, LowercaseWord(), match => match.Value + " " + match.Value),
        DefectType.RepeatAcrossStop => ReplaceMatch(text, type, NoisePatterns.WordBeforeStop(), match => match.Value + " " + Capitalize(match.Groups[1].Value) + "."),
        DefectType.StrayQuote => ReplaceMatch(text, type, NoisePatterns.ClosingQuoteAtEnd(), match => match.Value + " \u201D"),
        DefectType.SpaceBeforeQuote => ReplaceMatch(text, type, NoisePatterns.StopBeforeClosingQuote(), match => match.Groups[1].Value + " " + match.Groups[2].Value),
        DefectType.WrongCapital => ReplaceMatch(text, type, CapitalizableWord(), match => Capitalize(match.Value)),
        DefectType.MissingFinalStop => MissingFinalStop(text),
        DefectType.SpaceBeforeComma => ReplaceMatch(text, type, WordComma(), match => match.Groups[1].Value + " ,"),
        DefectType.MissingSpaceAfterStop => ReplaceMatch(text, type, StopSpaceCapital(), match => match.Groups[1].Value + match.Groups[2].Value),
        DefectType.DoubleSpace => ReplaceMatch(text, type, SpaceBetweenLowercaseWords(), match => match.Groups[1].Value + "  " + match.Groups[2].Value),
        DefectType.WrongArticle => ReplaceMatch(text, type, Article(), match => match.Groups[1].Value == "a" ? "an" + match.Groups[2].Value : match.Groups[1].Value == "an" ? "a" + match.Groups[2].Value : match.Value),
        DefectType.Mojibake => ReplaceMatch(text, type, NoisePatterns.NonAsciiRun(), match => SingleByteCodePage.Windows1252.Decode(Encoding.UTF8.GetBytes(match.Value))),
        DefectType.InvisibleCharacter => ReplaceMatch(text, type, LongWord(), match => match.Value.Insert(1 + random.Next(match.Length - 2), "\u200B")),
        DefectType.Homoglyph => ReplaceMatch(text, type, WordWithLookalike(), match => Homoglyph(match.Value)),
        DefectType.Typo => ReplaceMatch(text, type, LongLowercaseWord(), match => SwapLetters(match.Value)),
        _ => null,
    };

    private InjectedDefect? ReplaceMatch(string text, DefectType type, Regex pattern, Func<Match, string> replace)
    {
        MatchCollection matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return null;
        }

        Match match = matches[random.Next(matches.Count)];
        string replacement = replace(match);
        if (replacement == match.Value)
        {
            return null;
        }

        string noisy = string.Concat(text.AsSpan(0, match.Index), replacement, text.AsSpan(match.Index + match.Length));
        return new InjectedDefect(text, noisy, type, new TextSpan(match.Index, replacement.Length));
    }

    private static InjectedDefect? MissingFinalStop(string text)
    {
        if (text.Length < 60 || !text.EndsWith('.') || !char.IsLetter(text[^2]) || !text.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        string noisy = text[..^1];
        return new InjectedDefect(text, noisy, DefectType.MissingFinalStop, new TextSpan(noisy.Length, 0));
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private string SwapLetters(string word)
    {
        int at = 1 + random.Next(word.Length - 3);
        char[] letters = word.ToCharArray();
        (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
        return new string(letters);
    }

    private static string Homoglyph(string word)
    {
        int at = word.IndexOfAny(['a', 'e', 'o', 'c', 'p']);
        char lookalike = word[at] switch { 'a' => '\u0430', 'e' => '\u0435', 'o' => '\u043E', 'c' => '\u0441', _ => '\u0440' };
        return string.Concat(word.AsSpan(0, at), lookalike.ToString(), word.AsSpan(at + 1));
    }

    [GeneratedRegex(@"(?<=[.!?] )(?:On|The|In|At|But|After|When|It|He|She|They)\b")]
    private static partial Regex SentenceOpener();

    [GeneratedRegex(@"\b([a-z]{4,}) (since|were|with|from|the)\b")]
    private static partial Regex WordSpaceOpener();

    [GeneratedRegex(@"(?<= )(?!(?:had|that|is|do|so|no|very)\b)[a-z]{3,}(?= [a-z])")]
    private static partial Regex LowercaseWord();

    [GeneratedRegex(@"(?<=[a-z] )(?:were|was|since|of|than|would|could|had|has|been|with|from)(?= [a-z])")]
    private static partial Regex CapitalizableWord();

    [GeneratedRegex(@"([a-z]{2,}),(?= )")]
    private static partial Regex WordComma();

    [GeneratedRegex(@"([a-z]{2,}\.) ([A-Z][a-z]+)")]
    private static partial Regex StopSpaceCapital();

    [GeneratedRegex(@"([a-z]{2,}) ([a-z]{2,})")]
    private static partial Regex SpaceBetweenLowercaseWords();

    [GeneratedRegex(@"(?<=(?:^| ))(an?)( (?:[b-df-hj-np-tv-z][a-z]{2,}|[aeio][a-z]{2,}))\b")]
    private static partial Regex Article();

    [GeneratedRegex(@"\b[a-z]{6,}\b")]
    private static partial Regex LongWord();

    [GeneratedRegex(@"\b(?=[a-z]*[aeocp])[a-z]{4,}\b")]
    private static partial Regex WordWithLookalike();

    [GeneratedRegex(@"(?<= )[a-z]{6,}(?= )")]
    private static partial Regex LongLowercaseWord();
}
