using Microsoft.ML.Tokenizers;
using TextRepair.Text;

namespace TextRepair.Lexicon;

/// <summary>
/// Maps the tokens of any Microsoft.ML.Tokenizers tokenizer onto TextRepair spans, so that a pipeline that feeds text to a
/// language model can tell which model tokens a diagnostic covers.
/// </summary>
/// <remarks>
/// Offsets of <see cref="EncodedToken"/> refer to the text the tokenizer saw after normalization; encode with
/// normalization off (or with a tokenizer that has no normalizer, as the tiktoken ones) so that they are offsets into
/// the original text. Both sides count UTF-16 code units.
/// </remarks>
public static class TokenSpanMapper
{
    /// <summary>The span of each token in the encoded text.</summary>
    public static TextSpan[] ToSpans(IReadOnlyList<EncodedToken> tokens, int textLength)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var spans = new TextSpan[tokens.Count];
        for (int index = 0; index < spans.Length; index++)
        {
            (int offset, int length) = tokens[index].Offset.GetOffsetAndLength(textLength);
            spans[index] = new TextSpan(offset, length);
        }

        return spans;
    }

    /// <summary>The indices of the tokens that overlap <paramref name="span"/> (or, for an empty span, touch it).</summary>
    public static IReadOnlyList<int> TokensCovering(IReadOnlyList<EncodedToken> tokens, int textLength, TextSpan span)
    {
        TextSpan[] spans = ToSpans(tokens, textLength);
        var covering = new List<int>();
        for (int index = 0; index < spans.Length; index++)
        {
            if (span.IsEmpty ? spans[index].IntersectsWith(span.Start) : spans[index].OverlapsWith(span))
            {
                covering.Add(index);
            }
        }

        return covering;
    }

    /// <summary>
    /// The indices of the tokens each span covers, in the order of <paramref name="spans"/> (pass the spans of
    /// diagnostics: this layer sits below the diagnostics and knows only spans).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> TokensCovering(IReadOnlyList<EncodedToken> tokens, int textLength, IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        return spans.Select(span => TokensCovering(tokens, textLength, span)).ToList();
    }
}
