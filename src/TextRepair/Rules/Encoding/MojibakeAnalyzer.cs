using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// TR1001: UTF-8 text decoded as Windows-1252 or Latin-1 ("donâ€™t", "OrfÃ¨vres", "â€œquotedâ€\u009d"), also encoded
/// wrongly twice; and the "Â" left in front of a space where a no-break space was damaged. The fix decodes the run again.
/// </summary>
/// <remarks>See <see cref="MojibakeDetector"/> for why correct accented text is never touched.</remarks>
internal sealed class MojibakeAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "TR1001",
        "Mojibake",
        "'{0}' is damaged encoding; it should read '{1}'",
        DiagnosticCategory.Encoding,
        DiagnosticSeverity.Warning,
        description: "UTF-8 text that was decoded as Windows-1252 or Latin-1, once or twice.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    protected override void Register(AnalysisRegistration registration) =>
        registration.RegisterParagraphAction(Analyze, TokenShape.NonAscii);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        IReadOnlyList<SingleByteCodePage> pages = SingleByteCodePage.Others;

        // The next run of each reading, Windows-1252's first and then the other pages', merged from left to right so that
        // each search only moves forward (linear in the paragraph, however many runs). A run of another page that
        // overlaps Windows-1252's next run is that reading's: its evidence is the weaker one.
        Span<TextSpan> next = stackalloc TextSpan[pages.Count + 1];
        bool damaged = false;
        var quoteOpened = default(OpeningQuoteSearch);
        for (int reading = 0; reading < next.Length; reading++)
        {
            next[reading] = FindNext(text, 0, reading);
        }

        while (true)
        {
            int earliest = -1;
            for (int reading = 0; reading < next.Length; reading++)
            {
                if (next[reading].Length > 0 && (earliest < 0 || next[reading].Start < next[earliest].Start))
                {
                    earliest = reading;
                }
            }

            if (earliest < 0)
            {
                break;
            }

            TextSpan run = next[earliest];
            if (earliest > 0 && next[0].Length > 0 && next[0].OverlapsWith(run))
            {
                next[earliest] = FindNext(text, run.End, earliest);
                continue;
            }

            Report(context, text, run, earliest, ref quoteOpened);
            damaged = true;
            for (int reading = 0; reading < next.Length; reading++)
            {
                if (next[reading].Length > 0 && next[reading].Start < run.End)
                {
                    next[reading] = FindNext(text, run.End, reading);
                }
            }
        }

        ReportDamagedNoBreakSpaces(context, text);
        ReportDamagedAGraves(context, text, damaged);
    }

    /// <summary>
    /// Whether the character at <paramref name="index"/> is a byte of a run this rule reads, on any page: a control, a soft
    /// hyphen or a U+FFFD there is the run's, which the rules for such characters leave alone.
    /// </summary>
    internal static bool IsInRun(ReadOnlySpan<char> text, int index) =>
        MojibakeDetector.IsInRun(text, index) || CodePageMojibakeDetector.IsInRun(text, index);

    /// <summary>The next run from <paramref name="from"/> of a reading: 0 for Windows-1252, then the other pages in order; empty when none.</summary>
    private static TextSpan FindNext(ReadOnlySpan<char> text, int from, int reading) =>
        (reading == 0 ? MojibakeDetector.TryFindNext(text, from, out TextSpan run, out _)
            : CodePageMojibakeDetector.TryFindNext(text, from, SingleByteCodePage.Others[reading - 1], out run, out _)) ? run : default;

    private static void Report(ParagraphAnalysisContext context, ReadOnlySpan<char> text, TextSpan run, int reading, ref OpeningQuoteSearch quoteOpened)
    {
        string repaired;
        string title;
        FixApplicability applicability = FixApplicability.Automatic;
        if (reading == 0)
        {
            MojibakeDetector.TryFindNext(text, run.Start, out _, out repaired, out bool guessed);
            title = $"Replace with '{repaired}'";

            // A lost byte read as "”" is sure where it closes a quotation ("â€œlossy decodingâ€�"); elsewhere it is offered.
            if (guessed && !quoteOpened.Before(text, run.Start))
            {
                applicability = FixApplicability.Suggested;
            }
        }
        else
        {
            SingleByteCodePage page = SingleByteCodePage.Others[reading - 1];
            CodePageMojibakeDetector.TryFindNext(text, run.Start, page, out _, out repaired);
            title = $"Replace with '{repaired}' (UTF-8 read as {page.Name})";

            // Where another page reads the same characters as other bytes ("MĂĄm" is "Mám" on ISO-8859-2 and "Måm" on
            // Windows-1250), which one the text went through is a guess: offered, not applied.
            if (IsReadOtherwise(text, run, page, repaired))
            {
                applicability = FixApplicability.Suggested;
            }
        }

        var fix = new Fix(title, applicability, new TextChange(run, repaired));
        context.Report(Rule, run, Rule.FormatMessage(text.Slice(run.Start, run.Length).ToString(), repaired), fix);
    }

    /// <summary>
    /// Whether a quotation is open at a position: the last double quotation mark before it opens one ("“" or its damaged
    /// form "â€œ"), not closes it ("”", "â€\u009D", "â€�"). Asked for positions from left to right, so that the text is read once
    /// however many runs ask.
    /// </summary>
    private struct OpeningQuoteSearch
    {
        private int searchedTo;
        private bool open;

        public bool Before(ReadOnlySpan<char> text, int position)
        {
            for (int index = searchedTo; index < position; index++)
            {
                int next = text[index..position].IndexOfAny('\u201C', '\u201D', '\u00E2');
                if (next < 0)
                {
                    break;
                }

                index += next;
                ReadOnlySpan<char> rest = text[index..];
                if (rest[0] != '\u00E2')
                {
                    open = rest[0] == '\u201C';
                }
                else if (rest.StartsWith("\u00E2\u20AC", StringComparison.Ordinal) && rest.Length > 2 && rest[2] is '\u0153' or '\u009D' or '\uFFFD')
                {
                    open = rest[2] == '\u0153';
                }
            }

            searchedTo = Math.Max(searchedTo, position);
            return open;
        }
    }

    private static bool IsReadOtherwise(ReadOnlySpan<char> text, TextSpan run, SingleByteCodePage page, string repaired)
    {
        foreach (SingleByteCodePage other in SingleByteCodePage.Others)
        {
            if (other != page && CodePageMojibakeDetector.TryRead(text, run, other, out string otherwise) && otherwise != repaired)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "voilÃ  le", "dÃ©jÃ vu", "jusqu'Ã nos": "à" is UTF-8 0xC3 0xA0, and the no-break space Latin-1 shows for 0xA0 was
    /// turned into a plain space or dropped, so no run forms. "Ã" before a space and a lowercase word, after lowercase
    /// letters or standing alone in a paragraph with other damage, is that "à" (the capital "Ã" of Portuguese stands in
    /// words in capitals: "NÃO", "IRMÃ E"); of two spaces after it, one was the byte, and so is the one space before the
    /// rest of a Portuguese contraction ("Ã s crianças" is "às crianças").
    /// </summary>
    private static void ReportDamagedAGraves(ParagraphAnalysisContext context, ReadOnlySpan<char> text, bool damaged)
    {
        for (int index = text.IndexOf('\u00C3'); index >= 0; index = CharacterSearch.IndexOf(text, index + 1, '\u00C3'))
        {
            int spaces = 0;
            while (index + 1 + spaces < text.Length && text[index + 1 + spaces] == ' ' && spaces < 3)
            {
                spaces++;
            }

            bool wordAfter = spaces is 1 or 2 && index + 1 + spaces < text.Length && char.IsLower(text[index + 1 + spaces]);

            // Alone, "Ã" may be the letter itself ("Ã is a letter"): there it takes other damage in the paragraph to say.
            bool endsLowercaseWord = index > 0 && char.IsLower(text[index - 1]);
            bool alone = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            if (!wordAfter || !(endsLowercaseWord || (alone && damaged)))
            {
                continue;
            }

            // Portuguese writes "às", "àquele", "àquela", "àquilo" in one word: there the space is the byte.
            int wordStart = index + 1 + spaces;
            int wordEnd = wordStart;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            bool contraction = spaces == 1 && text[wordStart..wordEnd] is "s" or "quele" or "quela" or "quilo" or "queles" or "quelas"
                && (wordEnd == text.Length || text[wordEnd] is not ('\'' or '\u2019'));
            var span = new TextSpan(index, spaces == 2 || contraction ? 2 : 1);
            var fix = new Fix("Replace with 'à'", FixApplicability.Automatic, new TextChange(span, "à"));
            context.Report(Rule, span, Rule.FormatMessage(text.Slice(span.Start, span.Length).ToString(), "à"), fix);
        }
    }

    /// <summary>"100Â km": the lead byte of a no-break space whose second byte became a plain space.</summary>
    private static void ReportDamagedNoBreakSpaces(ParagraphAnalysisContext context, ReadOnlySpan<char> text)
    {
        for (int index = text.IndexOf('\u00C2'); index >= 0; index = CharacterSearch.IndexOf(text, index + 1, '\u00C2'))
        {
            // Before a sequence, "Â " is the no-break space of a run ("namedÂ â€ž" is "named\u00A0„"), read with it.
            if (index + 1 >= text.Length || text[index + 1] != ' ' || MojibakeDetector.IsInRun(text, index))
            {
                continue;
            }

            // Alone between spaces it might be a letter being discussed; glued to a word or number it is debris.
            bool glued = index > 0 && !char.IsWhiteSpace(text[index - 1]);
            var span = new TextSpan(index, 1);
            var fix = new Fix("Remove 'Â'", glued ? FixApplicability.Automatic : FixApplicability.Suggested, TextChange.Delete(span));
            context.Report(Rule, span, Rule.FormatMessage("Â", " "), fix);
        }
    }
}
