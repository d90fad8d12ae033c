using TextRepair.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// Finds runs of UTF-8 read as a code page other than Windows-1252 (<see cref="SingleByteCodePage.Others"/>):
/// "UkrsotsbankвЂ™s" (Windows-1251), "it‚Äôs" and "g√¢teaux" (Mac OS Roman), "LiĂ¨ge" (Windows-1250). The pages'
/// own languages write their leads and continuations side by side ("Её" is a Russian word and UTF-8 for "Ÿ"), so a run
/// is repaired only on stronger evidence than <see cref="MojibakeDetector"/> asks: two sequences or more that decode to
/// one script, or one that decodes to punctuation, a currency sign or a ligature, or to a European letter glued to ASCII
/// text ("Ă¨" in "LiĂ¨ge", never beside a letter of the page's own script).
/// </summary>
internal static class CodePageMojibakeDetector
{
    /// <summary>The next run at or after <paramref name="from"/> on <paramref name="page"/>, with its repair.</summary>
    public static bool TryFindNext(ReadOnlySpan<char> text, int from, SingleByteCodePage page, out TextSpan run, out string repaired)
    {
        for (int position = from; position < text.Length;)
        {
            int lead = text[position..].IndexOfAny(page.Leads);
            if (lead < 0)
            {
                break;
            }

            int start = position + lead;
            int end = start;
            int sequences = 0;
            while (page.SequenceAt(text, end) is var length and > 0)
            {
                end += length;
                sequences++;
            }

            if (sequences > 0 && page.Redecode(text[start..end]) is { } decoded && IsPlausible(text, start, end, sequences, decoded))
            {
                run = TextSpan.FromBounds(start, end);
                repaired = decoded;
                return true;
            }

            // A chain's later leads parse into the same sequences: resuming past it keeps the search linear.
            position = Math.Max(end, start + 1);
        }

        run = default;
        repaired = string.Empty;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="page"/> reads the whole of <paramref name="run"/> as damage too, and as what: another page
    /// that does, with other characters, makes the repair a guess.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, TextSpan run, SingleByteCodePage page, out string decoded)
    {
        decoded = string.Empty;
        int sequences = 0;
        for (int position = run.Start; position < run.End; sequences++)
        {
            int length = page.SequenceAt(text[..run.End], position);
            if (length == 0)
            {
                return false;
            }

            position += length;
        }

        if (page.Redecode(text[run.Start..run.End]) is not { } read || !IsPlausible(text, run.Start, run.End, sequences, read))
        {
            return false;
        }

        decoded = read;
        return true;
    }

    /// <summary>Whether <paramref name="index"/> lies in a run of any of the other code pages.</summary>
    public static bool IsInRun(ReadOnlySpan<char> text, int index)
    {
        // A sequence is at most four characters long: a run holding the index starts at most three before it.
        ReadOnlySpan<char> window = text[..Math.Min(text.Length, index + 4)];
        foreach (SingleByteCodePage page in SingleByteCodePage.Others)
        {
            for (int from = Math.Max(0, index - 3); TryFindNext(window, from, page, out TextSpan run, out _) && run.Start <= index; from = run.End)
            {
                if (run.Contains(index))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int end, int sequences, string decoded)
    {
        // A run Windows-1252 could read is that reading's to judge ("â€™" is the same characters on Windows-1250):
        // MojibakeDetector leaves the ones in damage of several layers alone, and so must this.
        if (IsWindows1252Text(text[start..end]))
        {
            return false;
        }

        foreach (char character in decoded)
        {
            if (!char.IsLetter(character) && !IsSign(character))
            {
                return false;
            }
        }

        if (sequences > 1)
        {
            // Damage alternates a few letters with marks and rarer letters ("РґРѕСЂРѕРіРµ"); a short word of the page's own
            // script can be read as two sequences too ("ВІКІ", Ukrainian for "WIKI"): three sequences at least, then.
            return IsOneScript(decoded) && (sequences >= 3 || !IsAllOtherLetters(text[start..end]));
        }

        // Box-drawing characters side by side are a console's table, drawn ("├┤a┼┐a"): one sequence made of them alone is no evidence.
        if (!text[start..end].ContainsAnyExceptInRange('\u2500', '\u259F'))
        {
            return false;
        }

        int value = char.ConvertToUtf32(decoded, 0);
        if (end - start > 2)
        {
            // "вЂ™", "‚Äù", "п¬Ѓ": marks, signs and ligatures no language's text spells with these letters; and a letter
            // with a continuation shown as a box-drawing character ("ß║┐" is "ế", "ß╗ç" is "ệ"), which no language writes
            // glued to a letter.
            return !char.IsLetter(decoded, 0) || value is >= 0xFB00 and <= 0xFB06 || text[(start + 1)..end].ContainsAnyInRange('\u2500', '\u259F');
        }

        // A letter of Latin-1 or Latin Extended-A, or a sign ("В°" for "°"), glued to a lowercase ASCII word and to no
        // other letter ("LiĂ¨ge", "g√¢teaux"): Latin Extended-B is what a Mac's "«" before "Ç" makes ("«Ça" is French),
        // a no-break space after a capital is just that ("SELKÄ\u00A0EDELLÄ"), a soft hyphen one only inside or at the end
        // of a lowercase word ("třetĂ\u00ADho", "tisíciletĂ\u00AD": a word ends in no soft hyphen), and a capital before a
        // sign may be one ("NICIODATĂ™").
        bool lowercaseBefore = IsAsciiLowercase(text, start - 1);
        bool lowercaseAfter = IsAsciiLowercase(text, end);
        bool otherLetterBeside = IsOtherLetter(text, start - 1) || IsOtherLetter(text, end);
        bool wordEndsAfter = end == text.Length || !char.IsLetter(text[end]);
        return value is >= 0xA1 and <= 0x17F && text[start + 1] != '\u00A0' && (text[start + 1] != '\u00AD' || (lowercaseBefore && (lowercaseAfter || wordEndsAfter)))
            && (lowercaseBefore || lowercaseAfter) && !otherLetterBeside;
    }

    /// <summary>The signs a run may decode to besides letters: Latin-1's (but the not sign, debris more often than meant), punctuation, currency, letterlike signs, ligatures.</summary>
    private static bool IsSign(char character) =>
        character is >= '\u00A1' and <= '\u00BF' and not '\u00AC' and not '\u00AD' or >= '\u2010' and <= '\u205E' or >= '\u20A0' and <= '\u20CF'
            or >= '\u2100' and <= '\u215F' or >= '\uFB00' and <= '\uFB06';

    /// <summary>Whether the run is Windows-1252's too: it opens with a lead there and every character is one of its 256.</summary>
    private static bool IsWindows1252Text(ReadOnlySpan<char> run)
    {
        if (SingleByteCodePage.Windows1252.SequenceLength(run[0]) == 0)
        {
            return false;
        }

        foreach (char character in run)
        {
            if (!SingleByteCodePage.Windows1252.TryGetByte(character, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllOtherLetters(ReadOnlySpan<char> run)
    {
        foreach (char character in run)
        {
            if (char.IsAscii(character) || !char.IsLetter(character))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLowercase(ReadOnlySpan<char> text, int index) => (uint)index < (uint)text.Length && char.IsAsciiLetterLower(text[index]);

    private static bool IsOtherLetter(ReadOnlySpan<char> text, int index) => (uint)index < (uint)text.Length && !char.IsAscii(text[index]) && char.IsLetter(text[index]);

    /// <summary>Whether the letters of <paramref name="decoded"/> are of one script: "дороге", "Â£", not Latin and Cyrillic mixed.</summary>
    private static bool IsOneScript(string decoded)
    {
        int script = -1;
        foreach (char character in decoded)
        {
            if (!char.IsLetter(character))
            {
                continue;
            }

            // Latin as one script (Latin-1, Extended-A and B, Vietnamese); elsewhere a block of 256 stands for a script.
            int letterScript = character < '\u0250' || character is >= '\u1E00' and <= '\u1EFF' ? 0 : character >> 8;
            if (script >= 0 && letterScript != script)
            {
                return false;
            }

            script = letterScript;
        }

        return true;
    }
}
