using TextRepair.Lexicon;
using TextRepair.Text;

namespace TextRepair.Lexing;

/// <summary>
/// Splits a token table into paragraphs (lines that are not blank, or the lines of text filled to a width: see
/// <see cref="ContinuesOnNextLine"/>) and sentences.
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
    /// <summary>The narrowest line read as filled to a width: newspaper columns taken from PDF pages are about 40 wide.</summary>
    private const int MinimumWrapWidth = 40;

    /// <summary>The widest line read as filled to a width: mail and wire copy fill to 64–80, some tools to 100.</summary>
    private const int MaximumWrapWidth = 100;

    /// <summary>Appends the paragraphs and sentences of <paramref name="tokens"/> (lexed from <paramref name="text"/>).</summary>
    public static void Segment(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<Paragraph> paragraphs, ICollection<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(sentences);
        int paragraphStart = 0;
        int lineStart = 0;
        for (int index = 0; index <= tokens.Length; index++)
        {
            if (index < tokens.Length && tokens[index].Kind != TokenKind.LineBreak)
            {
                continue;
            }

            if (index < tokens.Length && ContinuesOnNextLine(text, tokens, lineStart, index))
            {
                lineStart = index + 1;
                continue;
            }

            AddParagraph(text, tokens, paragraphStart, index, paragraphs, sentences);
            paragraphStart = lineStart = index + 1;
        }
    }

    /// <summary>
    /// Whether the line break <paramref name="lineBreak"/>, after the line that starts at token
    /// <paramref name="lineStart"/>, is a wrap inside a
    /// paragraph (text filled to a width: mail, wire copy, text taken from PDF pages) rather than a paragraph's end: the
    /// line <see cref="EndsAsFilledLine">ends as a filled line does</see> and the next one surely goes on.
    /// </summary>
    /// <remarks>
    /// Most lines of scraped news are far wider than a filled line: their width is known before the next line is walked.
    /// </remarks>
    private static bool ContinuesOnNextLine(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int lineStart, int lineBreak) =>
        text[tokens[lineBreak].Start] is '\n' or '\r' or '\u2028'
        && IsAtMostFilledWidth(tokens[lineStart..lineBreak])
        && EndsAsFilledLine(text, tokens[lineStart..lineBreak], text, tokens[(lineBreak + 1)..LineEnd(tokens, lineBreak + 1)], out bool continues)
        && continues;

    /// <summary>
    /// Whether <paramref name="line"/> ends as a line of text filled to a width does, above <paramref name="nextLine"/>;
    /// and in <paramref name="continues"/>, whether the next line then surely goes on with the same paragraph. A line
    /// that ends as a filled one without that is a wrap or a paragraph's end: a rule that would change a paragraph's end
    /// (TR3007) leaves such a line alone.
    /// </summary>
    /// <remarks>
    /// Scraped news holds a paragraph a line, and a line without a stop there is a headline, a byline or damage; filled
    /// text breaks every line mid-sentence, and read a line at a time its every line lacked a stop (a full stop was
    /// inserted after "and that the"), its quotations opened on one line and closed on another, and its sentences were
    /// cut in two. A wrap is told by the two lines alone, so that an edit decides anew only the breaks beside the lines
    /// it changed (an incremental analysis lexes the paragraph on each side of an edit again, and that covers them).
    /// A filled line is as wide as filled lines are (<see cref="MinimumWrapWidth"/> to <see cref="MaximumWrapWidth"/>
    /// characters, the next line no wider), the next line's first word would not have fitted on it, and it ends inside a
    /// sentence (no stop or colon, after any closing quotes and brackets; an ellipsis only before a lowercase word).
    /// Lines of separate sentences each without its stop (a list of translated segments, a headline above its story) can
    /// look the same, so the next line goes on for sure only after a word no sentence ends in (a function word, an
    /// article, a comma) or when it opens in lowercase: after a word that may end a sentence ("official Troy" above
    /// "Roberts said", "in the United States" above "It's an I/O device"), a capital, a number or a quotation may open a
    /// new one, and a sentence's usual opener ("The", "He") does: the line is then no filled line.
    /// </remarks>
    private static bool EndsAsFilledLine(ReadOnlySpan<char> text, ReadOnlySpan<Token> line, ReadOnlySpan<char> nextText, ReadOnlySpan<Token> nextLine, out bool continues)
    {
        continues = false;
        int last = TokenNavigation.PreviousContent(line, line.Length);
        int next = TokenNavigation.NextContent(nextLine, -1);
        if (last < 0 || next < 0)
        {
            return false;
        }

        int width = line[last].End - line[0].Start;
        int nextWidth = nextLine[TokenNavigation.PreviousContent(nextLine, nextLine.Length)].End - nextLine[0].Start;
        if (width is < MinimumWrapWidth or > MaximumWrapWidth || nextWidth > MaximumWrapWidth
            || width + 1 + ChunkLength(nextLine, next) <= nextWidth)
        {
            return false;
        }

        int end = last;
        while (end > 0 && IsCloser(text, line, end, line.Length) && !IsSentenceStop(text, line[end]))
        {
            end--;
        }

        Token final = line[end];
        Token first = nextLine[next];
        bool firstLowercase = first.Kind == TokenKind.Word && char.IsLower(nextText[first.Start]);

        // An ellipsis before a lowercase word leaves a sentence unfinished or marks words left out ("[...] so I have").
        bool ellipsis = final.Kind == TokenKind.Punctuation && (text[final.Start] == '\u2026' || text.Slice(final.Start, final.Length).StartsWith("..."));
        if ((IsPossibleStop(text, final) && !(ellipsis && firstLowercase)) || (final.Kind == TokenKind.Punctuation && text[final.Start] == ':'))
        {
            return false;
        }

        bool midSentence = (final.Kind == TokenKind.Punctuation && text[final.Start] == ',')
            || (final.Kind == TokenKind.Word && (EnglishWords.LowercaseFunctionWords.Contains(final.GetText(text)) || EnglishWords.Articles.Contains(final.GetText(text))));
        bool afterLowercase = midSentence || final.Kind == TokenKind.Number || (final.Kind == TokenKind.Word && char.IsLower(text[final.Start]));
        if (!midSentence && first.Kind == TokenKind.Word && EnglishWords.SentenceOpeners.Contains(first.GetText(nextText)))
        {
            // The next line opens a sentence ("went on sale" above "The first batch"): the line ends one.
            return false;
        }

        continues = first.Kind switch
        {
            TokenKind.Word => firstLowercase || midSentence,
            TokenKind.OpenQuote or TokenKind.AmbiguousQuote => midSentence,

            // A numbered item under another is a list ("1. Mix the flour and" above "2. Add"); a year or a count goes on.
            TokenKind.Number => midSentence && !(IsNumberedItem(nextText, nextLine, next) && IsNumberedItem(text, line, TokenNavigation.NextContent(line, -1))),

            // An amount, a handle or a tag goes on ("a career total of" above "$5,479,761"); a bullet opens a list item.
            TokenKind.Symbol => midSentence && (nextText[first.Start] is '@' or '#' || char.GetUnicodeCategory(nextText[first.Start]) == System.Globalization.UnicodeCategory.CurrencySymbol),

            // A dash that opens an aside ("asking the government to revoke Article 50" above "— the EU treaty clause"),
            // under a line that is no dashed item.
            TokenKind.Dash => afterLowercase && nextText[first.Start] is '\u2014' or '\u2013' && line[TokenNavigation.NextContent(line, -1)].Kind != TokenKind.Dash,
            _ => afterLowercase && first.Kind == TokenKind.Punctuation && nextText[first.Start] is '(' or '[',
        };
        return true;
    }

    /// <summary>
    /// Whether the last line of <paramref name="paragraph"/> <see cref="EndsAsFilledLine">ends as a filled line does</see>
    /// above the first line of <paramref name="nextParagraph"/>, the paragraph on the line right after it.
    /// </summary>
    internal static bool LastLineEndsAsFilledLine(ReadOnlySpan<char> text, ReadOnlySpan<Token> paragraph, ReadOnlySpan<char> nextText, ReadOnlySpan<Token> nextParagraph)
    {
        int lastLine = paragraph.Length;
        while (lastLine > 0 && paragraph[lastLine - 1].Kind != TokenKind.LineBreak)
        {
            lastLine--;
        }

        return EndsAsFilledLine(text, paragraph[lastLine..], nextText, nextParagraph[..LineEnd(nextParagraph, 0)], out _);
    }

    /// <summary>Whether the words of <paramref name="line"/> end within <see cref="MaximumWrapWidth"/> columns of its start.</summary>
    private static bool IsAtMostFilledWidth(ReadOnlySpan<Token> line)
    {
        int last = TokenNavigation.PreviousContent(line, line.Length);
        return last >= 0 && line[last].End - line[0].Start <= MaximumWrapWidth;
    }

    /// <summary>Whether token <paramref name="index"/> is a number with a stop or bracket right after it, as a list numbers its items.</summary>
    private static bool IsNumberedItem(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index) =>
        tokens[index].Kind == TokenKind.Number && index + 1 < tokens.Length && text[tokens[index + 1].Start] is '.' or ')';

    /// <summary>
    /// The length of the characters from token <paramref name="first"/> to the next white space: what a filling tool
    /// moves to the next line as one (a quotation mark and its word, a word and its comma).
    /// </summary>
    private static int ChunkLength(ReadOnlySpan<Token> tokens, int first)
    {
        int last = first;
        while (last + 1 < tokens.Length && !tokens[last + 1].IsTrivia)
        {
            last++;
        }

        return tokens[last].End - tokens[first].Start;
    }

    private static int LineEnd(ReadOnlySpan<Token> tokens, int from)
    {
        int index = from;
        while (index < tokens.Length && tokens[index].Kind != TokenKind.LineBreak)
        {
            index++;
        }

        return index;
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
