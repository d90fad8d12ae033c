using TextRepair.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// Finds runs of UTF-8 decoded as Windows-1252 ("donâ€™t", "OrfÃ¨vres") and what they decode to. A run is a chain of
/// complete sequences — a lead character (Â–ô) followed by exactly the continuation characters its byte calls for — so
/// correct text with accents (Zürich, São Paulo, naïve, Ã in Portuguese) never forms one: there a lead is followed by
/// an ordinary letter. A run is repaired only when its bytes are valid UTF-8, repeatedly for text encoded wrongly twice.
/// A sequence may have lost a byte on the way: a byte Windows-1252 leaves undefined comes out of a strict decoder as
/// U+FFFD ("â€�" is "”", 0xE2 0x80 0x9D, whose last byte was lost), and such a sequence is decoded as what it can only
/// have been or, as ftfy decodes it, as one U+FFFD: one mark of a lost character instead of two or three of mojibake.
/// </summary>
internal static class MojibakeDetector
{
    private const int MaximumRounds = 3;

    /// <summary>The next run at or after <paramref name="from"/>, with its repair; false when there is none.</summary>
    public static bool TryFindNext(ReadOnlySpan<char> text, int from, out TextSpan run, out string repaired) =>
        TryFindNext(text, from, out run, out repaired, out _);

    /// <summary>
    /// The next run at or after <paramref name="from"/>, with its repair; false when there is none.
    /// <paramref name="guessed"/> says that a lost byte was filled in with the one character the sequence most likely
    /// was ("”" for "â€�") rather than marked as lost: right in running text, but a guess.
    /// </summary>
    public static bool TryFindNext(ReadOnlySpan<char> text, int from, out TextSpan run, out string repaired, out bool guessed)
    {
        int position = from;
        while (position < text.Length)
        {
            int lead = text[position..].IndexOfAnyInRange('\u00C2', '\u00F4');
            if (lead < 0)
            {
                break;
            }

            int start = position + lead;
            int end = start;
            while (SequenceAt(text, end, out _) is var length and > 0)
            {
                end += length;
            }

            if (end == start)
            {
                position = start + 1;
                continue;
            }

            if (!IsOneCleanLayer(text, start, end, out int clusterEnd))
            {
                position = clusterEnd;
                continue;
            }

            if (Repair(text[start..end], out guessed) is { } fixedText && IsPlausible(text, start, end, fixedText))
            {
                run = TextSpan.FromBounds(start, end);
                repaired = fixedText;
                return true;
            }

            position = start + 1;
        }

        run = default;
        repaired = string.Empty;
        guessed = false;
        return false;
    }

    /// <summary>Whether the character at <paramref name="index"/> lies in a run this detector reads.</summary>
    public static bool IsInRun(ReadOnlySpan<char> text, int index) =>
        // A sequence is at most four characters long: look at most three back for its lead, and up to eight on, as a
        // no-break space turned space counts only before the whole next sequence.
        TryFindNext(text[..Math.Min(text.Length, index + 8)], Math.Max(0, index - 3), out TextSpan run, out _) && run.Contains(index);

    /// <summary>
    /// The length of the UTF-8 sequence at <paramref name="position"/> (a lead and the continuations it calls for, as
    /// Windows-1252 shows them), or 0, and how it was <paramref name="damaged"/> beyond the misreading. Some of its
    /// continuations may show as U+FFFD, lost; at least one must be there, as a lead before nothing but U+FFFD ("é��")
    /// is as likely a letter of its own before other damage. And a no-break space (0xA0), a sequence's last byte, may have
    /// become a plain space ("Ð " is "Р", "à¸ " is "ภ"), as ftfy reads it, where another sequence follows at once.
    /// </summary>
    private static int SequenceAt(ReadOnlySpan<char> text, int position, out SequenceDamage damaged)
    {
        damaged = SequenceDamage.None;
        SingleByteCodePage page = SingleByteCodePage.Windows1252;
        int length = page.SequenceAt(text, position);
        if (length > 0 || position >= text.Length)
        {
            return length;
        }

        length = page.SequenceLength(text[position]);
        if (length == 0 || position + length > text.Length)
        {
            return 0;
        }

        // The no-break space is the last byte: of two after the leads whose letter it makes, of three or four after any.
        bool spaceLast = text[position + length - 1] == ' ' && (length > 2 || text[position] is '\u00C2' or '\u00C3' or '\u00C5' or '\u00CE' or '\u00D0');
        if (spaceLast && page.SequenceAt(text, position + length) > 0 && AreContinuations(text.Slice(position + 1, length - 2)))
        {
            damaged = SequenceDamage.SpaceForNoBreakSpace;
            return length;
        }

        int lost = 0;
        for (int index = position + 1; index < position + length; index++)
        {
            if (text[index] == '\uFFFD')
            {
                lost++;
            }
            else if (!page.IsContinuation(text[index]))
            {
                return 0;
            }
        }

        damaged = lost > 0 ? SequenceDamage.LostBytes : SequenceDamage.None;
        return lost > 0 && (length == 2 || lost < length - 1) ? length : 0;
    }

    private static bool AreContinuations(ReadOnlySpan<char> characters)
    {
        foreach (char character in characters)
        {
            if (!SingleByteCodePage.Windows1252.IsContinuation(character))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether decoding a run makes the text more likely, as ftfy asks before it changes anything. A run of several
    /// sequences almost never occurs in correct text; a run of one is two or three ordinary characters that correct text
    /// also writes side by side: a capital with an accent before a symbol ("NESTLÉ®", "MARQUÉ…", "4288×…"), an accented
    /// capital inside a word in capitals ("MISUTÂ AJIKKO"), a letter before two marks ("Brontë…”"). Such a run is decoded
    /// only when the result is plausible: a Latin-1 character, or a letter of another script where the sequence sits
    /// inside or opens a lowercase word ("siÄ™" → "się", "pÅ™ed" → "před", "Å koda" → "Škoda"), never a rare letter
    /// made out of a word's last letter and the punctuation after it, nor a letter whose second character is a curly
    /// apostrophe before an "s" that ends the word ("Ã’s").
    /// </summary>
    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int end, string repaired)
    {
        if (end - start != SingleByteCodePage.Windows1252.SequenceLength(text[start]))
        {
            return true;
        }

        bool marksOnly = true;
        for (int index = start + 1; index < end; index++)
        {
            // A C1 control is never in correct text: the sequence is damage, whatever it decodes to.
            if (text[index] is >= '\u0080' and <= '\u009F')
            {
                return true;
            }

            marksOnly &= !char.IsLetter(text[index]);
        }

        int decoded = char.ConvertToUtf32(repaired, 0);
        bool decodedLetter = char.IsLetter(repaired, 0);
        bool beforeLetter = end < text.Length && char.IsLetter(text[end]);
        if (end - start == 2)
        {
            // "a lot of Ã’s": a curly apostrophe and an "s" that ends the word read as a plural or possessive of what stands
            // before it, which a text about mojibake names; a letter with 0x92 as its second byte ("Ò", "Œ") before a
            // lone "s" is not what damage leaves.
            if (text[start + 1] == '\u2019' && end < text.Length && text[end] == 's' && (end + 1 == text.Length || !char.IsLetter(text[end + 1])))
            {
                return false;
            }

            // "MISUTÂ AJIKKO": a capital and a space inside a word in capitals, not a damaged no-break space.
            bool inCapitals = start > 0 && char.IsUpper(text[start - 1]) && end < text.Length && char.IsUpper(text[end]);
            if (inCapitals && !decodedLetter)
            {
                return false;
            }

            // Glued to a word in capitals or to a number ("MARQUÉ…", "4288×…"); a capital alone may open a word ("HÄ±rsÄ±z").
            bool inCapitalsOrNumber = start > 0 && (char.IsDigit(text[start - 1])
                || (char.IsUpper(text[start - 1]) && start > 1 && (char.IsUpper(text[start - 2]) || char.IsDigit(text[start - 2]))));
            bool inLowercaseWord = (start > 0 && char.IsLower(text[start - 1])) || (end < text.Length && char.IsLower(text[end]) && !inCapitalsOrNumber);
            // The combining marks of U+0300–U+036F ("$Ì¶6Ì¶3Ì¶" → struck-through digits) never come out of two ordinary characters.
            return decoded < 0x100 || !marksOnly || inLowercaseWord || decoded is >= 0x300 and <= 0x36F;
        }

        // A three-byte sequence decodes to punctuation and symbols in real damage ("â€™" → "’"); a lone letter of a
        // far script made of a word's last letter and two marks after it ("Brontë…”") is a coincidence.
        return !(marksOnly && decodedLetter && !beforeLetter);
    }

    /// <summary>
    /// Whether the run <c>[start, end)</c> is all the damage around it: the characters glued to it that could come from
    /// UTF-8 bytes (leads, continuations) hold no lead byte or C1 control outside a complete sequence. When they do
    /// ("ofÃ¢â‚Ã©¬â„¢"), the text went through more than one clean layer of damage, or was cut, and decoding the runs
    /// inside would only invent characters: the whole cluster is left alone, and <paramref name="clusterEnd"/> says
    /// where it ends. A lone continuation character beside a run ("«cafÃ©»", "Ã©’s") is ordinary punctuation.
    /// </summary>
    private static bool IsOneCleanLayer(ReadOnlySpan<char> text, int start, int end, out int clusterEnd)
    {
        int clusterStart = start;
        while (clusterStart > 0 && CouldBeUtf8Byte(text[clusterStart - 1]))
        {
            clusterStart--;
        }

        clusterEnd = end;
        while (clusterEnd < text.Length && CouldBeUtf8Byte(text[clusterEnd]))
        {
            clusterEnd++;
        }

        for (int position = clusterStart; position < clusterEnd;)
        {
            int length = SequenceAt(text, position, out _);
            if (length > 0)
            {
                position += length;
                continue;
            }

            char character = text[position];
            if (SingleByteCodePage.Windows1252.SequenceLength(character) > 0 || character is >= '\u0080' and <= '\u009F')
            {
                return false;
            }

            position++;
        }

        return true;
    }

    /// <summary>
    /// Whether the character at <paramref name="index"/> is glued to debris of UTF-8 read as Windows-1252 or Latin-1: the
    /// characters around it that could be bytes hold a complete sequence ("Ã¢â‚¬\u009d", "Â\u0081"). Then it is part of
    /// damaged encoding, repaired or not, and is evidence to keep. A letter with an accent ("parlé\u0085 Tu sais") or a
    /// mark ("quotes…\u0094") beside it is text read as Latin-1, not debris.
    /// </summary>
    public static bool IsGluedToMojibake(ReadOnlySpan<char> text, int index)
    {
        // A sequence is at most four characters long: three on each side reach any that holds the character.
        int start = index;
        while (start > Math.Max(0, index - 3) && CouldBeUtf8Byte(text[start - 1]))
        {
            start--;
        }

        int end = index + 1;
        while (end < Math.Min(text.Length, index + 4) && CouldBeUtf8Byte(text[end]))
        {
            end++;
        }

        for (int position = start; position < end; position++)
        {
            if (SingleByteCodePage.Windows1252.SequenceAt(text[..end], position) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CouldBeUtf8Byte(char character) =>
        SingleByteCodePage.Windows1252.SequenceLength(character) > 0 || SingleByteCodePage.Windows1252.IsContinuation(character);


    private static string? Repair(ReadOnlySpan<char> run, out bool guessed)
    {
        guessed = false;
        string? current = run.ContainsAny('\uFFFD', ' ') ? RedecodeDamaged(run, out guessed) : SingleByteCodePage.Windows1252.Redecode(run);
        if (current is null)
        {
            return null;
        }

        for (int round = 1; round < MaximumRounds; round++)
        {
            if (!TryFindNext(current, 0, out TextSpan inner, out string innerRepair, out bool innerGuessed) || inner.Length != current.Length)
            {
                break;
            }

            // A character guessed for a lost byte that the next round reads as a byte of a longer sequence ("Ã¢â€�â€™" is
            // "â”’" and then "┒") is borne out: no other of the lost byte's candidates makes one.
            current = innerRepair;
            guessed = innerGuessed;
        }

        return ReadControls(current);
    }

    /// <summary>
    /// Decodes a run in which some sequences were damaged further: each whole sequence as
    /// <see cref="SingleByteCodePage.Redecode"/> does, one whose no-break space became a space with that space read as
    /// 0xA0, and one that lost a byte as the only character it can stand for in running text or else as one U+FFFD.
    /// </summary>
    private static string? RedecodeDamaged(ReadOnlySpan<char> run, out bool guessed)
    {
        guessed = false;
        var decoded = new System.Text.StringBuilder(run.Length);

        // Emoji are four-byte sequences, whose leads show as "ð" to "ô"; asked once, not for each lost byte.
        bool emoji = run.ContainsAnyInRange('\u00F0', '\u00F4');
        for (int position = 0; position < run.Length;)
        {
            int length = SequenceAt(run, position, out SequenceDamage damaged);
            ReadOnlySpan<char> sequence = run.Slice(position, length);
            string? read = damaged switch
            {
                SequenceDamage.LostBytes => ReadLost(sequence, emoji),
                SequenceDamage.SpaceForNoBreakSpace => SingleByteCodePage.Windows1252.Redecode([.. sequence[..^1], '\u00A0']),
                _ => SingleByteCodePage.Windows1252.Redecode(sequence),
            };

            if (damaged == SequenceDamage.LostBytes)
            {
                guessed |= read is not null;
                read ??= "\uFFFD";
            }

            if (read is null)
            {
                return null;
            }

            decoded.Append(read);
            position += length;
        }

        return decoded.ToString();
    }

    /// <summary>
    /// The character a sequence that lost its last byte stood for, when running text leaves one candidate. The lost byte
    /// is one Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): after 0xE2 0x80 that makes U+2001, U+200D,
    /// U+200F, U+2010 or U+201D, and outside emoji (which U+200D joins) the right double quotation mark, by far the
    /// commonest of the five in prose. Null for any other sequence: its lost byte is not to be told.
    /// </summary>
    private static string? ReadLost(ReadOnlySpan<char> sequence, bool emoji) =>
        !emoji && sequence is ['\u00E2', '\u20AC', '\uFFFD'] ? "\u201D" : null;

    /// <summary>
    /// <paramref name="text"/> with each C1 control read as the Windows-1252 character of its byte: "Â\u0093" decodes to
    /// U+0093, a "“" that was read as Latin-1 before the text went through UTF-8 (two layers, as TR1004 reads one). Null
    /// when a control is left, as the bytes were then not text that went through UTF-8.
    /// </summary>
    private static string? ReadControls(string text)
    {
        char[]? read = null;
        for (int index = 0; index < text.Length; index++)
        {
            char character = text[index];
            if (!char.IsControl(character))
            {
                continue;
            }

            if (!SingleByteCodePage.Windows1252.TryGetMeaningOfControl(character, out char meant))
            {
                return null;
            }

            read ??= text.ToCharArray();
            read[index] = meant;
        }

        return read is null ? text : new string(read);
    }

    /// <summary>How a sequence was damaged beyond being read on the wrong page.</summary>
    private enum SequenceDamage
    {
        None,

        /// <summary>Some continuation bytes show as U+FFFD.</summary>
        LostBytes,

        /// <summary>Its last byte, 0xA0, shows as a plain space.</summary>
        SpaceForNoBreakSpace,
    }
}
