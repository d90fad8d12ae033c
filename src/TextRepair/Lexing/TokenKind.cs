namespace TextRepair.Lexing;

/// <summary>What a <see cref="Token"/> is.</summary>
public enum TokenKind : byte
{
    /// <summary>A word: letters with inner apostrophes, hyphens and digits ("don’t", "65-year-old", "COVID-19"), or an initialism with its stops ("U.S.").</summary>
    Word,

    /// <summary>A number with its separators, ordinal or unit letters and percent sign ("100,000", "9.5", "3rd", "1990s", "5%", "10:30").</summary>
    Number,

    /// <summary>A punctuation mark: . , ; : ! ? brackets, slashes, and an ellipsis ("...", "…") as one token.</summary>
    Punctuation,

    /// <summary>A quotation mark that only opens: “ ‘ „ ‚ « ‹.</summary>
    OpenQuote,

    /// <summary>A quotation mark that only closes: ” ’ » › (a ’ inside a word is part of the word).</summary>
    CloseQuote,

    /// <summary>A straight quotation mark (" or ') that may open or close; its neighbours tell which.</summary>
    AmbiguousQuote,

    /// <summary>A dash standing between words: - – — ― and runs such as "--".</summary>
    Dash,

    /// <summary>A run of horizontal white space, including no-break and other Unicode spaces.</summary>
    Whitespace,

    /// <summary>One line break: CR LF, LF, CR, NEL, LS or PS.</summary>
    LineBreak,

    /// <summary>A web address that starts with a scheme (https://) or "www.".</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A symbol: currency, maths and other signs, emoji (with their modifiers and joiners).</summary>
    Symbol,

    /// <summary>Anything else: control characters, invisible format characters standing alone, unpaired surrogates.</summary>
    Other,
}
