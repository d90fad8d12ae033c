using System.Text.Json;
using TextRepair.Text;

namespace TextRepair.Evaluation;

/// <summary>A peer's diagnostics read from <c>DIR/CORPUS.peers.jsonl</c> (written by <c>benchmarks/compare-peers.sh</c>).</summary>
public sealed class RecordedPeerChecker : Checker
{
    private readonly string directory;

    public RecordedPeerChecker(string name, string directory)
        : base(name) => this.directory = directory;

    public override IReadOnlyList<List<Finding>>? Check(Corpus corpus)
    {
        string path = Path.Combine(directory, corpus.Name + ".peers.jsonl");
        if (!File.Exists(path))
        {
            return null;
        }

        var diagnostics = new List<(string, TextSpan, string?)>();
        foreach (string line in File.ReadLines(path))
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            if (root.GetProperty("peer").GetString() != Name)
            {
                continue;
            }

            int start = root.GetProperty("start").GetInt32();
            int end = root.GetProperty("end").GetInt32();
            string? replacement = root.TryGetProperty("replacements", out JsonElement replacements) && replacements.ValueKind == JsonValueKind.Array && replacements.GetArrayLength() > 0
                ? replacements[0].ToString()
                : null;
            diagnostics.Add((root.GetProperty("rule").ToString(), TextSpan.FromBounds(start, Math.Max(start, end)), replacement));
        }

        return Distribute(corpus, diagnostics);
    }
}
