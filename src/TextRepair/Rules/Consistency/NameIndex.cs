using System.Runtime.InteropServices;
using TextRepair.Analysis;
using TextRepair.Lexicon;

namespace TextRepair.Rules.Consistency;

/// <summary>
/// What name consistency needs of the whole document: how often each spelling of a name occurs, the spellings used
/// often enough to be usual ones, grouped by first letter and length and kept most used first (a variant shares the first and is at most one
/// letter longer or shorter, so a name is compared with three groups, not every name). An edit that changes a name's
/// count can change the verdict on that name and, when it is or was a usual spelling, on its variants: their paragraphs
/// become stale when the verdict (the usual spelling and its count) changes.
/// </summary>
internal sealed class NameIndex(EnglishLexicon lexicon) : DocumentIndex<RelativeWord[]>
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly ParagraphsByKey paragraphsOf = new();
    private readonly Dictionary<(char First, int Length), HashSet<string>> names = [];
    private readonly Dictionary<(char First, int Length), SortedSet<(int Count, string Name)>> majorities = [];
    private readonly Dictionary<string, (string? Usual, int Count)> verdicts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> countBefore = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    protected internal override void Add(long paragraph, RelativeWord[] summary) => Update(paragraph, summary, 1);

    /// <inheritdoc/>
    protected internal override void Remove(long paragraph, RelativeWord[] summary) => Update(paragraph, summary, -1);

    /// <inheritdoc/>
    protected internal override void CollectStale(ISet<long> stale)
    {
        // Names without a verdict have not been reported since they came in: nothing reported can be stale for them.
        if (verdicts.Count > 0)
        {
            var affected = new HashSet<string>(StringComparer.Ordinal);
            foreach ((string name, int before) in countBefore)
            {
                affected.Add(name);
                if (Math.Max(before, counts.GetValueOrDefault(name)) >= NameConsistencyAnalyzer.MinimumMajority)
                {
                    // A usual spelling's count is in its variants' messages, and its rise or fall can make or unmake them.
                    for (int length = name.Length - 1; length <= name.Length + 1; length++)
                    {
                        if (names.TryGetValue((name[0], length), out HashSet<string>? group))
                        {
                            foreach (string other in group)
                            {
                                if (verdicts.ContainsKey(other) && NameConsistencyAnalyzer.AreVariants(name, other))
                                {
                                    affected.Add(other);
                                }
                            }
                        }
                    }
                }
            }

            foreach (string name in affected)
            {
                if (verdicts.TryGetValue(name, out (string? Usual, int Count) before) && Decide(name) is var now && now != before)
                {
                    verdicts[name] = now;
                    paragraphsOf.CopyTo(name, stale);
                }
            }
        }

        countBefore.Clear();
    }

    /// <inheritdoc/>
    protected internal override void Report(DocumentParagraphContext<RelativeWord[]> context) => NameConsistencyAnalyzer.Report(context, Verdict);

    private (string? Usual, int Count) Verdict(string name)
    {
        if (!verdicts.TryGetValue(name, out (string? Usual, int Count) verdict))
        {
            verdicts[name] = verdict = Decide(name);
        }

        return verdict;
    }

    private (string? Usual, int Count) Decide(string name) =>
        NameConsistencyAnalyzer.FindUsual(name, counts[name], group => majorities.GetValueOrDefault(group), lexicon);

    private void Update(long paragraph, RelativeWord[] summary, int step)
    {
        foreach (RelativeWord word in summary)
        {
            string name = word.Word;
            ref int counted = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, name, out _);
            int before = counted;
            if (verdicts.Count > 0)
            {
                // Before any report there is nothing a change can make stale (see CollectStale).
                countBefore.TryAdd(name, before);
            }

            int count = before + step;
            if (step > 0)
            {
                paragraphsOf.Add(name, paragraph);
            }
            else
            {
                paragraphsOf.Remove(name, paragraph);
            }

            (char First, int Length) group = (name[0], name.Length);
            if (before >= NameConsistencyAnalyzer.MinimumMajority)
            {
                majorities[group].Remove((before, name));
            }

            if (count >= NameConsistencyAnalyzer.MinimumMajority)
            {
                if (!majorities.TryGetValue(group, out SortedSet<(int Count, string Name)>? usual))
                {
                    majorities[group] = usual = new SortedSet<(int Count, string Name)>(MostUsedFirst.Instance);
                }

                usual.Add((count, name));
            }

            if (count > 0)
            {
                counted = count;

                // A spelling joins its group when it first occurs, not at every occurrence.
                if (before == 0)
                {
                    if (!names.TryGetValue(group, out HashSet<string>? spellings))
                    {
                        names[group] = spellings = new HashSet<string>(StringComparer.Ordinal);
                    }

                    spellings.Add(name);
                }

                continue;
            }

            counts.Remove(name);
            verdicts.Remove(name);
            names[group].Remove(name);
        }
    }

    /// <summary>Most used first, then ordinal: the order in which a usual spelling is chosen.</summary>
    private sealed class MostUsedFirst : IComparer<(int Count, string Name)>
    {
        public static readonly MostUsedFirst Instance = new();

        public int Compare((int Count, string Name) left, (int Count, string Name) right) =>
            left.Count != right.Count ? right.Count.CompareTo(left.Count) : string.CompareOrdinal(left.Name, right.Name);
    }
}
