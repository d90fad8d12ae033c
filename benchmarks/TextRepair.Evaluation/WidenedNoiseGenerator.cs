using System.Text;
using System.Text.RegularExpressions;
using TextRepair.Lexicon;
using TextRepair.Rules.Encoding;
using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>
/// The widened noise set: every defect class in many shapes and positions (any letter glued to any sentence opener, any
/// function word capitalized after a word or a comma, every spacing variant, four kinds of non-word typo, seven invisible
/// characters...). Each paragraph yields one damaged copy per class that fits it, so every class is measured on hundreds
/// of cases; the random generator is seeded, so every run sees the same set.
/// </summary>
public sealed partial class WidenedNoiseGenerator(int seed)
{
    private static readonly string[] FunctionWords =
    [
        "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "but", "or", "was", "were", "is", "are",
        "has", "have", "had", "would", "could", "should", "since", "that", "this", "these", "their", "its", "they", "been",
        "into", "about", "after", "before", "during", "than", "which", "will", "can", "not", "also",
    ];

    private static readonly (string Name, char Character)[] Invisibles =
    [
        ("zero-width space", '\u200B'), ("zero-width non-joiner", '\u200C'), ("zero-width joiner", '\u200D'),
        ("soft hyphen", '\u00AD'), ("word joiner", '\u2060'), ("byte order mark", '\uFEFF'), ("left-to-right mark", '\u200E'),
    ];

    /// <summary>Latin letters and their Cyrillic look-alikes, position by position.</summary>
    private const string LatinLetters = "aeocpxyiABEKMHOPCTX";
    private const string CyrillicTwins = "\u0430\u0435\u043E\u0441\u0440\u0445\u0443\u0456\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425";

    private const string Keyboard = "qwertyuiop asdfghjkl zxcvbnm";

    private readonly Random random = new(seed);

    /// <summary>One damaged copy of <paramref name="paragraph"/> per class that fits it.</summary>
    public IEnumerable<WidenedDefect> Damage(string paragraph, bool heldOut)
    {
        foreach (NoiseClass type in Enum.GetValues<NoiseClass>())
        {
            if (TryInject(paragraph, type) is ({ } noisy, { } shape, var span))
            {
                yield return new WidenedDefect(paragraph, noisy, type, shape, span, heldOut);
            }
        }
    }

    private (string? Noisy, string? Shape, TextSpan Span) TryInject(string text, NoiseClass type) => type switch
    {
        NoiseClass.GluedCharacter => Replace(text, SentenceOpener(), match =>
            (match.Index == 0 ? "paragraph start" : "after a stop", (char)('a' + random.Next(26)) + match.Value)),
        NoiseClass.CapitalizedFunctionWord => Replace(text, FunctionWordInSentence(), match =>
            (match.Groups[1].Value == ", " ? "after a comma" : "after a word", match.Groups[1].Value + match.Groups[2].Value + char.ToUpperInvariant(match.Groups[3].Value[0]) + match.Groups[3].Value[1..])),
        NoiseClass.RepeatedWord => Random(
            () => Replace(text, LowercaseWordBetweenWords(), match => (IsFunctionWord(match.Value) ? "function word" : "content word", match.Value + " " + match.Value)),
            () => Replace(text, SentenceOpener(), match => ("sentence opener", match.Value + " " + match.Value.ToLowerInvariant()))),
        NoiseClass.RepeatAcrossStop => Replace(text, NoisePatterns.WordBeforeStop(), match => ("last word as a sentence", match.Value + " " + Capitalize(match.Groups[1].Value) + ".")),
        NoiseClass.SpaceBeforePunctuation => Replace(text, WordBeforeMark(), match => ($"space before '{match.Groups[2].Value}'", match.Groups[1].Value + " " + match.Groups[2].Value)),
        NoiseClass.MisplacedComma => Replace(text, WordCommaWord(), match => ("comma glued to the next word", match.Groups[1].Value + " ," + match.Groups[2].Value)),
        NoiseClass.MissingSpaceAfterStop => Replace(text, StopSpaceCapital(), match =>
            ($"after '{match.Groups[1].Value[^1]}'" + (match.Groups[2].Value.Length == 1 ? " before a one-letter word" : string.Empty), match.Groups[1].Value + match.Groups[2].Value)),
        NoiseClass.DoubleSpace => Replace(text, SpaceBetweenWords(), match => (random.Next(4) == 0 ? "three spaces" : "two spaces", match.Groups[1].Value + (random.Next(4) == 0 ? "   " : "  ") + match.Groups[2].Value)),
        NoiseClass.WrongArticle => Replace(text, Article(), match => match.Groups[1].Value switch
        {
            "a" => ("'a' for 'an'", "an" + match.Groups[2].Value),
            "an" => ("'an' for 'a'", "a" + match.Groups[2].Value),
            "A" => ("'A' for 'An'", "An" + match.Groups[2].Value),
            _ => ("'An' for 'A'", "A" + match.Groups[2].Value),
        }),
        NoiseClass.NonWordTypo => Replace(text, LongLowercaseWord(), Typo),
        NoiseClass.InvisibleCharacter => Random(
            () => Replace(text, LongWord(), match =>
            {
                (string name, char character) = Invisibles[random.Next(Invisibles.Length)];
                return ($"{name} inside a word", match.Value.Insert(1 + random.Next(match.Length - 1), character.ToString()));
            }),
            () => Replace(text, SpaceBetweenWords(), match =>
            {
                (string name, char character) = Invisibles[random.Next(Invisibles.Length)];
                return ($"{name} beside a space", match.Groups[1].Value + character + " " + match.Groups[2].Value);
            })),
        NoiseClass.Homoglyph => Replace(text, WordWithLookAlike(), match =>
        {
            int[] positions = Enumerable.Range(0, match.Length).Where(at => LatinLetters.Contains(match.Value[at], StringComparison.Ordinal)).ToArray();
            int at = positions[random.Next(positions.Length)];
            string shape = char.IsUpper(match.Value[at]) ? "capital letter" : "lowercase letter";
            return (shape, string.Concat(match.Value.AsSpan(0, at), CyrillicTwins[LatinLetters.IndexOf(match.Value[at], StringComparison.Ordinal)].ToString(), match.Value.AsSpan(at + 1)));
        }),
        NoiseClass.Mojibake => Replace(text, NoisePatterns.NonAsciiRun(), match => random.Next(2) == 0
            ? ("UTF-8 read as Windows-1252", SingleByteCodePage.Windows1252.Decode(Encoding.UTF8.GetBytes(match.Value)))
            : ("UTF-8 read as Latin-1", Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(match.Value)))),
        NoiseClass.MissingFinalStop => MissingFinalStop(text),
        NoiseClass.StrayQuote => Replace(text, NoisePatterns.ClosingQuoteAtEnd(), match => ("closing quote doubled", match.Value + " \u201D")),
        NoiseClass.SpaceBeforeQuote => Replace(text, NoisePatterns.StopBeforeClosingQuote(), match => ("space before a closing quote", match.Groups[1].Value + " " + match.Groups[2].Value)),
        _ => (null, null, default),
    };

    private (string?, string?, TextSpan) Random(params Func<(string?, string?, TextSpan)>[] shapes)
    {
        int first = random.Next(shapes.Length);
        for (int offset = 0; offset < shapes.Length; offset++)
        {
            if (shapes[(first + offset) % shapes.Length]() is ({ }, { }, _) injected)
            {
                return injected;
            }
        }

        return (null, null, default);
    }

    private (string?, string?, TextSpan) Replace(string text, Regex pattern, Func<Match, (string? Shape, string Replacement)> replace)
    {
        MatchCollection matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return (null, null, default);
        }

        Match match = matches[random.Next(matches.Count)];
        (string? shape, string replacement) = replace(match);
        if (shape is null || replacement == match.Value)
        {
            return (null, null, default);
        }

        string noisy = string.Concat(text.AsSpan(0, match.Index), replacement, text.AsSpan(match.Index + match.Length));
        return (noisy, shape, new TextSpan(match.Index, replacement.Length));
    }

    /// <summary>A swap, a deletion, an insertion or a neighbouring key, kept only when the result is not a word.</summary>
    private (string?, string) Typo(Match match)
    {
        string word = match.Value;
        for (int attempt = 0; attempt < 8; attempt++)
        {
            int at = 1 + random.Next(word.Length - 2);
            (string shape, string typo) = random.Next(4) switch
            {
                0 => ("two letters swapped", string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2))),
                1 => ("a letter dropped", word.Remove(at, 1)),
                2 => ("a letter doubled", word.Insert(at, word[at].ToString())),
                _ => ("a neighbouring key", string.Concat(word.AsSpan(0, at), Neighbour(word[at]).ToString(), word.AsSpan(at + 1))),
            };
            if (typo != word && !EnglishLexicon.Default.Contains(typo))
            {
                return (shape, typo);
            }
        }

        return (null, word);
    }

    private char Neighbour(char letter)
    {
        int at = Keyboard.IndexOf(letter, StringComparison.Ordinal);
        if (at < 0)
        {
            return letter;
        }

        int next = at + (random.Next(2) == 0 ? -1 : 1);
        return next >= 0 && next < Keyboard.Length && Keyboard[next] != ' ' ? Keyboard[next] : letter;
    }

    private static (string?, string?, TextSpan) MissingFinalStop(string text)
    {
        if (text.Length < 60 || !text.EndsWith('.') || !char.IsLetter(text[^2]))
        {
            return (null, null, default);
        }

        return (text[..^1], "final stop dropped", new TextSpan(text.Length - 1, 0));
    }

    private static bool IsFunctionWord(string word) => Array.IndexOf(FunctionWords, word) >= 0;

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"(?:^|(?<=[.!?] ))(?!(?:I|A)\b)[A-Z][a-z]+\b")]
    private static partial Regex SentenceOpener();

    [GeneratedRegex(@"(?<=[a-z])( |, )()(the|of|to|in|on|at|by|for|with|from|and|but|or|was|were|is|are|has|have|had|would|could|should|since|that|this|these|their|its|they|been|into|about|after|before|during|than|which|will|can|not|also)(?= [a-z])")]
    private static partial Regex FunctionWordInSentence();

    [GeneratedRegex(@"(?<=[a-z] )(?!(?:had|that|is|do|so|no|very|bye)\b)[a-z]{1,}(?= [a-z])")]
    private static partial Regex LowercaseWordBetweenWords();

    [GeneratedRegex(@"([a-z]{2,})([,.;:])(?= [A-Za-z]|$)")]
    private static partial Regex WordBeforeMark();

    [GeneratedRegex(@"([a-z]{2,}), ([a-z]{2,})")]
    private static partial Regex WordCommaWord();

    [GeneratedRegex(@"([a-z]{2,}[.?!]) ([A-Z][a-z]*)(?= )")]
    private static partial Regex StopSpaceCapital();

    [GeneratedRegex(@"([A-Za-z]{2,}) ([a-z]{2,})")]
    private static partial Regex SpaceBetweenWords();

    [GeneratedRegex(@"(?<=(?:^| ))(an?|An?)( (?:[b-df-hj-np-tv-z][a-z]{2,}|[aeio][a-z]{2,}))\b")]
    private static partial Regex Article();

    [GeneratedRegex(@"\b[A-Za-z][a-z]{5,}\b")]
    private static partial Regex LongWord();

    [GeneratedRegex(@"\b(?=[A-Za-z]*[aeocpxyiABEKMHOPCTX])[A-Za-z][a-z]{3,}\b")]
    private static partial Regex WordWithLookAlike();

    [GeneratedRegex(@"(?<= )[a-z]{5,}(?= )")]
    private static partial Regex LongLowercaseWord();
}
