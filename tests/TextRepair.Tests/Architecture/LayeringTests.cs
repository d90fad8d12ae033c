using System.Text.RegularExpressions;

namespace TextRepair.Tests.Architecture;

/// <summary>
/// The library's folders are layers and each may use only the layers below it:
/// Text → Lexing → Lexicon → Language → Fixes → Analysis → Rules → Documents → the engine facade (the root namespace).
/// The test reads the sources (code, not comments) for namespaces and root types each file uses, so a new upward
/// arrow fails here, with the file and the line.
/// </summary>
public partial class LayeringTests
{
    private static readonly string[] Layers = ["Text", "Lexing", "Lexicon", "Language", "Fixes", "Analysis", "Rules", "Documents", ""];

    /// <summary>
    /// The arrows that still point up, each with its reason; removing one from the code must remove it here too.
    /// </summary>
    private static readonly (string File, string Uses, string Why)[] KnownExceptions =
    [
        ("Lexing/Segmenter.cs", "Lexicon", "sentence splitting reads the abbreviation and sentence-opener lists of EnglishWords"),
        ("Documents/TextDocument.cs", "", "a document is analysed by the engine it was created with"),
        ("Documents/FixAll.cs", "", "FixAll.Apply(engine, text) is the engine's repair, run on a document"),
    ];

    [Fact]
    public void No_layer_uses_one_above_it_but_the_known_exceptions()
    {
        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Cli.Tool.DllPath)!, "..", "..", "..", "..", "..", "src", "TextRepair"));
        var found = new List<string>();
        foreach (string path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                continue;
            }

            string layer = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
            int own = Array.IndexOf(Layers, layer);
            Assert.True(own >= 0, $"{relative} is in no layer");
            string[] lines = File.ReadAllLines(path);
            for (int number = 0; number < lines.Length; number++)
            {
                string code = lines[number].TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var used = new HashSet<string>(NamespaceUse().Matches(code).Select(match => match.Groups["layer"].Value), StringComparer.Ordinal);
                if (RootTypeUse().IsMatch(code))
                {
                    used.Add(string.Empty);
                }

                foreach (string other in used)
                {
                    int index = Array.IndexOf(Layers, other);
                    bool known = KnownExceptions.Any(exception => exception.File == relative && exception.Uses == other);
                    if (index > own && !known)
                    {
                        found.Add($"{relative}:{number + 1} uses {(other.Length == 0 ? "the engine facade" : other)}: {code}");
                    }
                }
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Every_known_exception_is_still_needed()
    {
        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Cli.Tool.DllPath)!, "..", "..", "..", "..", "..", "src", "TextRepair"));
        foreach ((string file, string uses, _) in KnownExceptions)
        {
            string code = string.Join("\n", File.ReadAllLines(Path.Combine(root, file)).Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            bool stillUsed = uses.Length == 0 ? RootTypeUse().IsMatch(code) : NamespaceUse().Matches(code).Any(match => match.Groups["layer"].Value == uses);
            Assert.True(stillUsed, $"{file} no longer uses {uses}: remove the exception");
        }
    }

    /// <summary>
    /// A use of a layer's namespace: qualified ("TextRepair.Lexing"), or relative to the root namespace as code inside it
    /// may write it ("Lexing.CharacterClassifier", not after a dot or a letter, and followed by a type name). "Text" is
    /// the bottom layer, never above anything, so its relative form (a common member name) need not be matched.
    /// </summary>
    [GeneratedRegex(@"\bTextRepair\.(?<layer>Text|Lexing|Lexicon|Language|Fixes|Analysis|Rules|Documents)\b(?!\.[a-z])|(?<![\w.])(?<layer>Lexing|Lexicon|Language|Fixes|Analysis|Rules|Documents)\.[A-Z]")]
    private static partial Regex NamespaceUse();

    [GeneratedRegex(@"\bTextRepairEngine\b")]
    private static partial Regex RootTypeUse();
}
