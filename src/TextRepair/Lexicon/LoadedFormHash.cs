using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace TextRepair.Lexicon;

/// <summary>
/// The 64-bit hash <see cref="LoadedFormCache"/> names and checks its files by: XXH64 (seed 0) of the bytes appended,
/// in any pieces, the same on every machine of one byte order.
/// </summary>
/// <remarks>
/// The cache hashes about 50 MB while a process starts (the embedded sources for the file names, the payloads to check
/// them), and in a process that compiles just in time everything it runs then is first-tier code: the hashing package's
/// loop, compiled so, took about 70 ms of a 0.33 s first analysis. This loop is compiled fully optimized at its first
/// call (<see cref="MethodImplOptions.AggressiveOptimization"/>), and XXH64 is a hash the package also has, so a test
/// checks the two agree.
/// </remarks>
internal struct LoadedFormHash
{
    private const ulong Prime1 = 11400714785074694791;
    private const ulong Prime2 = 14029467366897019727;
    private const ulong Prime3 = 1609587929392839161;
    private const ulong Prime4 = 9650029242287828579;
    private const ulong Prime5 = 2870177450012600261;
    private const int StripeLength = 32;

    private ulong lane1;
    private ulong lane2;
    private ulong lane3;
    private ulong lane4;
    private ulong length;

    // The bytes of a stripe not yet whole, kept between appends.
    private StripeBuffer pending;
    private int pendingLength;

    /// <summary>A hash of no bytes yet.</summary>
    public LoadedFormHash()
    {
        lane1 = unchecked(Prime1 + Prime2);
        lane2 = Prime2;
        lane3 = 0;
        lane4 = unchecked(0 - Prime1);
    }

    /// <summary>Adds <paramref name="bytes"/> to what is hashed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(ReadOnlySpan<byte> bytes)
    {
        length += (ulong)bytes.Length;
        Span<byte> buffer = pending;
        if (pendingLength > 0)
        {
            int taken = Math.Min(StripeLength - pendingLength, bytes.Length);
            bytes[..taken].CopyTo(buffer[pendingLength..]);
            pendingLength += taken;
            bytes = bytes[taken..];
            if (pendingLength < StripeLength)
            {
                return;
            }

            Consume(buffer);
            pendingLength = 0;
        }

        int whole = bytes.Length - (bytes.Length % StripeLength);
        if (whole > 0)
        {
            Consume(bytes[..whole]);
        }

        bytes[whole..].CopyTo(buffer);
        pendingLength = bytes.Length - whole;
    }

    /// <summary>The hash of every byte appended so far (appending may go on).</summary>
    public readonly ulong GetCurrentHash()
    {
        ulong hash = length >= StripeLength
            ? Merge(Merge(Merge(Merge(
                BitOperations.RotateLeft(lane1, 1) + BitOperations.RotateLeft(lane2, 7) + BitOperations.RotateLeft(lane3, 12) + BitOperations.RotateLeft(lane4, 18),
                lane1), lane2), lane3), lane4)
            : Prime5;
        hash += length;

        ReadOnlySpan<byte> rest = ((ReadOnlySpan<byte>)pending)[..pendingLength];
        for (; rest.Length >= 8; rest = rest[8..])
        {
            hash ^= Round(0, BinaryPrimitives.ReadUInt64LittleEndian(rest));
            hash = (BitOperations.RotateLeft(hash, 27) * Prime1) + Prime4;
        }

        if (rest.Length >= 4)
        {
            hash ^= BinaryPrimitives.ReadUInt32LittleEndian(rest) * Prime1;
            hash = (BitOperations.RotateLeft(hash, 23) * Prime2) + Prime3;
            rest = rest[4..];
        }

        foreach (byte value in rest)
        {
            hash ^= value * Prime5;
            hash = BitOperations.RotateLeft(hash, 11) * Prime1;
        }

        hash ^= hash >> 33;
        hash *= Prime2;
        hash ^= hash >> 29;
        hash *= Prime3;
        return hash ^ (hash >> 32);
    }

    // Whole stripes only.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Consume(ReadOnlySpan<byte> stripes)
    {
        ulong first = lane1, second = lane2, third = lane3, fourth = lane4;
        for (; !stripes.IsEmpty; stripes = stripes[StripeLength..])
        {
            first = Round(first, BinaryPrimitives.ReadUInt64LittleEndian(stripes));
            second = Round(second, BinaryPrimitives.ReadUInt64LittleEndian(stripes[8..]));
            third = Round(third, BinaryPrimitives.ReadUInt64LittleEndian(stripes[16..]));
            fourth = Round(fourth, BinaryPrimitives.ReadUInt64LittleEndian(stripes[24..]));
        }

        (lane1, lane2, lane3, lane4) = (first, second, third, fourth);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Round(ulong lane, ulong input) => BitOperations.RotateLeft(lane + (input * Prime2), 31) * Prime1;

    private static ulong Merge(ulong hash, ulong lane) => ((hash ^ Round(0, lane)) * Prime1) + Prime4;

    [InlineArray(StripeLength)]
    private struct StripeBuffer
    {
        private byte first;
    }
}
