using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TextRepair.Analysis;
using TextRepair.Documents;
using TextRepair.Fixes;
using TextRepair.Lexing;
using TextRepair.Tests.Support;
using TextRepair.Text;

namespace TextRepair.Tests.Documents;

/// <summary>
/// The contract of incremental analysis: after any sequence of edits, every version's diagnostics, fixes and sentence
/// scores equal those of a fresh analysis of the same text. Edits join and split paragraphs and sentences, open and
/// close quotations (also across paragraphs), and create and remove words used twice; every rule is on.
/// </summary>
public class IncrementalAnalysisProperties
{
    /// <summary>How many edits a case applies: the CI run makes thousands in all; set TEXTREPAIR_LONG_FUZZ=1 for more.</summary>
    private static readonly int EditsPerCase = Environment.GetEnvironmentVariable("TEXTREPAIR_LONG_FUZZ") == "1" ? 200 : 25;

    private static readonly string[] Paragraphs =
    [
        "Protesters gathered in Minsk on Sunday, and police detained dozens of them.",
        "“We will not leave,” said Maria Kolesnikova. “The streets are ours.",
        "“We are here every day,” she added, “until the vote is counted again.”",
        "Lukashenko said the the protests were organised from abroad.",
        "aOn Sunday, at least 100,000 people marched. People. People.",
        "The commission counted the ballots, and the result was announced on Monday",
        "Tsikhanouskaya, who left for Lithuania, called for a election. Tsikhanouskaya spoke from Vilnius.",
        "Last week, he gave an interview this week.",
        "The goverment denied it. The goverment said nothing else.",
        "Belarus",
        "To President Putin that he has everything under control.",
    ];

    private static readonly string[] Insertions =
    [
        "\n\n", "\n", " ", "“", "”", "\"", "the ", "The ", ".", ". ", "goverment ", "Tsikhanovskaya ", "a ", "an ", "aOn ",
        "They said", "x", "People. ", ",", "—", "Minsk", "\r\n", "  ",
    ];

    [Property(MaxTest = 60, Replay = "(20261130,1131)")]
    public Property Every_version_equals_a_fresh_analysis() =>
        Prop.ForAll(Documents().ToArbitrary(), Edits().ToArbitrary(), (text, seeds) =>
        {
            TextDocument document = TextDocument.Create(Engines.AllRules, text);
            document.GetDiagnostics();
            TextDocument analysed = document;
            foreach ((int where, int length, int what, bool analyse) in seeds)
            {
                int start = text.Length == 0 ? 0 : where % (document.Text.Length + 1);
                int removed = Math.Min(length, document.Text.Length - start);
                string inserted = what < 0 ? string.Empty : Insertions[what % Insertions.Length];
                document = document.WithChange(new TextChange(new TextSpan(start, removed), inserted));

                // Versions that are never analysed make the next one reuse from further back.
                if (analyse)
                {
                    AssertSameAsFresh(document);
                    if (document.Version == analysed.Version + 1)
                    {
                        AssertChangesAsFullListsGiveThem(analysed, document);
                    }

                    analysed = document;
                }
            }

            AssertSameAsFresh(document);
            return true;
        });

    /// <summary>
    /// An edit of several changes at once (a fix-all pass, a replace-all) follows the same contract: the paragraphs
    /// between its changes are taken over, which must give what a fresh analysis gives, whatever the changes join,
    /// split or repeat.
    /// </summary>
    [Property(MaxTest = 60, Replay = "(20261201,1201)")]
    public Property Every_version_after_edits_of_several_changes_equals_a_fresh_analysis() =>
        Prop.ForAll(Documents().ToArbitrary(), Edits().ToArbitrary(), (text, seeds) =>
        {
            TextDocument document = TextDocument.Create(Engines.AllRules, text);
            document.GetDiagnostics();
            foreach ((int Where, int Length, int What, bool Analyse)[] group in seeds.Chunk(3))
            {
                // The changes of one edit: sorted by start, each starting after the one before ends.
                var changes = new List<TextChange>();
                int from = 0;
                foreach ((int where, int length, int what, _) in group.OrderBy(seed => seed.Where % (document.Text.Length + 1)))
                {
                    int start = where % (document.Text.Length + 1);
                    if (start < from)
                    {
                        continue;
                    }

                    int removed = Math.Min(length, document.Text.Length - start);
                    changes.Add(new TextChange(new TextSpan(start, removed), what < 0 ? string.Empty : Insertions[what % Insertions.Length]));
                    from = start + removed + 1;
                }

                TextDocument previous = document;
                document = document.WithChanges(changes);
                if (group[0].Analyse)
                {
                    AssertSameAsFresh(document);
                    AssertChangesAsFullListsGiveThem(previous, document);
                }
            }

            AssertSameAsFresh(document);
            return true;
        });

    /// <summary>
    /// On documents of several blocks, an edit's changes fall in the same block, in neighbouring blocks (one run) or in
    /// blocks apart (a run each, the blocks between shared); a change may remove a paragraph break or a whole block's
    /// text. Every version equals a fresh analysis either way.
    /// </summary>
    [Property(MaxTest = 25, Replay = "(20261201,3101)")]
    public Property Edits_of_changes_in_blocks_near_and_far_equal_a_fresh_analysis() =>
        Prop.ForAll(
            Gen.Choose(100, 220).SelectMany(count => Gen.ListOf(Gen.Elements(Paragraphs), count)).Select(paragraphs => string.Join("\n\n", paragraphs)).ToArbitrary(),
            Gen.ArrayOf(Gen.Choose(2, 6).SelectMany(count => Gen.ArrayOf(Gen.Choose(0, 1_000_000).Zip(Gen.Frequency((4, Gen.Choose(0, 8)), (1, Gen.Choose(60, 3_000)))).Zip(Gen.Choose(-3, 40)), count)), 6).ToArbitrary(),
            (text, edits) =>
            {
                TextDocument document = TextDocument.Create(Engines.AllRules, text);
                document.GetDiagnostics();
                foreach (((int Where, int Length) Place, int What)[] edit in edits)
                {
                    // The changes of one edit, sorted and apart: some near each other (a few characters, the same or the
                    // next block), some far apart.
                    var changes = new List<TextChange>();
                    int from = 0;
                    int length = document.Text.Length;
                    foreach (((int where, int removedAtMost), int what) in edit.OrderBy(change => change.Place.Where))
                    {
                        int start = (int)((long)where * length / 1_000_001);
                        if (start < from)
                        {
                            start = from;
                        }

                        if (start > length)
                        {
                            break;
                        }

                        int removed = Math.Min(removedAtMost, length - start);
                        changes.Add(new TextChange(new TextSpan(start, removed), what < 0 ? string.Empty : Insertions[what % Insertions.Length]));
                        from = start + removed + 1;
                    }

                    TextDocument previous = document;
                    document = document.WithChanges(changes);
                    AssertSameAsFresh(document);
                    AssertChangesAsFullListsGiveThem(previous, document);
                }

                return true;
            });

    /// <summary>Re-lexing only the lines an edit touched gives the paragraphs, tokens and sentences of a fresh tokenization.</summary>
    [Property(MaxTest = 200, Replay = "(20261130,1133)")]
    public Property Tokenizing_only_the_edited_lines_equals_tokenizing_everything() =>
        Prop.ForAll(Documents().ToArbitrary(), Edits().ToArbitrary(), (text, seeds) =>
        {
            TextRepairEngine engine = TextRepairEngine.Create([]);
            var current = SourceText.From(text);
            AnalysisSnapshot snapshot = engine.Analyze(current, null, default, CancellationToken.None);
            foreach ((int where, int length, int what, _) in seeds)
            {
                int start = where % (current.Length + 1);
                var change = new TextChange(new TextSpan(start, Math.Min(length, current.Length - start)), what < 0 ? string.Empty : Insertions[what % Insertions.Length]);
                TextEditResult edit = current.WithChanges([change]);
                snapshot = engine.Analyze(edit.NewText, snapshot, edit.ChangeRanges.AsSpan(), CancellationToken.None);
                current = edit.NewText;
                AssertSameTables(snapshot);
            }

            return true;
        });

    private static void AssertSameTables(AnalysisSnapshot snapshot)
    {
        using TokenizedText fresh = TokenizedText.Create(snapshot.Text);
        ReadOnlySpan<Paragraph> paragraphs = fresh.Paragraphs;
        Assert.Equal(paragraphs.Length, snapshot.ParagraphCount);
        Assert.Equal(paragraphs.Length == 0 ? snapshot.Text.Length : paragraphs[0].Span.Start, snapshot.LeadingLength);
        for (int index = 0; index < paragraphs.Length; index++)
        {
            Paragraph expected = paragraphs[index];
            LexedParagraph actual = snapshot.GetParagraph(index, out int start, out _);
            Assert.Equal(expected.Span, new TextSpan(start, actual.Length));
            Assert.Equal(index + 1 < paragraphs.Length ? paragraphs[index + 1].Span.Start : snapshot.Text.Length, start + actual.LengthWithGap);
            Assert.Equal(expected.Shape, actual.Paragraph.Shape);
            var tokens = new Token[actual.Paragraph.TokenCount];
            actual.CopyRelativeTokensTo(tokens);
            Assert.Equal(fresh.Tokens.Slice(expected.FirstToken, expected.TokenCount).ToArray().Select(token => new Token(token.Kind, token.Flags, token.Start - start, token.Length)), tokens);
            Assert.Equal(expected.SentenceCount, actual.Paragraph.SentenceCount);
            for (int sentence = 0; sentence < expected.SentenceCount; sentence++)
            {
                Sentence absolute = fresh.Sentences[expected.FirstSentence + sentence];
                Assert.Equal(new Sentence(new TextSpan(absolute.Span.Start - start, absolute.Span.Length), absolute.FirstToken - expected.FirstToken, absolute.TokenCount), actual.GetRelativeSentence(sentence));
            }
        }
    }

    /// <summary>A document long enough for its text to be held in chunks (the property's documents are short) follows the same contract.</summary>
    [Fact]
    public void A_long_document_held_in_chunks_equals_a_fresh_analysis_after_edits()
    {
        var random = new Random(20261130);
        string text = string.Join("\n\n", Enumerable.Range(0, 900).Select(index => Paragraphs[random.Next(Paragraphs.Length)].Replace("Minsk", index % 7 == 0 ? "Minks" : "Minsk", StringComparison.Ordinal)));
        Assert.True(text.Length > 50_000);
        TextDocument document = TextDocument.Create(Engines.AllRules, text);
        document.GetDiagnostics();
        for (int edit = 0; edit < 150; edit++)
        {
            // One change, or (every third edit) up to four far apart, as a replace-all makes them.
            var changes = new List<TextChange>();
            int free = 0;
            foreach (int start in Enumerable.Range(0, edit % 3 == 2 ? 4 : 1).Select(_ => random.Next(document.Text.Length)).Order())
            {
                int removed = random.Next(3) == 0 ? Math.Min(random.Next(1, 60), document.Text.Length - start) : 0;
                if (start >= free)
                {
                    changes.Add(new TextChange(new TextSpan(start, removed), Insertions[random.Next(Insertions.Length)]));
                    free = start + removed + 1;
                }
            }

            TextDocument previous = document;
            document = document.WithChanges(changes);
            if (edit % 5 == 4)
            {
                AssertSameAsFresh(document);
                AssertChangesAsFullListsGiveThem(previous, document);

                // The diagnostics of a range, read from its paragraphs, are those of the whole list that intersect it.
                int from = random.Next(document.Text.Length);
                var range = new TextSpan(from, Math.Min(random.Next(0, 3_000), document.Text.Length - from));
                Assert.Equal(
                    document.GetDiagnostics().Where(diagnostic => diagnostic.Span.IntersectsWith(range)).Select(Describe),
                    document.GetDiagnostics(range).Select(Describe));
            }
            else
            {
                document.GetAnalysis();
            }
        }
    }

    [Fact]
    public void An_edit_reuses_every_paragraph_outside_its_window()
    {
        TextDocument first = AnalysedDocument(out string text);
        int middle = text.IndexOf("the the", text.Length / 2, StringComparison.Ordinal);
        TextDocument second = first.WithChange(new TextChange(new TextSpan(middle, 4), string.Empty));
        AssertSameAsFresh(second);
        Assert.InRange(second.ReusedParagraphs, 37, 39);

        DiagnosticChanges changes = second.GetDiagnosticChanges(first);
        Diagnostic removed = Assert.Single(changes.Removed);
        Assert.Equal("TR2002", removed.Id);
        Assert.Empty(changes.Added);
        Assert.Equal([new TextChangeRange(new TextSpan(middle, 4), 0)], second.GetChangeRanges(first).ToArray());
    }

    [Fact]
    public void An_edit_of_changes_far_apart_reuses_the_paragraphs_between_them()
    {
        TextDocument first = AnalysedDocument(out string text);
        int early = text.IndexOf("the the", StringComparison.Ordinal);
        int late = text.LastIndexOf("the the", StringComparison.Ordinal);
        Assert.True(late - early > text.Length / 2);
        TextDocument second = first.WithChanges([new TextChange(new TextSpan(early, 4), string.Empty), new TextChange(new TextSpan(late, 4), string.Empty)]);
        AssertSameAsFresh(second);

        // Each change's paragraph and its two neighbours are analysed again; the 34 paragraphs between and around are not.
        Assert.InRange(second.ReusedParagraphs, 34, 38);
        DiagnosticChanges changes = second.GetDiagnosticChanges(first);
        Assert.Equal(["TR2002", "TR2002"], changes.Removed.Select(diagnostic => diagnostic.Id));
        Assert.Empty(changes.Added);
    }

    [Fact]
    public void The_blocks_between_changes_far_apart_are_those_of_the_version_before()
    {
        string text = string.Join("\n\n", Enumerable.Range(0, 400).Select(index => Paragraphs[index % Paragraphs.Length]));
        TextRepairEngine engine = Engines.Default;
        var before = SourceText.From(text);
        AnalysisSnapshot first = engine.Analyze(before, null, [], CancellationToken.None);
        TextEditResult edit = before.WithChanges([TextChange.Insert(text.Length / 10, "x"), TextChange.Insert(text.Length / 2, "y"), TextChange.Insert(text.Length * 9 / 10, "z")]);
        AnalysisSnapshot second = engine.Analyze(edit.NewText, first, edit.ChangeRanges.AsSpan(), CancellationToken.None);

        // Each change rebuilds the block it falls in and perhaps a neighbour's; every other block is the same object.
        var old = first.Blocks.ToHashSet(ReferenceEqualityComparer.Instance);
        Assert.True(first.Blocks.Length > 10);
        Assert.InRange(second.Blocks.Count(block => !old.Contains(block)), 3, 9);
        Assert.Equal(Describe(engine.Analyze(edit.NewText.ToString())), Describe(new AnalysisResult(second)));
    }

    /// <summary>
    /// An edit of changes far apart replaces one run of blocks per change and walks over nothing between them: what it
    /// handles is the same for a document ten times as long. Changes in neighbouring blocks make one run.
    /// </summary>
    [Fact]
    public void The_changes_of_an_edit_far_apart_splice_a_run_of_blocks_each()
    {
        foreach (int paragraphs in new[] { 400, 4_000 })
        {
            string text = string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(index => Paragraphs[index % Paragraphs.Length]));
            var before = SourceText.From(text);
            AnalysisSnapshot first = Engines.Default.Analyze(before, null, [], CancellationToken.None);
            TextEditResult edit = before.WithChanges([TextChange.Insert(text.Length / 10, "x"), TextChange.Insert(text.Length / 2, "y"), TextChange.Insert((text.Length / 2) + 40, "w"), TextChange.Insert(text.Length * 9 / 10, "z")]);
            var rebuilt = new List<LexedParagraph>();
            var carried = new List<ParagraphResult?>();
            var lexed = new List<TokenizedText>();
            try
            {
                Splice splice = Splice.Around(first, edit.NewText, edit.ChangeRanges.AsSpan(), rebuilt, carried, lexed);

                SplicedRange[] ranges = Assert.IsType<SplicedRange[]>(splice.Ranges);
                Assert.Equal(3, ranges.Length);
                Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.True(pair.Second.FirstBlock > pair.First.EndBlock, "runs are kept apart by a block no change reached"));
                Assert.All(ranges, range => Assert.InRange(range.EndBlock - range.FirstBlock, 1, 3));
                Assert.Equal(ranges.Sum(range => range.ParagraphCount), rebuilt.Count);
                Assert.InRange(rebuilt.Count, 3, 9 * ParagraphBlock.TargetSize);
                Assert.Equal([0, 1, 3], ranges.Select(range => range.LengthBefore));
            }
            finally
            {
                lexed.ForEach(tables => tables.Dispose());
            }

            AnalysisSnapshot second = Engines.Default.Analyze(edit.NewText, first, edit.ChangeRanges.AsSpan(), CancellationToken.None);
            Assert.Equal(Describe(Engines.Default.Analyze(edit.NewText.ToString())), Describe(new AnalysisResult(second)));
        }
    }

    [Fact]
    public void Two_edits_far_apart_before_an_analysis_reuse_the_paragraphs_between_them()
    {
        TextDocument first = AnalysedDocument(out string text);
        int late = text.LastIndexOf("the the", StringComparison.Ordinal);
        TextDocument second = first.WithChange(new TextChange(new TextSpan(late, 4), string.Empty));
        int early = text.IndexOf("the the", StringComparison.Ordinal);
        TextDocument third = second.WithChange(new TextChange(new TextSpan(early, 4), string.Empty));
        AssertSameAsFresh(third);
        Assert.InRange(third.ReusedParagraphs, 34, 38);
        Assert.Equal([new TextChangeRange(new TextSpan(early, 4), 0), new TextChangeRange(new TextSpan(late, 4), 0)], third.GetChangeRanges(first).ToArray());
    }

    [Fact]
    public void Repair_on_a_document_gives_the_engines_repair_and_the_next_version()
    {
        string text = string.Join("\n\n", Paragraphs);
        TextDocument document = TextDocument.Create(Engines.Default, text);
        DocumentRepair repair = document.RepairWithDetails();
        Assert.Equal(Engines.Default.Repair(text), repair.Document.Text.ToString());
        Assert.True(repair.Document.Version > document.Version);
        Assert.True(repair.Result.Converged);
        Assert.Empty(repair.Document.GetDiagnostics().Where(diagnostic => diagnostic.AutomaticFix is not null));
    }

    [Fact]
    public void The_analysis_is_computed_once_for_many_threads_and_cancellation_leaves_nothing_behind()
    {
        TextDocument document = TextDocument.Create(Engines.Default, string.Join("\n\n", Paragraphs));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => document.GetAnalysis(cancelled.Token));
        AnalysisResult[] results = new AnalysisResult[8];
        Parallel.For(0, results.Length, index => results[index] = document.GetAnalysis());
        Assert.All(results, result => Assert.Same(results[0], result));
        AssertSameAsFresh(document);
    }

    /// <summary>
    /// The diagnostic changes of one edit, worked out from the blocks the versions do not share, equal those of the two
    /// whole lists, each diagnostic of the older moved through the edit's changes (or gone where one touches it). (Over
    /// several edits the blocks say more: a paragraph both versions share between two edits keeps its diagnostics,
    /// where the lists, knowing only the range from the first edit to the last, count them removed and added.)
    /// </summary>
    private static void AssertChangesAsFullListsGiveThem(TextDocument older, TextDocument newer)
    {
        DiagnosticChanges changes = newer.GetDiagnosticChanges(older);
        ImmutableArray<TextChangeRange> ranges = newer.GetChangeRanges(older);
        TextSpan? Forward(TextSpan span)
        {
            // Moved by the changes wholly before it; gone when a change touches it.
            int delta = 0;
            foreach (TextChangeRange change in ranges.Where(range => range.Span.Length > 0 || range.NewLength > 0))
            {
                if (span.End >= change.Span.Start && span.Start <= change.Span.End)
                {
                    return null;
                }

                delta += change.Span.End < span.Start ? change.NewLength - change.Span.Length : 0;
            }

            return new TextSpan(span.Start + delta, span.Length);
        }

        var before = older.GetDiagnostics().Select(diagnostic => (diagnostic.Id, Span: Forward(diagnostic.Span), diagnostic.Message, Original: diagnostic)).ToList();
        var after = newer.GetDiagnostics().Select(diagnostic => (diagnostic.Id, Span: (TextSpan?)diagnostic.Span, diagnostic.Message)).ToHashSet();
        var moved = before.Where(item => item.Span is not null).Select(item => (item.Id, item.Span, item.Message)).ToHashSet();
        Assert.Equal(
            newer.GetDiagnostics().Where(diagnostic => !moved.Contains((diagnostic.Id, diagnostic.Span, diagnostic.Message))).Select(Describe),
            changes.Added.Select(Describe));
        Assert.Equal(
            before.Where(item => item.Span is null || !after.Contains((item.Id, item.Span, item.Message))).Select(item => Describe(item.Original)),
            changes.Removed.Select(Describe));
    }

    /// <summary>Forty paragraphs of the property's kinds, analysed with the default rules.</summary>
    private static TextDocument AnalysedDocument(out string text)
    {
        text = string.Join("\n\n", Enumerable.Range(0, 40).Select(index => Paragraphs[index % Paragraphs.Length]));
        TextDocument document = TextDocument.Create(Engines.Default, text);
        document.GetDiagnostics();
        return document;
    }

    private static string Describe(Diagnostic diagnostic) => $"{diagnostic.Id} {diagnostic.Span} {diagnostic.Message}";

    /// <summary>
    /// A NEL after Â–ô, or glued to a word before a space, is a byte of damaged encoding, elsewhere a line break: an edit
    /// of the character before or after it turns one paragraph into two or two into one, which incremental analysis must
    /// see as a fresh one does.
    /// </summary>
    [Fact]
    public void An_edit_before_a_nel_that_makes_it_a_line_break_or_a_byte_equals_a_fresh_analysis()
    {
        const string Text = "The language is ČeÃ\u0085Â¡tina, he said.\u0085Â\u00A0next line.\n\nCÃ\u0083Â\u00A0nan nan.\n\nWe spoke\u0085Then more.";
        int lead = Text.IndexOf('Ã', StringComparison.Ordinal);
        int secondNel = Text.IndexOf("said.\u0085", StringComparison.Ordinal) + 5;
        EditEachAndCompare(
            TextDocument.Create(Engines.AllRules, Text),
            [
                new(new TextSpan(lead, 1), "x"),
                new(new TextSpan(lead, 1), "Ã"),
                TextChange.Insert(secondNel, "Ã"),
                TextChange.Delete(new TextSpan(secondNel, 1)),
                TextChange.Delete(new TextSpan(lead + 1, 1)),
            ]);

        // Around the last NEL, from the start again: a space after it makes it an ellipsis glued to "spoke", and a
        // space before it a line break again.
        int lastNel = Text.LastIndexOf('\u0085');
        EditEachAndCompare(
            TextDocument.Create(Engines.AllRules, Text),
            [
                TextChange.Insert(lastNel + 1, " "),
                TextChange.Insert(lastNel, " "),
                TextChange.Delete(new TextSpan(lastNel, 1)),
                TextChange.Delete(new TextSpan(lastNel + 1, 1)),
            ]);
    }

    /// <summary>
    /// Lines filled to a width are one paragraph where a line ends inside a sentence and the next surely goes on: an edit
    /// of a line's last word or the next line's first turns two paragraphs into one or one into two, a blank line put
    /// between two lines or taken away does too, and a paragraph whose characters did not change may still end at a wrap
    /// or no longer (TR3007 reads that): incremental analysis must see each as a fresh one does.
    /// </summary>
    [Fact]
    public void Edits_that_join_or_split_lines_filled_to_a_width_equal_a_fresh_analysis()
    {
        const string Text =
            "Headline\n\n" +
            "The minister said on Monday that the talks with the European Union would\n" +
            "resume next week, and that the government expected an agreement before\n" +
            "the end of the year. Florida Department of Transportation official Troy\n" +
            "Roberts said yesterday morning the road itself, which is straight in the\n" +
            "vicinity, will be examined as part of the investigations into the crash\n\n" +
            "Next paragraph.";
        int resume = Text.IndexOf("resume", StringComparison.Ordinal);
        int troy = Text.IndexOf("Troy\n", StringComparison.Ordinal) + 4;
        EditEachAndCompare(
            TextDocument.Create(Engines.AllRules, Text),
            [
                new(new TextSpan(resume, 1), "R"),
                new(new TextSpan(resume, 1), "r"),
                TextChange.Insert(resume, "\n"),
                TextChange.Delete(new TextSpan(resume, 1)),
                TextChange.Insert(troy, "\n"),
                TextChange.Delete(new TextSpan(troy, 1)),
                TextChange.Insert(troy, "."),
                new(new TextSpan(Text.IndexOf("in the\n", StringComparison.Ordinal) + 3, 3), "it."),
            ]);
    }

    /// <summary>Applies each edit in turn to the document, analysed first, and compares each version with a fresh analysis.</summary>
    private static void EditEachAndCompare(TextDocument document, TextChange[] edits)
    {
        document.GetDiagnostics();
        foreach (TextChange edit in edits)
        {
            document = document.WithChange(edit);
            AssertSameAsFresh(document);
        }
    }

    private static void AssertSameAsFresh(TextDocument document)
    {
        AnalysisResult incremental = document.GetAnalysis();
        AnalysisResult fresh = document.Engine.Analyze(document.Text.ToString());
        Assert.Equal(Describe(fresh), Describe(incremental));
    }

    private static string[] Describe(AnalysisResult result) =>
        [
            .. result.Diagnostics.Select(diagnostic => $"{diagnostic.Id} {diagnostic.Span} {diagnostic.Severity} {diagnostic.Message} | "
                + string.Join(" ; ", diagnostic.Fixes.Select(fix => $"{fix.Title} {fix.Applicability} {string.Join(",", fix.Changes)}"))),
            .. result.Sentences.Select(sentence => $"sentence {sentence.Span} {sentence.Score}"),
        ];

    private static Gen<string> Documents() =>
        Gen.Choose(1, 12).SelectMany(count => Gen.ListOf(Gen.Elements(Paragraphs), count))
            .Zip(Gen.Elements("\n\n", "\n", "\n\n\n", "\r\n\r\n"))
            .Select(pair => string.Join(pair.Item2, pair.Item1));

    private static Gen<(int Where, int Length, int What, bool Analyse)[]> Edits() =>
        Gen.ArrayOf(
            Gen.Choose(0, 100_000).Zip(Gen.Choose(0, 12)).Zip(Gen.Choose(-3, 40).Zip(Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))))
                .Select(pair => (pair.Item1.Item1, pair.Item1.Item2, pair.Item2.Item1, pair.Item2.Item2)),
            EditsPerCase);
}
