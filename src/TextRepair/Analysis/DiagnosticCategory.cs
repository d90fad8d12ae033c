namespace TextRepair.Analysis;

/// <summary>The categories rules belong to; options can set the severity of a whole category.</summary>
public static class DiagnosticCategory
{
    /// <summary>Encoding damage and invisible or look-alike characters (TR1xxx).</summary>
    public const string Encoding = "Encoding";

    /// <summary>Word-level defects: glued or repeated words, wrong capitals, articles (TR2xxx).</summary>
    public const string Words = "Words";

    /// <summary>Punctuation, quotation marks and spacing (TR3xxx).</summary>
    public const string Punctuation = "Punctuation";

    /// <summary>Spelling (TR4xxx).</summary>
    public const string Spelling = "Spelling";

    /// <summary>Consistency and meaning across a sentence or a document (TR5xxx).</summary>
    public const string Consistency = "Consistency";

    /// <summary>Fluency: word sequences and sentence shapes that do not read as English (TR6xxx).</summary>
    public const string Fluency = "Fluency";

    /// <summary>The analysis itself: an analyzer that failed (TR0xxx).</summary>
    public const string Analysis = "Analysis";
}
