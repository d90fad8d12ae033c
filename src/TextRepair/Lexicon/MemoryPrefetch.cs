using System.Runtime.Intrinsics.X86;

namespace TextRepair.Lexicon;

/// <summary>
/// Asks the processor to start loading a table slot into cache ahead of its use. The word-sequence model's tables are
/// tens of megabytes and read at random: each read is a cache miss, and a miss the code waits on costs as much as a
/// dozen started together. Callers that know the next lookups' slots ask for them first and read them afterwards.
/// </summary>
/// <remarks>
/// The one use of unsafe code in the library: .NET exposes the prefetch instruction only through a pointer. The pointer
/// is taken under <c>fixed</c>, lives for one instruction and is never read through: a prefetch cannot fault or change
/// memory, so a wrong address would cost time, not correctness. Where the instruction is missing (not x86) it does nothing.
/// </remarks>
internal static class MemoryPrefetch
{
    /// <summary>Starts loading the cache line holding <paramref name="array"/>[<paramref name="index"/>] into every cache level.</summary>
    public static unsafe void Fetch(ulong[] array, int index)
    {
        if (Sse.IsSupported)
        {
            fixed (ulong* address = &array[index])
            {
                Sse.Prefetch0(address);
            }
        }
    }
}
