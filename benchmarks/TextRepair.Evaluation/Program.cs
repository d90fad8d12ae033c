using System.Diagnostics;
using System.Text;

namespace TextRepair.Evaluation;

/// <summary>
/// The quality evaluation: <c>dotnet run -c Release --project benchmarks/TextRepair.Evaluation -- --data ../shared/data --out docs/quality.md</c>.
/// <c>--tuning-misses FILE</c> writes the widened noise set's misses on its tuning part (never the held-out part).
/// <c>--export DIR</c> writes the corpora as text files for the peers; <c>--peers DIR</c> scores the peers' recorded
/// diagnostics (<c>DIR/CORPUS.peers.jsonl</c>) with the same code (see <c>benchmarks/compare-peers.sh</c>).
/// </summary>
internal static class Program
{
    /// <summary>Everything from this line on in the output file is written by hand from other commands, and kept.</summary>
    private const string KeptSectionsMarker = "<!-- Sections below are measured by the commands they show and kept when this file is written again. -->";

    private static int Main(string[] args)
    {
        string data = "../shared/data";
        string? output = null;
        string? export = null;
        string? peers = null;
        string? misses = null;
        for (int index = 0; index < args.Length; index++)
        {
            switch (args[index])
            {
                case "--data": data = args[++index]; break;
                case "--out": output = args[++index]; break;
                case "--export": export = args[++index]; break;
                case "--peers": peers = args[++index]; break;
                case "--tuning-misses": misses = args[++index]; break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[index]}'; usage: --data DIR [--out FILE] [--export DIR] [--peers DIR] [--tuning-misses FILE]");
                    return 2;
            }
        }

        var sets = new DataSets(data);
        IReadOnlyList<string> wikinews = sets.WikinewsParagraphs();
        IReadOnlyList<InjectedDefect> synthetic = SyntheticNoiseSection.Build(wikinews);
        IReadOnlyList<LanguageToolExample> languageTool = sets.LanguageToolExamples();
        IReadOnlyList<EditedParagraph> bea = sets.BeaParagraphs();
        IReadOnlyList<AnnotatedSegment> mqm = sets.MqmNewsSegments();
        string seed = sets.SeedArticle();
        var cleanNews = new Corpus("wikinews", wikinews);

        if (export is not null)
        {
            Directory.CreateDirectory(export);
            foreach (Corpus corpus in new[] { cleanNews, SyntheticNoiseSection.ToCorpus(synthetic), LanguageToolSection.ToCorpus(languageTool), BeaSection.ToCorpus(bea), MqmSection.ToCorpus(mqm), SeedSection.ToCorpus(seed) })
            {
                File.WriteAllText(Path.Combine(export, corpus.Name + ".txt"), corpus.Text);
            }

            // The same 1 MB of clean news for the speed comparison: the paragraphs, repeated.
            var news = new StringBuilder();
            while (news.Length < 1_000_000)
            {
                news.AppendJoin("\n\n", wikinews).Append("\n\n");
            }

            File.WriteAllText(Path.Combine(export, "news-1mb.txt"), news.ToString());
            Console.Error.WriteLine($"wrote the corpora to {export}");
            return 0;
        }

        TextRepairEngine engine = TextRepairEngine.CreateDefault();
        var textRepair = new TextRepairChecker(engine);
        var checkers = new List<Checker> { textRepair };
        IReadOnlyList<WidenedDefect> widened = WidenedNoiseSection.Build(sets.WikinewsArticles());
        var normalizing = new TextRepairChecker(TextRepairEngine.CreateDefault(TextRepair.Analysis.TextRepairOptions.Default.WithRuleSeverity("TR3004", TextRepair.Analysis.SeveritySetting.Info)));
        if (misses is not null)
        {
            // Only the tuning part's misses are written out: the held-out part stays unread.
            File.WriteAllLines(misses, WidenedNoiseSection.Misses(widened, textRepair, heldOut: false));
            Console.Error.WriteLine($"wrote the tuning part's misses to {misses}");
            return 0;
        }

        if (peers is not null)
        {
            checkers.Add(new RecordedPeerChecker("harper", peers));
            checkers.Add(new RecordedPeerChecker("retext", peers));
            checkers.Add(new RecordedPeerChecker("hunspell", peers));
        }

        var stopwatch = Stopwatch.StartNew();
        var report = new StringBuilder();
        report.Append("# Quality\n\n");
        report.Append("Written by `dotnet run -c Release --project benchmarks/TextRepair.Evaluation -- --data ../shared/data --out docs/quality.md");
        report.Append(peers is null ? "`" : " --peers DIR` (run by `benchmarks/compare-peers.sh`, which writes the peers' diagnostics to DIR first)");
        report.Append($" on {DateTime.UtcNow:yyyy-MM-dd}. Every data set is read where it lies; nothing of the evaluation-only sets is copied into the repository. ");
        report.Append("Peers (harper.js, retext, hunspell) ran on the very same corpus files and are scored by the same code.\n\n");
        report.Append("## Clean news\n\n").Append(CleanNewsSection.Run(cleanNews, checkers, engine)).Append('\n');
        report.Append("## Synthetic noise\n\n").Append(SyntheticNoiseSection.Run(synthetic, checkers, engine)).Append('\n');
        report.Append("### Widened noise, with a held-out part\n\n").Append(WidenedNoiseSection.Run(widened, textRepair, normalizing)).Append('\n');
        report.Append("## The seed article\n\n").Append(SeedSection.Run(seed, sets.SeedDefectsPath, checkers)).Append('\n');
        report.Append("## Machine-translated news with expert annotations (WMT23 MQM)\n\n").Append(MqmSection.Run(mqm, checkers)).Append('\n');
        report.Append("## Spelling\n\n").Append(SpellingSection.Run(languageTool, bea, checkers)).Append('\n');
        report.Append("### Ablation: the cl100k subword view\n\n").Append(SubwordAblationSection.Run(cleanNews, bea, synthetic, engine)).Append('\n');
        report.Append("## Learner essays (BEA-2019 W&I+LOCNESS dev)\n\n").Append(BeaSection.Run(bea, checkers)).Append('\n');
        report.Append("## LanguageTool's English examples\n\n").Append(LanguageToolSection.Run(languageTool, checkers));
        string markdown = report.ToString();
        if (output is not null && File.Exists(output))
        {
            // Sections measured by other commands (the garble score, the peer suites) follow a marker and are kept.
            string previous = File.ReadAllText(output);
            int kept = previous.IndexOf(KeptSectionsMarker, StringComparison.Ordinal);
            if (kept >= 0)
            {
                markdown = markdown.TrimEnd('\n') + "\n\n" + previous[kept..];
            }
        }

        if (output is null)
        {
            Console.Out.Write(markdown);
        }
        else
        {
            string temporary = output + ".tmp";
            File.WriteAllText(temporary, markdown);
            File.Move(temporary, output, overwrite: true);
            Console.Error.WriteLine($"wrote {output} in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        }

        return 0;
    }
}
