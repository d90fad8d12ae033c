namespace TextRepair.Language;

/// <summary>The word classes a word can have (from its Penn Treebank tags), as flags: a word may have several.</summary>
[Flags]
public enum WordClass
{
    /// <summary>Not known.</summary>
    None = 0,

    /// <summary>A common noun (NN, NNS).</summary>
    Noun = 1 << 0,

    /// <summary>A proper noun (NNP, NNPS).</summary>
    ProperNoun = 1 << 1,

    /// <summary>A verb's base form (VB).</summary>
    BaseVerb = 1 << 2,

    /// <summary>A finite verb: past tense or present tense (VBD, VBZ, VBP).</summary>
    FiniteVerb = 1 << 3,

    /// <summary>A modal verb (MD).</summary>
    Modal = 1 << 4,

    /// <summary>A participle or gerund (VBN, VBG).</summary>
    Participle = 1 << 5,

    /// <summary>An adjective (JJ, JJR, JJS).</summary>
    Adjective = 1 << 6,

    /// <summary>An adverb or particle (RB, RBR, RBS, RP).</summary>
    Adverb = 1 << 7,

    /// <summary>A preposition or subordinating conjunction (IN), or "to" (TO).</summary>
    Preposition = 1 << 8,

    /// <summary>A determiner or possessive (DT, PDT, PRP$, WP$).</summary>
    Determiner = 1 << 9,

    /// <summary>A personal pronoun or existential "there" (PRP, EX).</summary>
    Pronoun = 1 << 10,

    /// <summary>A coordinating conjunction (CC).</summary>
    Conjunction = 1 << 11,

    /// <summary>A wh-word (WDT, WP, WRB).</summary>
    WhWord = 1 << 12,

    /// <summary>A number (CD).</summary>
    Number = 1 << 13,

    /// <summary>Anything else: interjections, foreign words, list markers (UH, FW, LS, POS).</summary>
    Other = 1 << 14,
}
