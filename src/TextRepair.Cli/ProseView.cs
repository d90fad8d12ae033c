using System.Collections;
using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Text;

namespace TextRepair.Cli;

/// <summary>
/// What of a file is prose, and the text the engine analyses in its place: the file with everything else (Markdown
/// markup, code spans and blocks, URLs, HTML, front matter, tables, suppression comments) blanked out with spaces and
/// the soft line breaks inside a wrapped paragraph turned into spaces, so that a wrapped paragraph reads as one. Every
/// character keeps its offset, so a diagnostic's span is already a span of the file; a diagnostic that touches anything
/// but prose is dropped, and a fix that would change anything but prose is taken off its diagnostic.
/// </summary>
internal sealed class ProseView
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .Build();

    /// <summary>Which characters are prose; null when all are (plain text without suppression comments).</summary>
    private readonly BitArray? prose;
    private readonly Suppressions suppressions;

    private ProseView(string analyzedText, BitArray? prose, Suppressions suppressions)
    {
        AnalyzedText = analyzedText;
        this.prose = prose;
        this.suppressions = suppressions;
    }

    /// <summary>The text the engine analyses: as long as the file, offsets unchanged.</summary>
    public string AnalyzedText { get; }

    /// <summary>The view of a plain-text file: all prose but the suppression comments.</summary>
    public static ProseView ForPlainText(string text, IReadOnlyCollection<string> disabled) =>
        Create(text, disabled, markdown: false);

    /// <summary>The view of a Markdown file: only the text of paragraphs and headings is prose.</summary>
    public static ProseView ForMarkdown(string text, IReadOnlyCollection<string> disabled) =>
        Create(text, disabled, markdown: true);

    /// <summary>The diagnostics of <see cref="AnalyzedText"/> that concern prose and are not suppressed.</summary>
    public IEnumerable<Diagnostic> Filter(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (!IsProse(diagnostic.Span) || suppressions.Covers(diagnostic))
            {
                continue;
            }

            ImmutableArray<Fix> fixes = diagnostic.Fixes.RemoveAll(fix => !fix.Changes.All(change => IsProse(change.Span)));
            yield return fixes.Length == diagnostic.Fixes.Length
                ? diagnostic
                : new Diagnostic(diagnostic.Descriptor, diagnostic.Span, diagnostic.Message, diagnostic.Severity, fixes);
        }
    }

    /// <summary>
    /// Whether a span lies in prose: every character of a non-empty span, and for an empty one (an insertion) a
    /// prose character on one side of it.
    /// </summary>
    private bool IsProse(TextSpan span)
    {
        if (prose is null)
        {
            return true;
        }

        if (span.IsEmpty)
        {
            return (span.Start > 0 && prose[span.Start - 1]) || (span.Start < prose.Length && prose[span.Start]);
        }

        for (int index = span.Start; index < span.End; index++)
        {
            if (!prose[index])
            {
                return false;
            }
        }

        return true;
    }

    private static ProseView Create(string text, IReadOnlyCollection<string> disabled, bool markdown)
    {
        if (!markdown && !text.Contains("textrepair-", StringComparison.Ordinal))
        {
            // The common case of a batch record: nothing to mask, so no copy of the text.
            return new ProseView(text, null, Suppressions.Parse(string.Empty, disabled, out _, text.Length));
        }

        char[] analyzed = text.ToCharArray();
        var prose = new BitArray(text.Length, !markdown);
        var placeholders = new List<(SourceSpan Span, bool IsCode)>();
        if (markdown)
        {
            MarkProse(text, analyzed, prose, placeholders);
        }

        Suppressions suppressions = Suppressions.Parse(text, disabled, out List<TextSpan> comments, text.Length);
        foreach (TextSpan comment in comments)
        {
            for (int index = comment.Start; index < comment.End; index++)
            {
                prose[index] = false;
            }
        }

        // Blank out what is not prose, keeping line breaks so that blocks stay apart.
        for (int index = 0; index < analyzed.Length; index++)
        {
            if (!prose[index] && analyzed[index] is not ('\n' or '\r'))
            {
                analyzed[index] = ' ';
            }
        }

        // Code and URLs stand for words in the sentence ("adds a `diagnostics` array", "an `AnalysisResult`"): blanked
        // out, the words around them would meet ("a array"). Their own text stays in place, without the backticks, so
        // the sentence reads as written; as it is not prose, nothing is ever reported or changed inside it. A stop,
        // question or exclamation mark inside code ends no sentence ("repeated `the cat sat.` lines"): it reads as '_'.
        foreach ((SourceSpan span, bool isCode) in placeholders)
        {
            for (int index = span.Start; index <= span.End && index < analyzed.Length; index++)
            {
                analyzed[index] = text[index] switch
                {
                    '`' or '<' or '>' or '\n' or '\r' => ' ',
                    '.' or '?' or '!' when isCode => '_',
                    char other => other,
                };
            }
        }

        return new ProseView(new string(analyzed), prose, suppressions);
    }

    /// <summary>
    /// Marks the literal text of paragraphs and headings outside tables, joins their wrapped lines, and lists the code
    /// spans and autolinks, which stand for a word of the sentence.
    /// </summary>
    private static void MarkProse(string text, char[] analyzed, BitArray prose, List<(SourceSpan Span, bool IsCode)> placeholders)
    {
        MarkdownDocument document = Markdown.Parse(text, Pipeline);
        foreach (LeafBlock block in document.Descendants<LeafBlock>())
        {
            if (block is not (ParagraphBlock or HeadingBlock) || block.Inline is null || IsInTable(block))
            {
                continue;
            }

            foreach (Inline inline in block.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    // An escape ("\*") or an entity ("&amp;") is a literal whose source is longer than its text: markup.
                    case LiteralInline literal when literal.Span.Length == literal.Content.Length && literal.Span.Start >= 0:
                        for (int index = literal.Span.Start; index <= literal.Span.End && index < text.Length; index++)
                        {
                            prose[index] = true;
                        }

                        break;
                    case CodeInline or AutolinkInline when inline.Span.Start >= 0:
                        placeholders.Add((inline.Span, inline is CodeInline));
                        break;
                    case LineBreakInline { IsHard: false } lineBreak when lineBreak.Span.Start >= 0:
                        for (int index = lineBreak.Span.Start; index <= lineBreak.Span.End && index < text.Length; index++)
                        {
                            if (analyzed[index] is '\n' or '\r')
                            {
                                analyzed[index] = ' ';
                            }
                        }

                        break;
                }
            }
        }
    }

    private static bool IsInTable(Block block)
    {
        for (Block? parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Table)
            {
                return true;
            }
        }

        return false;
    }
}
