using TextRepair.Lexing;

namespace TextRepair.Tests.Lexing;

internal static class SegmentationInvariants
{
    /// <summary>The sentences of <paramref name="paragraph"/> lie inside it, in order, and hold exactly its non-space tokens.</summary>
    public static void AssertCover(TokenizedText tokenized, Paragraph paragraph)
    {
        Assert.True(Holds(tokenized, paragraph), $"Sentences do not cover paragraph {paragraph.Span}.");
    }

    public static bool Holds(TokenizedText tokenized, Paragraph paragraph)
    {
        ReadOnlySpan<Token> tokens = tokenized.Tokens;
        var covered = new List<int>();
        int previousEnd = paragraph.Span.Start;
        for (int index = paragraph.FirstSentence; index < paragraph.EndSentence; index++)
        {
            Sentence sentence = tokenized.Sentences[index];
            if (!paragraph.Span.Contains(sentence.Span) || sentence.Span.Start < previousEnd || sentence.Span.IsEmpty)
            {
                return false;
            }

            previousEnd = sentence.Span.End;
            for (int token = sentence.FirstToken; token < sentence.EndToken; token++)
            {
                if (!tokens[token].IsTrivia)
                {
                    covered.Add(token);
                }
            }
        }

        var expected = new List<int>();
        for (int token = paragraph.FirstToken; token < paragraph.EndToken; token++)
        {
            if (!tokens[token].IsTrivia)
            {
                expected.Add(token);
            }
        }

        return covered.SequenceEqual(expected);
    }
}
