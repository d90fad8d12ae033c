using System.Collections.Immutable;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Documents;

/// <summary>
/// One version of a text under analysis, immutable, as an editor or a post-editing service holds it: each edit gives
/// the next version (<see cref="WithChanges(IEnumerable{TextChange})"/>), and analysing a version reuses every
/// paragraph of the version before that the edit did not touch, with exactly the result a fresh analysis gives.
/// </summary>
/// <remarks>
/// The unit of reuse is the paragraph in its window: the paragraph and its two neighbours, the most a paragraph action
/// reads. A paragraph whose window lies outside the edit keeps its diagnostics, sentence scores and summaries (moved by
/// the edit's length difference); the document-level rules (a word used twice is trusted, one name spelled several
/// ways) run again on the summaries, which costs a pass over them, not over the text. Only the lines an edit touched
/// are lexed again; the token tables of the rest are copied and moved. A version keeps the analysis of the version it
/// came from only until its own is computed.
/// The analysis is computed once, on first request, and is safe to request from several threads.
/// </remarks>
public sealed class TextDocument
{
    private readonly Lock gate = new();
    private readonly WeakReference<TextDocument>? parent;
    private readonly ImmutableArray<TextChangeRange> changeFromParent;
    private AnalysisSnapshot? baseSnapshot;
    private ImmutableArray<TextChangeRange> changesSinceBase;
    private AnalysisSnapshot? snapshot;
    private AnalysisResult? result;

    private TextDocument(TextRepairEngine engine, SourceText text, int version, TextDocument? parent, ImmutableArray<TextChangeRange> changeFromParent, AnalysisSnapshot? baseSnapshot, ImmutableArray<TextChangeRange> changesSinceBase)
    {
        Engine = engine;
        Text = text;
        Version = version;
        this.parent = parent is null ? null : new WeakReference<TextDocument>(parent);
        this.changeFromParent = changeFromParent;
        this.baseSnapshot = baseSnapshot;
        this.changesSinceBase = changesSinceBase;
    }

    /// <summary>The engine whose rules analyse the document.</summary>
    public TextRepairEngine Engine { get; }

    /// <summary>The text of this version.</summary>
    public SourceText Text { get; }

    /// <summary>0 for the first version, one more for each edit.</summary>
    public int Version { get; }

    /// <summary>The first version of a document.</summary>
    public static TextDocument Create(TextRepairEngine engine, SourceText text)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(text);
        return new TextDocument(engine, text, 0, null, [], null, []);
    }

    /// <summary>The first version of a document.</summary>
    public static TextDocument Create(TextRepairEngine engine, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Create(engine, SourceText.From(text));
    }

    /// <summary>The next version: this one with <paramref name="changes"/> applied (spans refer to this version's text).</summary>
    /// <exception cref="ArgumentException">When changes overlap or lie outside the text.</exception>
    public TextDocument WithChanges(IEnumerable<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return WithEdit(Text.WithChanges(changes));
    }

    /// <summary>The next version: this one with <paramref name="change"/> applied.</summary>
    public TextDocument WithChange(TextChange change) => WithChanges([change]);

    /// <summary>The analysis of this version: computed on first request (reusing the version before), then kept.</summary>
    /// <exception cref="OperationCanceledException">When cancelled; a later request computes it again.</exception>
    public AnalysisResult GetAnalysis(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref result) is { } done)
        {
            return done;
        }

        lock (gate)
        {
            if (result is null)
            {
                AnalysisSnapshot computed = Engine.Analyze(Text, baseSnapshot, changesSinceBase.AsSpan(), cancellationToken);
                snapshot = computed;
                baseSnapshot = null;
                Volatile.Write(ref result, new AnalysisResult(computed));
            }

            return result!;
        }
    }

    /// <summary>The diagnostics of this version, sorted by position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics(CancellationToken cancellationToken = default) => GetAnalysis(cancellationToken).Diagnostics;

    /// <summary>
    /// The diagnostics of this version that intersect <paramref name="span"/> (touching it counts), sorted by position:
    /// what an editor shows for its visible lines. Only the paragraphs in the span are read, so the cost follows the
    /// span, not the document.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the span lies outside the text.</exception>
    public ImmutableArray<Diagnostic> GetDiagnostics(TextSpan span, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, Text.Length, nameof(span));
        GetAnalysis(cancellationToken);
        return snapshot!.CollectDiagnostics(span);
    }

    /// <summary>
    /// What changed from <paramref name="older"/> to this version, as ranges of <paramref name="older"/>'s text, sorted
    /// and apart: the edits' changes put together when <paramref name="older"/> is an ancestor still in memory (changes
    /// that overlap or touch as one range), else one range over the whole text.
    /// </summary>
    public ImmutableArray<TextChangeRange> GetChangeRanges(TextDocument older)
    {
        ArgumentNullException.ThrowIfNull(older);
        if (ReferenceEquals(older, this))
        {
            return [];
        }

        ImmutableArray<TextChangeRange> composed = [];
        for (TextDocument? current = this; current is not null && current.Version > older.Version;)
        {
            composed = TextChangeRanges.Compose(current.changeFromParent.AsSpan(), composed.AsSpan());
            TextDocument? next = null;
            if (current.parent?.TryGetTarget(out next) != true)
            {
                break;
            }

            if (ReferenceEquals(next, older))
            {
                return composed;
            }

            current = next;
        }

        return [new TextChangeRange(new TextSpan(0, older.Text.Length), Text.Length)];
    }

    /// <summary>
    /// The diagnostics this version has and <paramref name="older"/> had not (added), and the other way round
    /// (removed), a diagnostic counting as the same when it only moved with the text: outside the edit, or in a paragraph
    /// both versions share (between two edits far apart, say). Only the blocks of paragraphs the versions do not share
    /// are read, so the cost follows the edits, not the document.
    /// </summary>
    public DiagnosticChanges GetDiagnosticChanges(TextDocument older, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(older);
        (TextChangeRange[] changes, int[] addedBefore) = PrepareMapping(GetChangeRanges(older));
        older.GetAnalysis(cancellationToken);
        GetAnalysis(cancellationToken);

        // Blocks both versions hold have the same diagnostics, moved with the text: only the others are compared.
        List<Diagnostic> before = older.snapshot!.CollectDiagnosticsNotIn(snapshot!);
        List<Diagnostic> after = snapshot!.CollectDiagnosticsNotIn(older.snapshot);

        var moved = new HashSet<(string Id, TextSpan Span, string Message)>();
        foreach (Diagnostic diagnostic in before)
        {
            if (MapForward(diagnostic.Span, changes, addedBefore) is { } span)
            {
                moved.Add((diagnostic.Id, span, diagnostic.Message));
            }
        }

        var current = after.Select(diagnostic => (diagnostic.Id, diagnostic.Span, diagnostic.Message)).ToHashSet();
        ImmutableArray<Diagnostic> added = [.. after.Where(diagnostic => !moved.Contains((diagnostic.Id, diagnostic.Span, diagnostic.Message))).Order(DiagnosticOrder.Instance)];
        ImmutableArray<Diagnostic> removed = [.. before.Where(diagnostic =>
            MapForward(diagnostic.Span, changes, addedBefore) is not { } span || !current.Contains((diagnostic.Id, span, diagnostic.Message))).Order(DiagnosticOrder.Instance)];
        return new DiagnosticChanges(added, removed);
    }

    /// <summary>Applies every automatic fix, pass after pass, each pass reusing what the last one did not touch.</summary>
    public TextDocument Repair(CancellationToken cancellationToken = default) => RepairWithDetails(cancellationToken).Document;

    /// <summary>As <see cref="Repair"/>, with what was fixed.</summary>
    public DocumentRepair RepairWithDetails(CancellationToken cancellationToken = default)
    {
        TextDocument latest = this;
        FixAllResult fixAll = FixAll.Apply(
            Text,
            (edit, _) =>
            {
                if (edit is not null)
                {
                    latest = latest.WithEdit(edit);
                }

                return latest.GetDiagnostics(cancellationToken);
            },
            Engine.Options.MaximumFixPasses,
            cancellationToken);
        return new DocumentRepair(latest, fixAll);
    }

    /// <summary>How many paragraphs the last analysis of this version took over from the version before (diagnostics aid).</summary>
    internal int ReusedParagraphs => snapshot?.ReusedParagraphs ?? 0;

    private TextDocument WithEdit(TextEditResult edit)
    {
        lock (gate)
        {
            // Reuse from this version's analysis if there is one, else from what this version would have reused, the
            // edits since put together (their changes kept apart where they lie apart).
            return snapshot is not null || baseSnapshot is null
                ? new TextDocument(Engine, edit.NewText, Version + 1, this, edit.ChangeRanges, snapshot, edit.ChangeRanges)
                : new TextDocument(Engine, edit.NewText, Version + 1, this, edit.ChangeRanges, baseSnapshot, TextChangeRanges.Compose(changesSinceBase.AsSpan(), edit.ChangeRanges.AsSpan()));
        }
    }

    /// <summary>
    /// Where <paramref name="span"/> (of the text before <paramref name="changes"/>) lies after them: moved by the length
    /// the changes before it added (<paramref name="addedBefore"/>: what changes [0, i) added), or null when one of them
    /// touches it. A binary search over the changes' ends, so that many diagnostics through many changes (a fix-all pass)
    /// cost a logarithm each.
    /// </summary>
    private static TextSpan? MapForward(TextSpan span, ReadOnlySpan<TextChangeRange> changes, ReadOnlySpan<int> addedBefore)
    {
        // The first change that does not end before the span starts; every change before it moved the span.
        int low = 0;
        int high = changes.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (changes[middle].Span.End < span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < changes.Length && span.End >= changes[low].Span.Start ? null : new TextSpan(span.Start + addedBefore[low], span.Length);
    }

    /// <summary>The changes that change something (not an empty range replaced by nothing), and what those before each added.</summary>
    private static (TextChangeRange[] Changes, int[] AddedBefore) PrepareMapping(ImmutableArray<TextChangeRange> ranges)
    {
        TextChangeRange[] changes = [.. ranges.Where(static range => range.Span.Length > 0 || range.NewLength > 0)];
        int[] addedBefore = new int[changes.Length + 1];
        for (int index = 0; index < changes.Length; index++)
        {
            addedBefore[index + 1] = addedBefore[index] + changes[index].LengthDelta;
        }

        return (changes, addedBefore);
    }
}
