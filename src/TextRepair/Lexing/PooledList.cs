using System.Buffers;
using System.Collections;

namespace TextRepair.Lexing;

/// <summary>A list over an array rented from <see cref="ArrayPool{T}.Shared"/>; dispose it to return the array.</summary>
internal sealed class PooledList<T> : ICollection<T>, IDisposable
    where T : struct
{
    private T[] items = ArrayPool<T>.Shared.Rent(64);

    public int Count { get; private set; }

    public bool IsReadOnly => false;

    public ReadOnlySpan<T> AsSpan() => items.AsSpan(0, Count);

    /// <summary>The array the items are in (its first <see cref="Count"/> entries), until the list grows or is disposed.</summary>
    public T[] Array => items;

    public void Add(T item)
    {
        if (Count == items.Length)
        {
            T[] larger = ArrayPool<T>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(items);
            items = larger;
        }

        items[Count++] = item;
    }

    public void Clear() => Count = 0;

    public bool Contains(T item) => AsSpan().IndexOf(item) >= 0;

    public void CopyTo(T[] array, int arrayIndex) => AsSpan().CopyTo(array.AsSpan(arrayIndex));

    public bool Remove(T item)
    {
        int index = AsSpan().IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        items.AsSpan(index + 1, Count - index - 1).CopyTo(items.AsSpan(index));
        Count--;
        return true;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (int index = 0; index < Count; index++)
        {
            yield return items[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
        T[] rented = items;
        items = [];
        Count = 0;
        if (rented.Length > 0)
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }
}
