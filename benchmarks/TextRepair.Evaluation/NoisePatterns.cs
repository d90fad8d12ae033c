using System.Text.RegularExpressions;

namespace TextRepair.Evaluation;

/// <summary>The places both noise generators damage the same way: where a word ends a sentence, closing quotes, non-ASCII runs.</summary>
internal static partial class NoisePatterns
{
    /// <summary>A lowercase word of four letters or more and the stop after it, before the next sentence.</summary>
    [GeneratedRegex(@"\b([a-z]{4,})\.(?= [A-Z])")]
    public static partial Regex WordBeforeStop();

    /// <summary>A stop and a closing quote that end the paragraph.</summary>
    [GeneratedRegex(@"[.!?][\u201D""]$")]
    public static partial Regex ClosingQuoteAtEnd();

    /// <summary>A stop or comma and the closing quote right after it.</summary>
    [GeneratedRegex(@"([.!?,])([\u201D""])(?= |$)")]
    public static partial Regex StopBeforeClosingQuote();

    /// <summary>A run of accented letters, curly quotes, dashes or euro signs: what mojibake turns into debris.</summary>
    [GeneratedRegex(@"[\u00C0-\u024F\u2018\u2019\u201C\u201D\u2013\u2014\u20AC]+")]
    public static partial Regex NonAsciiRun();
}
