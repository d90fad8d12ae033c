using System.Buffers;

namespace TextRepair.Lexing;

/// <summary>
/// A growable list of tokens over an array rented from <see cref="ArrayPool{T}.Shared"/>. Dispose it to return the array;
/// once it has grown to fit a text, lexing another text of that size allocates nothing.
/// </summary>
internal sealed class TokenBuffer : IDisposable
{
    private Token[] tokens;

    /// <summary>Creates a buffer with room for <paramref name="capacity"/> tokens.</summary>
    public TokenBuffer(int capacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        tokens = ArrayPool<Token>.Shared.Rent(Math.Max(capacity, 16));
    }

    /// <summary>The number of tokens held.</summary>
    public int Count { get; private set; }

    /// <summary>The token at <paramref name="index"/>.</summary>
    public ref readonly Token this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref tokens[index];
        }
    }

    /// <summary>The tokens held, without a copy. Valid until the buffer changes.</summary>
    public ReadOnlySpan<Token> AsSpan() => tokens.AsSpan(0, Count);

    /// <summary>The array the tokens are in (its first <see cref="Count"/> entries), until the buffer grows or is disposed.</summary>
    public Token[] Array => tokens;

    /// <summary>Appends a token.</summary>
    public void Add(in Token token)
    {
        if (Count == tokens.Length)
        {
            Grow(Count + 1);
        }

        tokens[Count++] = token;
    }

    /// <summary>Removes every token, keeping the rented array.</summary>
    public void Clear() => Count = 0;

    /// <summary>Makes room for at least <paramref name="capacity"/> tokens.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > tokens.Length)
        {
            Grow(capacity);
        }
    }

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose()
    {
        Token[] rented = tokens;
        tokens = [];
        Count = 0;
        if (rented.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(rented);
        }
    }

    private void Grow(int needed)
    {
        Token[] larger = ArrayPool<Token>.Shared.Rent(Math.Max(needed, tokens.Length * 2));
        tokens.AsSpan(0, Count).CopyTo(larger);
        if (tokens.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }

        tokens = larger;
    }
}
