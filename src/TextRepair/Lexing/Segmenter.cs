using TextRepair.Lexicon;
using TextRepair.Text;

namespace TextRepair.Lexing;

/// <summary>
/// Splits a token table into paragraphs (lines that are not blank) and sentences.
/// </summary>
/// <remarks>
/// A sentence ends at . ! ? or an ellipsis, together with the closing quotes and brackets right after it, when white
/// space and a token that can open a sentence follow (a capitalized word, a number, an opening quote). A stop after a
/// title ("Mr."), a month ("Jan."), or an initial ("John F. Kennedy") does not end a sentence; a stop after an initialism
/// ("U.S.") or a company suffix ("Inc.") ends one only when a typical sentence opener follows ("The", "He").
/// Decimal numbers never reach the segmenter as stops: the lexer keeps them whole. A line without a final stop
/// (a headline, a byline) is a sentence of its own.
/// </remarks>
internal static class Segmenter
{
    /// <summary>Appends the paragraphs and sentences of <paramref name="tokens"/> (lexed from <paramref name="text"/>).</summary>
    public static void Segment(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<Paragraph> paragraphs, ICollection<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(sentences);
        int lineStart = 0;
        for (int index = 0; index <= tokens.Length; index++)
        {
            if (index < tokens.Length && tokens[index].Kind != TokenKind.LineBreak)
            {
                continue;
            }

            AddParagraph(text, tokens, lineStart, index, paragraphs, sentences);
            lineStart = index + 1;
        }
    }

    /// <summary>Appends the sentences of the tokens [<paramref name="first"/>, <paramref name="end"/>) of one paragraph; returns how many.</summary>
    public static int SegmentSentences(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end, ICollection<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int count = 0;
        int sentenceStart = -1;
        int lastContent = -1;
        for (int index = first; index < end; index++)
        {
            Token token = tokens[index];
            if (token.IsTrivia)
            {
                continue;
            }

            if (sentenceStart < 0)
            {
                sentenceStart = index;
            }

            lastContent = index;
            if (!IsPossibleStop(text, token))
            {
                continue;
            }

            int after = index + 1;
            while (after < end && IsCloser(text, tokens, after, end))
            {
                lastContent = after;
                after++;
            }

            if (after < end && EndsSentence(text, tokens, index, after, end))
            {
                sentences.Add(MakeSentence(tokens, sentenceStart, lastContent));
                count++;
                sentenceStart = -1;
            }

            index = after - 1;
        }

        if (sentenceStart >= 0)
        {
            sentences.Add(MakeSentence(tokens, sentenceStart, lastContent));
            count++;
        }

        return count;
    }

    /// <summary>
    /// Whether the token is . ! ? an ellipsis, or an initialism whose own stop may end a sentence; or the ideographic
    /// full stop and the fullwidth exclamation and question marks, which translation from Chinese and Japanese leaves in
    /// English text ("are listed。 He said").
    /// </summary>
    internal static bool IsSentenceStop(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '!' or '?' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F';

    private static void AddParagraph(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end, ICollection<Paragraph> paragraphs, ICollection<Sentence> sentences)
    {
        bool blank = true;
        TokenShape shape = TokenShape.None;
        for (int index = first; index < end; index++)
        {
            blank &= tokens[index].Kind == TokenKind.Whitespace;
            shape |= tokens[index].Flags;
        }

        if (blank)
        {
            return;
        }

        int firstSentence = sentences.Count;
        int sentenceCount = SegmentSentences(text, tokens, first, end, sentences);
        var span = TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End);
        paragraphs.Add(new Paragraph(span, first, end - first, firstSentence, sentenceCount, shape));
    }

    private static Sentence MakeSentence(ReadOnlySpan<Token> tokens, int first, int last) =>
        new(TextSpan.FromBounds(tokens[first].Start, tokens[last].End), first, last - first + 1);

    private static bool IsPossibleStop(ReadOnlySpan<char> text, Token token) =>
        IsSentenceStop(text, token) || (token.Kind == TokenKind.Word && token.Has(TokenShape.Initialism) && text[token.End - 1] == '.');

    /// <summary>Closing quotes and brackets that belong to the sentence before them.</summary>
    private static bool IsCloser(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, int end)
    {
        Token token = tokens[index];
        return token.Kind switch
        {
            TokenKind.CloseQuote => true,
            TokenKind.Punctuation => text[token.Start] is ')' or ']' || IsSentenceStop(text, token),
            // A straight quote right after the stop closes when white space or the end follows it.
            TokenKind.AmbiguousQuote => index + 1 >= end || tokens[index + 1].IsTrivia || tokens[index + 1].Kind == TokenKind.Punctuation,
            _ => false,
        };
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int stop, int after, int end)
    {
        if (tokens[after].Kind != TokenKind.Whitespace)
        {
            return false;
        }

        int next = after + 1;
        if (next >= end)
        {
            return false;
        }

        Token nextToken = tokens[next];
        if (!CanOpenSentence(text, nextToken))
        {
            return false;
        }

        Token stopToken = tokens[stop];
        bool opener = nextToken.Kind == TokenKind.Word && EnglishWords.SentenceOpeners.Contains(nextToken.GetText(text));
        if (stopToken.Kind == TokenKind.Word)
        {
            return opener;
        }

        if (text[stopToken.Start] != '.' || stop == 0 || tokens[stop - 1].Kind != TokenKind.Word)
        {
            return true;
        }

        ReadOnlySpan<char> before = tokens[stop - 1].GetText(text);
        if (EnglishWords.TitleAbbreviations.Contains(before))
        {
            return false;
        }

        bool initial = before.Length == 1 && char.IsUpper(before[0]);
        return !(initial || EnglishWords.SentenceFinalAbbreviations.Contains(before)) || opener;
    }

    private static bool CanOpenSentence(ReadOnlySpan<char> text, Token token) => token.Kind switch
    {
        TokenKind.Word => !char.IsLower(text[token.Start]),
        TokenKind.Number or TokenKind.OpenQuote or TokenKind.AmbiguousQuote or TokenKind.Symbol or TokenKind.Url or TokenKind.Dash => true,
        TokenKind.Punctuation => text[token.Start] is '(' or '[',
        _ => false,
    };
}
