using System.Buffers;

namespace Entente.Text;

/// <summary>A growable list over arrays rented from the shared pool: collect items of unknown count, then copy them once
/// into an exact array. One per call (not thread-safe); dispose to return the array.</summary>
/// <typeparam name="T">Item type.</typeparam>
internal sealed class PooledBuffer<T> : IDisposable
{
    private T[] _items;

    /// <summary>Rents room for at least <paramref name="capacity"/> items.</summary>
    public PooledBuffer(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(4, capacity));

    /// <summary>Number of items added.</summary>
    public int Count { get; private set; }

    /// <summary>An item by index.</summary>
    public T this[int index] => _items[index];

    /// <summary>Appends an item, renting a larger array when full.</summary>
    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, larger, Count);
            Return();
            _items = larger;
        }

        _items[Count++] = item;
    }

    /// <summary>Removes the item at <paramref name="index"/>, moving the later ones down.</summary>
    public void RemoveAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        Count--;
        Array.Copy(_items, index + 1, _items, index, Count - index);
        _items[Count] = default!;
    }

    /// <summary>The items added so far, in place (valid until the next <see cref="Add"/>).</summary>
    public Span<T> AsSpan(int start, int length) => _items.AsSpan(0, Count).Slice(start, length);

    /// <summary>A new array of exactly the items added.</summary>
    public T[] ToArray() => Count == 0 ? [] : _items.AsSpan(0, Count).ToArray();

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose()
    {
        Return();
        _items = [];
        Count = 0;
    }

    private void Return()
    {
        if (_items.Length > 0)
        {
            // References must not outlive the call in the pool's arrays (mentions, documents).
            ArrayPool<T>.Shared.Return(_items, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
