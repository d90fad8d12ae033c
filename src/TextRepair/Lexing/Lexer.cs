namespace TextRepair.Lexing;

/// <summary>
/// A forward-only, allocation-free lexer over UTF-16 text (in the manner of <c>Utf8JsonReader</c>): it hands out
/// <see cref="Token"/> structs that cover the text exactly, in order, and never split a surrogate pair.
/// </summary>
/// <remarks>
/// Dispatch goes by the first character through a 128-entry ASCII table; other characters are classified by their
/// Unicode category. Words keep their inner apostrophes and hyphens, numbers their separators and suffixes,
/// initialisms their stops; addresses (URLs, e-mail) are one token each.
/// </remarks>
internal ref struct Lexer
{
    private readonly ReadOnlySpan<char> text;
    private int position;

    /// <summary>Starts lexing <paramref name="text"/> at the position of <paramref name="state"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the state's position lies outside the text.</exception>
    public Lexer(ReadOnlySpan<char> text, LexerState state = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(state.Position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(state.Position, text.Length);
        this.text = text;
        position = state.Position;
    }

    /// <summary>Where the lexer stands, to resume later with a new lexer over the same text.</summary>
    public readonly LexerState State => new(position);

    /// <summary>Lexes all of <paramref name="text"/> into <paramref name="buffer"/> (cleared first) and returns the token count.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, TokenBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.Clear();
        // News prose averages about five characters a token; one growth step at most, usually none.
        buffer.EnsureCapacity((text.Length / 5) + 16);
        var lexer = new Lexer(text);
        while (lexer.TryRead(out Token token))
        {
            buffer.Add(token);
        }

        return buffer.Count;
    }

    /// <summary>
    /// Fills <paramref name="destination"/> with the next tokens and returns how many it wrote; fewer than its length
    /// means the text is done. Use <see cref="State"/> to resume.
    /// </summary>
    public int Read(scoped Span<Token> destination)
    {
        int written = 0;
        while (written < destination.Length && TryRead(out Token token))
        {
            destination[written++] = token;
        }

        return written;
    }

    /// <summary>Reads the next token; false at the end of the text.</summary>
    public bool TryRead(out Token token)
    {
        if (position >= text.Length)
        {
            token = default;
            return false;
        }

        int start = position;
        char first = text[start];
        CharacterClass kind = first < 128 ? CharacterClassifier.OfAscii(first) : CharacterClassifier.At(text, start, out _);
        token = kind switch
        {
            CharacterClass.Letter => LexWordOrAddress(start),
            CharacterClass.Digit => LexNumber(start),
            CharacterClass.Whitespace => LexWhitespace(start),
            CharacterClass.LineBreak when first == '\u0085' && IsNelAByte(start) => new Token(TokenKind.Other, TokenShape.NonAscii | TokenShape.Control, start, 1),
            CharacterClass.LineBreak => new Token(TokenKind.LineBreak, TokenShape.None, start, Text.LineBreaks.LengthAt(text, start)),
            CharacterClass.Punctuation => LexPunctuation(start),
            CharacterClass.StraightQuote => LexStraightQuote(start),
            CharacterClass.OpenQuote => new Token(TokenKind.OpenQuote, NonAsciiFlag(first), start, 1),
            CharacterClass.CloseQuote => LexCloseQuote(start),
            CharacterClass.Hyphen or CharacterClass.Dash => LexDash(start),
            CharacterClass.Symbol => LexSymbol(start),
            CharacterClass.Format => LexFormat(start),
            _ => LexOther(start),
        };
        position = token.End;
        return true;
    }

    /// <summary>
    /// Whether the NEL at <paramref name="index"/> is a byte read as Latin-1 rather than a line break; then it is a control
    /// inside the paragraph, and the damage stays whole for the encoding rules. After Â–ô, a UTF-8 lead byte as Latin-1
    /// shows it, it is the continuation byte 0x85 ("ČeÃ\u0085Â¡tina" is "Čeština" read as Latin-1 and then as
    /// Windows-1252). Glued to the end of a word or a mark and followed by a space, a closing mark or another C1 control,
    /// it is Windows-1252's "…" read as Latin-1 ("parlé\u0085 Tu sais", "quotes\u0085\u0094"), as ftfy reads it: text
    /// whose lines end in NEL starts the next line at once ("Line one.\u0085Line two"), and its last NEL ends the text.
    /// It depends on the characters on either side only, which an edit's widening by a paragraph lexes again.
    /// </summary>
    private readonly bool IsNelAByte(int index)
    {
        if (index == 0)
        {
            return false;
        }

        char before = text[index - 1];
        if (before is >= '\u00C2' and <= '\u00F4')
        {
            return true;
        }

        if (index + 1 >= text.Length)
        {
            return false;
        }

        char after = text[index + 1];
        bool gluedToWordOrMark = !char.IsWhiteSpace(before) && !char.IsControl(before);
        bool afterIsClosing = after is ' ' or '\t' or '"' or '\'' or ')' or ']' or ',' or '.' or ';' or ':' or '!' or '?' or '\u201D' or '\u2019' or '\u00BB'
            || (after is >= '\u0080' and <= '\u009F' and not '\u0085');
        return gluedToWordOrMark && afterIsClosing;
    }

    private static TokenShape NonAsciiFlag(char character) => character < 128 ? TokenShape.None : TokenShape.NonAscii;

    private readonly Token LexWordOrAddress(int start)
    {
        if (TryLexUrl(start, out Token url))
        {
            return url;
        }

        if (TryLexInitialism(start, out Token initialism))
        {
            return initialism;
        }

        var shape = default(WordShape);
        return ContinueWord(start, start, ref shape, TokenKind.Word);
    }

    /// <summary>Reads the rest of a word from <paramref name="from"/>: letters, marks, digits, inner apostrophes and hyphens.</summary>
    private readonly Token ContinueWord(int start, int from, ref WordShape shape, TokenKind kind)
    {
        int current = from;
        while (current < text.Length)
        {
            char character = text[current];
            if (character < 128)
            {
                if (character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
                {
                    shape.AddAsciiLetter(character);
                    current++;
                    continue;
                }

                if (character is >= '0' and <= '9')
                {
                    shape.Flags |= TokenShape.HasDigits;
                    shape.BreakPart();
                    current++;
                    continue;
                }

                if (character == '\'' && current > start && CharacterClassifier.IsLetterAt(text, current + 1))
                {
                    shape.Flags |= TokenShape.Apostrophe;
                    shape.BreakPart();
                    current++;
                    continue;
                }

                if (character == '-' && current > start && CharacterClassifier.IsLetterOrDigitAt(text, current + 1))
                {
                    shape.Flags |= TokenShape.Hyphenated;
                    shape.BreakPart();
                    kind = TokenKind.Word;
                    current++;
                    continue;
                }

                if (character is '@' or '.' or '_' or '+' && kind == TokenKind.Word && TryLexEmail(start, out Token email))
                {
                    return email;
                }

                break;
            }

            CharacterClass characterClass = CharacterClassifier.At(text, current, out int length);
            if (characterClass == CharacterClass.Letter)
            {
                shape.AddLetter(text, current);
                current += length;
            }
            else if (characterClass == CharacterClass.Mark)
            {
                shape.Flags |= TokenShape.NonAscii;
                current += length;
            }
            else if (characterClass == CharacterClass.Digit)
            {
                shape.Flags |= TokenShape.HasDigits | TokenShape.NonAscii;
                current += length;
            }
            else if (CharacterClassifier.IsApostrophe(character) && CharacterClassifier.IsLetterAt(text, current + 1))
            {
                shape.Flags |= TokenShape.Apostrophe | TokenShape.NonAscii;
                shape.BreakPart();
                current++;
            }
            else if (characterClass == CharacterClass.Hyphen && CharacterClassifier.IsLetterOrDigitAt(text, current + 1))
            {
                shape.Flags |= TokenShape.Hyphenated | TokenShape.NonAscii;
                shape.BreakPart();
                kind = TokenKind.Word;
                current++;
            }
            else if (character == '\u00A0' && IsByteOfDamagedAGrave(current) && CharacterClassifier.IsLetterAt(text, current + 1))
            {
                // "CÃ\u00A0nan": "à" is UTF-8 0xC3 0xA0, and Latin-1 shows the 0xA0 as a no-break space. Inside a word it is
                // that byte, not a space: the word stays whole for TR1001, and "Cànan nan" is no repeated word.
                shape.Flags |= TokenShape.NonAscii;
                current++;
            }
            else if (characterClass == CharacterClass.Format && FormatRunEndsInLetter(current, out int formatEnd))
            {
                // An invisible character between letters belongs to the word, so that rules can see and remove it.
                shape.Flags |= TokenShape.Invisible | TokenShape.NonAscii;
                current = formatEnd;
            }
            else
            {
                break;
            }
        }

        return new Token(kind, shape.Build(), start, current - start);
    }

    /// <summary>
    /// Whether the no-break space at <paramref name="index"/> is the byte 0xA0 of a damaged "à": after "Ã", or after "Â"
    /// that follows a C1 control, the same byte a layer down ("CÃ\u0083Â\u00A0nan" is "à" damaged twice; "ammaccato,Â\u00A0"
    /// is a damaged no-break space, which stays a space). Not after a NEL, which may end the line before: what lies in
    /// another paragraph must not decide a token, or lexing a paragraph alone would differ from lexing the whole text.
    /// </summary>
    private readonly bool IsByteOfDamagedAGrave(int index) =>
        text[index - 1] == '\u00C3' || (text[index - 1] == '\u00C2' && index >= 2 && text[index - 2] is >= '\u0080' and <= '\u009F' and not '\u0085');

    private readonly bool FormatRunEndsInLetter(int from, out int end)
    {
        end = from;
        while (end < text.Length && CharacterClassifier.At(text, end, out int length) == CharacterClass.Format)
        {
            end += length;
        }

        return CharacterClassifier.IsLetterAt(text, end);
    }

    /// <summary>An initialism with stops: "U.S.", "a.m.", "e.g.", "U.S.A.": single letters each followed by a stop.</summary>
    private readonly bool TryLexInitialism(int start, out Token token)
    {
        token = default;
        int current = start;
        int letters = 0;
        var shape = default(WordShape);
        while (current + 1 < text.Length && IsAsciiLetter(text[current]) && text[current + 1] == '.'
            && (current + 2 >= text.Length || !CharacterClassifier.IsLetterOrDigitAt(text, current + 2) || IsSingleLetterStop(current + 2)))
        {
            shape.AddAsciiLetter(text[current]);
            shape.BreakPart();
            letters++;
            current += 2;
        }

        if (letters >= 2)
        {
            token = new Token(TokenKind.Word, shape.Build() | TokenShape.Initialism, start, current - start);
            return true;
        }

        // "U.S" without the final stop.
        if (letters == 1 && current < text.Length && IsAsciiLetter(text[current]) && !CharacterClassifier.IsLetterOrDigitAt(text, current + 1)
            && (current + 1 >= text.Length || text[current + 1] != '\''))
        {
            shape.AddAsciiLetter(text[current]);
            token = new Token(TokenKind.Word, shape.Build() | TokenShape.Initialism, start, current + 1 - start);
            return true;
        }

        return false;
    }

    private readonly bool IsSingleLetterStop(int at) =>
        IsAsciiLetter(text[at]) && (at + 1 >= text.Length || !CharacterClassifier.IsLetterOrDigitAt(text, at + 1));

    private static bool IsAsciiLetter(char character) => character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsAsciiLetterOrDigit(char character) => IsAsciiLetter(character) || character is >= '0' and <= '9';

    private readonly bool TryLexUrl(int start, out Token token)
    {
        token = default;
        ReadOnlySpan<char> rest = text[start..];
        int prefix = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ? 6
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (prefix == 0 || prefix >= rest.Length || !IsAsciiLetterOrDigit(rest[prefix]))
        {
            return false;
        }

        int end = prefix;
        int openParentheses = 0;
        while (end < rest.Length)
        {
            char character = rest[end];
            if (character is ' ' or '\t' or '"' or '<' or '>' || char.IsWhiteSpace(character) || character is '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' || char.IsControl(character))
            {
                break;
            }

            if (character == '(')
            {
                openParentheses++;
            }
            else if (character == ')')
            {
                if (openParentheses == 0)
                {
                    break;
                }

                openParentheses--;
            }

            end++;
        }

        // Sentence punctuation after an address is not part of it.
        while (end > prefix && rest[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'')
        {
            end--;
        }

        if (char.IsHighSurrogate(rest[end - 1]))
        {
            end--;
        }

        token = new Token(TokenKind.Url, TokenShape.None, start, end);
        return true;
    }

    /// <summary>An address such as "press@example.org": a local part, "@", and a domain with at least one stop.</summary>
    private readonly bool TryLexEmail(int start, out Token token)
    {
        token = default;
        int current = start;
        while (current < text.Length && (IsAsciiLetterOrDigit(text[current]) || text[current] is '.' or '_' or '%' or '+' or '-'))
        {
            current++;
        }

        if (current == start || current >= text.Length || text[current] != '@')
        {
            return false;
        }

        current++;
        int domainStart = current;
        int lastStop = -1;
        while (current < text.Length && (IsAsciiLetterOrDigit(text[current]) || text[current] is '-' || (text[current] == '.' && current + 1 < text.Length && IsAsciiLetterOrDigit(text[current + 1]))))
        {
            if (text[current] == '.')
            {
                lastStop = current;
            }

            current++;
        }

        if (lastStop <= domainStart || current - lastStop < 3)
        {
            return false;
        }

        token = new Token(TokenKind.Email, TokenShape.None, start, current - start);
        return true;
    }

    private readonly Token LexNumber(int start)
    {
        int current = start;
        var shape = default(WordShape);
        shape.Flags = TokenShape.HasDigits;
        while (true)
        {
            while (current < text.Length && text[current] is >= '0' and <= '9')
            {
                current++;
            }

            // Thousands and decimal separators and clock times stay inside the number: 100,000; 9.5; 10:30.
            if (current + 1 < text.Length && text[current] is ',' or '.' or ':' && text[current + 1] is >= '0' and <= '9')
            {
                current++;
                continue;
            }

            break;
        }

        if (current < text.Length && text[current] == '%')
        {
            return new Token(TokenKind.Number, shape.Flags, start, current + 1 - start);
        }

        if (current < text.Length && IsGluedCapitalizedWord(current))
        {
            // "2020The": a capitalized word glued to a number is a word of its own.
            return new Token(TokenKind.Number, shape.Flags, start, current - start);
        }

        // Ordinals, decades and units ("3rd", "1990s", "5G") and compounds ("65-year-old") continue as a word does.
        return ContinueWord(start, current, ref shape, TokenKind.Number);
    }

    private readonly bool IsGluedCapitalizedWord(int at) =>
        char.IsUpper(text[at]) && at + 1 < text.Length && char.IsLower(text[at + 1]);

    private readonly Token LexWhitespace(int start)
    {
        int current = start + 1;
        TokenShape flags = NonAsciiFlag(text[start]) | (text[start] is '\t' or '\v' or '\f' ? TokenShape.Tab : TokenShape.None);
        while (current < text.Length)
        {
            char character = text[current];
            if (character == ' ')
            {
                current++;
            }
            else if (character is '\t' or '\v' or '\f')
            {
                flags |= TokenShape.Tab;
                current++;
            }
            else if (character >= 128 && CharacterClassifier.At(text, current, out _) == CharacterClass.Whitespace)
            {
                flags |= TokenShape.NonAscii;
                current++;
            }
            else
            {
                break;
            }
        }

        return new Token(TokenKind.Whitespace, flags, start, current - start);
    }

    private readonly Token LexPunctuation(int start)
    {
        char first = text[start];
        int current = start + 1;
        if (first == '.')
        {
            while (current < text.Length && text[current] == '.')
            {
                current++;
            }
        }

        return new Token(TokenKind.Punctuation, NonAsciiFlag(first), start, current - start);
    }

    private readonly Token LexStraightQuote(int start)
    {
        // Only an apostrophe elides ('90s, 'n'); a double quote before a number ("10 km") opens a quotation.
        if (text[start] == '\'' && TryLexElision(start, out Token elision))
        {
            return elision;
        }

        return new Token(TokenKind.AmbiguousQuote, TokenShape.None, start, 1);
    }

    private readonly Token LexCloseQuote(int start)
    {
        if (text[start] == '\u2019' && TryLexElision(start, out Token elision))
        {
            return elision;
        }

        return new Token(TokenKind.CloseQuote, TokenShape.NonAscii, start, 1);
    }

    /// <summary>Words that begin with an apostrophe: "rock 'n' roll" and decades such as "’90s".</summary>
    private readonly bool TryLexElision(int start, out Token token)
    {
        token = default;
        if (start > 0 && CharacterClassifier.IsLetterOrDigitAt(text, start - 1))
        {
            return false;
        }

        char apostrophe = text[start];
        TokenShape nonAscii = NonAsciiFlag(apostrophe);
        if (start + 2 < text.Length && text[start + 1] == 'n' && CharacterClassifier.IsApostrophe(text[start + 2])
            && !CharacterClassifier.IsLetterOrDigitAt(text, start + 3))
        {
            token = new Token(TokenKind.Word, TokenShape.Apostrophe | TokenShape.Lowercase | TokenShape.HasLetters | nonAscii | NonAsciiFlag(text[start + 2]), start, 3);
            return true;
        }

        if (start + 2 < text.Length && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2]))
        {
            int end = start + 3;
            if (end < text.Length && text[end] == 's')
            {
                end++;
            }

            if (!CharacterClassifier.IsLetterOrDigitAt(text, end))
            {
                token = new Token(TokenKind.Number, TokenShape.HasDigits | TokenShape.Apostrophe | nonAscii, start, end - start);
                return true;
            }
        }

        return false;
    }

    private readonly Token LexDash(int start)
    {
        char first = text[start];
        int current = start + 1;
        while (current < text.Length && text[current] == first)
        {
            current++;
        }

        return new Token(TokenKind.Dash, NonAsciiFlag(first), start, current - start);
    }

    private readonly Token LexSymbol(int start)
    {
        CharacterClassifier.At(text, start, out int length);
        int current = start + length;
        TokenShape flags = NonAsciiFlag(text[start]);
        // Emoji sequences stay whole: variation selectors, skin tones, keycaps, and joiners between pictographs.
        while (current < text.Length)
        {
            char character = text[current];
            if (character is '\uFE0E' or '\uFE0F' or '\u20E3')
            {
                current++;
            }
            else if (character == '\uD83C' && current + 1 < text.Length && text[current + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                current += 2;
            }
            else if (character == '\u200D' && current + 1 < text.Length && CharacterClassifier.At(text, current + 1, out int joined) == CharacterClass.Symbol)
            {
                current += 1 + joined;
            }
            else
            {
                break;
            }
        }

        if (current - start > length)
        {
            flags |= TokenShape.NonAscii;
        }

        return new Token(TokenKind.Symbol, flags, start, current - start);
    }

    private readonly Token LexFormat(int start)
    {
        int current = start;
        while (current < text.Length && CharacterClassifier.At(text, current, out int length) == CharacterClass.Format)
        {
            current += length;
        }

        return new Token(TokenKind.Other, TokenShape.Invisible | TokenShape.NonAscii, start, current - start);
    }

    private readonly Token LexOther(int start)
    {
        CharacterClass characterClass = CharacterClassifier.At(text, start, out int length);
        TokenShape control = characterClass == CharacterClass.Control ? TokenShape.Control : TokenShape.None;
        return new Token(TokenKind.Other, NonAsciiFlag(text[start]) | control, start, length);
    }
}
