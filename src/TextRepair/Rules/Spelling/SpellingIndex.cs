using TextRepair.Analysis;

namespace TextRepair.Rules.Spelling;

/// <summary>
/// What spelling needs of the whole document: how often each unknown word is used, and which names the document uses
/// (a capitalized unknown word that is also a name is vouched for). An edit that changes a word's count makes the
/// paragraphs using that word stale when the word's verdict (vouched for or not) changes.
/// </summary>
internal sealed class SpellingIndex : DocumentIndex<SpellingSummary>
{
    private readonly Dictionary<string, int> uses = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> names = [];
    private readonly ParagraphsByKey paragraphsOf = new();
    private readonly Dictionary<int, HashSet<string>> capitalizedByHash = [];
    private readonly Dictionary<string, bool> verdicts = new(StringComparer.Ordinal);
    private readonly HashSet<string> changedWords = new(StringComparer.Ordinal);
    private readonly HashSet<int> changedNames = [];

    /// <inheritdoc/>
    protected internal override void Add(long paragraph, SpellingSummary summary) => Update(paragraph, summary, 1);

    /// <inheritdoc/>
    protected internal override void Remove(long paragraph, SpellingSummary summary) => Update(paragraph, summary, -1);

    /// <inheritdoc/>
    protected internal override void CollectStale(ISet<long> stale)
    {
        foreach (int name in changedNames)
        {
            if (capitalizedByHash.TryGetValue(name, out HashSet<string>? words))
            {
                changedWords.UnionWith(words);
            }
        }

        foreach (string word in changedWords)
        {
            // A word without a verdict has not been reported since it came in: its paragraphs are new and reported anyway.
            if (verdicts.TryGetValue(word, out bool before) && IsVouchedFor(word) != before)
            {
                verdicts[word] = !before;
                paragraphsOf.CopyTo(word, stale);
            }
        }

        changedWords.Clear();
        changedNames.Clear();
    }

    /// <inheritdoc/>
    protected internal override void Report(DocumentParagraphContext<SpellingSummary> context) => SpellingAnalyzer.Report(context, Verdict);

    private bool Verdict(string word)
    {
        if (!verdicts.TryGetValue(word, out bool vouched))
        {
            verdicts[word] = vouched = IsVouchedFor(word);
        }

        return vouched;
    }

    private bool IsVouchedFor(string word) =>
        uses.GetValueOrDefault(word) > 1 || (char.IsUpper(word[0]) && names.GetValueOrDefault(string.GetHashCode(word.AsSpan())) > 0);

    private void Update(long paragraph, SpellingSummary summary, int step)
    {
        foreach (SpellingCandidate candidate in summary.Candidates)
        {
            string word = candidate.Word;
            if (verdicts.Count > 0)
            {
                // Before any report there is nothing a change can make stale (see CollectStale).
                changedWords.Add(word);
            }

            int count = uses.GetValueOrDefault(word) + step;
            if (step > 0)
            {
                paragraphsOf.Add(word, paragraph);
            }
            else
            {
                paragraphsOf.Remove(word, paragraph);
            }

            int hash = string.GetHashCode(word.AsSpan());
            if (count > 0)
            {
                uses[word] = count;
                if (char.IsUpper(word[0]))
                {
                    (capitalizedByHash.TryGetValue(hash, out HashSet<string>? words) ? words : capitalizedByHash[hash] = new(StringComparer.Ordinal)).Add(word);
                }

                continue;
            }

            uses.Remove(word);
            verdicts.Remove(word);
            changedWords.Remove(word);
            if (capitalizedByHash.TryGetValue(hash, out HashSet<string>? same) && same.Remove(word) && same.Count == 0)
            {
                capitalizedByHash.Remove(hash);
            }
        }

        foreach (int name in summary.Vouchers)
        {
            if (verdicts.Count > 0)
            {
                changedNames.Add(name);
            }

            int count = names.GetValueOrDefault(name) + step;
            if (count > 0)
            {
                names[name] = count;
            }
            else
            {
                names.Remove(name);
            }
        }
    }
}
