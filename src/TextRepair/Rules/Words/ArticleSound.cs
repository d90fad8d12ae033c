using TextRepair.Lexicon;
using TextRepair.Lexing;

namespace TextRepair.Rules.Words;

/// <summary>Whether a word starts with a vowel sound, as the choice between "a" and "an" needs.</summary>
internal static class ArticleSound
{
    /// <summary>Vowel letters that are said with a consonant sound ("a university", "a European", "a one-off").</summary>
    private static readonly string[] ConsonantSoundPrefixes =
    [
        "eu", "ewe", "one", "once", "unic", "unidir", "unif", "unil", "unio", "uniq", "unis", "unit", "univ", "unan", "use", "usu", "usa",
        "usi", "ute", "uti", "uto", "uta", "ura", "ure", "uri", "uro", "ubi", "uga", "ukr", "uku", "uvu",
    ];

    /// <summary>Exceptions to <see cref="ConsonantSoundPrefixes"/>: "an onerous task".</summary>
    private static readonly string[] VowelSoundAfterAll = ["oner", "euler"];

    /// <summary>Words with a silent "h", said with a vowel sound.</summary>
    private static readonly WordSet SilentH = WordSet.Parse(
        "hour hours hourly honest honestly honesty honor honors honour honours honorable honourable honorary honoree heir heirs heiress",
        ignoreCase: true);

    /// <summary>Words that take either article in good writing ("an historic", "a historic").</summary>
    /// <summary>
    /// Words with a sounded h on an unstressed first syllable, after which "an" is an accepted (older, British)
    /// variant: both articles are correct.
    /// </summary>
    private static readonly WordSet EitherArticle = WordSet.Parse(
        "historic historical historian hotel herb herbal homage habitual heroic hallucination hallucinations hallucinatory "
        + "hilarious horrendous horrific hereditary hysterical hypothesis hypothetical heretical harmonious horizon SQL",
        ignoreCase: true);

    /// <summary>Letters whose name starts with a vowel sound: "an F.B.I. agent", "an M.P.".</summary>
    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouyAEIOUY");

    private const string VowelSoundLetters = "AEFHILMNORSXaefhilmnorsx";

    /// <summary>True for a vowel sound, false for a consonant sound, null when the rule cannot tell.</summary>
    public static bool? StartsWithVowelSound(ReadOnlySpan<char> word, Token token, EnglishLexicon lexicon)
    {
        if (word.IsEmpty)
        {
            return null;
        }

        if (char.IsAsciiDigit(word[0]))
        {
            return NumberStartsWithVowelSound(word);
        }

        if (token.Has(TokenShape.Initialism))
        {
            return VowelSoundLetters.Contains(word[0]);
        }

        word = EnglishWords.WithoutPossessive(word);
        int hyphen = word.IndexOf('-');
        ReadOnlySpan<char> head = hyphen > 0 ? word[..hyphen] : word;

        if (EitherArticle.Contains(head))
        {
            return null;
        }

        // Read letter by letter: "an mp3", "an mDNS", "an FFmpeg", "an RFLink", "an MSc", "an npm", "an HTML".
        switch (IsSpelledOut(head))
        {
            case true:
                return VowelSoundLetters.Contains(head[0]);
            case null:
                return null;
        }

        // A word the lexicon does not know may be a name or a term read either way ("udev", "mdast"): no verdict, unless
        // it opens with a consonant other than "h" and a vowel ("facemask", "cosplayer"), which is read as a word.
        if (!lexicon.Contains(head) && char.IsLower(head[0]))
        {
            return head.Length >= 3 && IsPlainConsonant(head[0]) && head[1] is 'a' or 'e' or 'i' or 'o' or 'u' ? false : null;
        }

        if (!char.IsAsciiLetter(word[0]) || token.Has(TokenShape.Uppercase) || word.Length == 1
            || (word.Length > 1 && !char.IsLetter(word[1])))
        {
            return null;
        }

        if (SilentH.Contains(word))
        {
            return true;
        }

        char first = char.ToLowerInvariant(word[0]);
        if (first is not ('a' or 'e' or 'i' or 'o' or 'u'))
        {
            return false;
        }

        foreach (string prefix in VowelSoundAfterAll)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (string prefix in ConsonantSoundPrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"an 8", "an 11", "an 18-year-old", "an 1800s house", "an 80,000"; every other number takes "a".</summary>
    /// <summary>
    /// Whether a token is read letter by letter: a digit after its first letter ("mp3"), a capital right after a
    /// lowercase first letter ("mDNS"), two capitals before lowercase ("RFLink", "FFmpeg", "MSc"), or no vowel at all
    /// ("npm"). A word in capitals is spelled when it has no vowel or two letters (HTML, LLM, AM, UN); longer with a
    /// vowel, or with a digit, people read it either way (MAC, LAN, NATO, URL, MP3): no verdict (null). Names such as
    /// McCarthy or DeSantis (a capital, lowercase, a capital) are read as words.
    /// </summary>
    private static bool? IsSpelledOut(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsAsciiLetter(word[0]))
        {
            return false;
        }

        bool hasVowel = word.IndexOfAny(Vowels) >= 0;
        bool hasDigit = word[1..].IndexOfAnyInRange('0', '9') >= 0;
        if (word.IndexOfAnyInRange('a', 'z') < 0)
        {
            // In capitals: without a vowel, or of two letters, it is spelled (HTML, LLM, AM, UN); longer with a vowel it
            // may be read as a word or either way (MAC, LAN, LED, NATO, URL), and with a digit too (MP3): no verdict.
            return hasDigit || (hasVowel && word.Length > 2) ? null : true;
        }

        if (hasDigit || (char.IsAsciiLetterLower(word[0]) && char.IsAsciiLetterUpper(word[1])) || (char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterUpper(word[1])))
        {
            return true;
        }

        return !hasVowel;
    }

    private static bool NumberStartsWithVowelSound(ReadOnlySpan<char> number)
    {
        int digits = 0;
        while (digits < number.Length && char.IsAsciiDigit(number[digits]))
        {
            digits++;
        }

        if (number[0] == '8')
        {
            return true;
        }

        bool elevenOrEighteen = number.StartsWith("11", StringComparison.Ordinal) || number.StartsWith("18", StringComparison.Ordinal);
        // Said "eleven", "eighteen" (also as the first group of "18,000") or "eleven hundred", "eighteen hundred" (a year).
        return elevenOrEighteen && digits is 2 or 4;
    }

    /// <summary>A lowercase consonant letter whose sound opens a word read as a word: any but "h" (hour) and the vowels.</summary>
    private static bool IsPlainConsonant(char letter) => letter is >= 'a' and <= 'z' and not ('a' or 'e' or 'i' or 'o' or 'u' or 'h');
}
