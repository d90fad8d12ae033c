namespace TextRepair.Lexicon;

/// <summary>
/// The small closed-class word lists of English that the segmenter and the rules share. Larger vocabulary comes from the
/// frequency lexicon.
/// </summary>
internal static class EnglishWords
{
    /// <summary>Abbreviations whose stop never ends a sentence: titles before names, months before dates.</summary>
    public static readonly WordSet TitleAbbreviations = WordSet.Parse(
        """
        Mr Mrs Ms Messrs Dr Prof Gen Sen Rep Gov Lt Col Capt Sgt St Rev Hon Maj Adm Cpl Pvt Supt Insp Det Fr Mt Ft
        Cmdr Brig Pres Sec Atty Gen Lieut Cdr Amb Judge Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Vol vs Vs v
        Fig Nr approx Dept Univ Ave Blvd Rd cf ca
        """, ignoreCase: false);

    /// <summary>Abbreviations that may end a sentence as well: the stop ends it only when a typical sentence opener follows.</summary>
    public static readonly WordSet SentenceFinalAbbreviations = WordSet.Parse(
        "Inc Ltd Corp Co Jr Sr etc Bros al PLC plc Esq", ignoreCase: false);

    /// <summary>Words that often open a sentence: after an abbreviation or initialism they mark a new sentence.</summary>
    public static readonly WordSet SentenceOpeners = WordSet.Parse(
        """
        The A An He She It They We I You This That These Those There His Her Its Their Our My In On At By For From With
        After Before When While If As But And Or So However Although Though Since Meanwhile According Some Many Most All
        Last Next Other Such What Who Why How Where Yet Also Both Each Earlier Later Now Then Today Yesterday Tomorrow
        """, ignoreCase: false);

    /// <summary>The forms of "be", "have" and "do" and the modals: the verbs that make a question, a tense or a mood, any case.</summary>
    public static readonly WordSet Auxiliaries = WordSet.Parse(
        "is are was were am be do does did have has had can could will would shall should may might must", ignoreCase: true);

    /// <summary>
    /// Function words and auxiliaries that are written in lowercase inside a sentence and are rarely part of a name;
    /// a capital on one of them mid-sentence is a defect ("That number Were hoping").
    /// </summary>
    public static readonly WordSet LowercaseFunctionWords = WordSet.Parse(
        """
        were was is are been had has have would could should shall might must can will since because although though whereas
        unless until whether and but nor or the of to in on at by for with from into onto upon about after before during
        towards toward against among between through without within it its they their them we our he his him she her
        these those this that which than then there also very just only not
        """, ignoreCase: true);

    /// <summary>What follows the apostrophe of a contraction or possessive ("don't", "we'll", "Kim's"), any case.</summary>
    public static readonly WordSet ContractionEndings = WordSet.Parse("s t d m ll re ve", ignoreCase: true);

    /// <summary>The articles, any case.</summary>
    public static readonly WordSet Articles = WordSet.Parse("the a an", ignoreCase: true);

    /// <summary>Prepositions a phrase or a title opens with.</summary>
    public static readonly WordSet Prepositions = WordSet.Parse(
        "to for with in on at by from of about into towards toward", ignoreCase: true);

    /// <summary>
    /// The word before the apostrophe of a contraction or a possessive ("It's", "you're", "can't", "Brazil’s" → "It",
    /// "you", "can", "Brazil"), or the word itself.
    /// </summary>
    public static ReadOnlySpan<char> WithoutClitic(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && word[(apostrophe + 1)..] is "s" or "re" or "ll" or "ve" or "d" or "m" or "t" ? word[..apostrophe] : word;
    }

    /// <summary>The word without a possessive "'s" or "’s" ("Lukashenko’s" → "Lukashenko").</summary>
    public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '\u2019' ? word[..^2] : word;
}
