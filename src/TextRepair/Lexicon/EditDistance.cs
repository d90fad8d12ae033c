namespace TextRepair.Lexicon;

/// <summary>Restricted Damerau–Levenshtein distance (optimal string alignment) with an upper bound, on the stack.</summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="left"/> and <paramref name="right"/>, or <paramref name="maximum"/> + 1 when it is larger.</summary>
    public static int Compute(ReadOnlySpan<char> left, ReadOnlySpan<char> right, int maximum)
    {
        if (Math.Abs(left.Length - right.Length) > maximum)
        {
            return maximum + 1;
        }

        int columns = right.Length + 1;
        Span<int> rows = columns * 3 <= 512 ? stackalloc int[columns * 3] : new int[columns * 3];
        Span<int> previousPrevious = rows[..columns];
        Span<int> previous = rows.Slice(columns, columns);
        Span<int> current = rows.Slice(2 * columns, columns);
        for (int j = 0; j < columns; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j < columns; j++)
            {
                int cost = left[i - 1] == right[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    value = Math.Min(value, previousPrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > maximum)
            {
                return maximum + 1;
            }

            Span<int> recycled = previousPrevious;
            previousPrevious = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[right.Length], maximum + 1);
    }
}
