namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// Cache-line alignment of packed buffers. A zmm load of 8 doubles that straddles two 64-byte lines
/// costs two loads; packed strips are 64 bytes wide, so aligning the buffer's start aligns every load.
/// Buffers are allocated with <see cref="Slack"/> spare doubles and used from the first aligned element.
/// </summary>
internal static unsafe class Alignment
{
    /// <summary>Spare doubles to allocate so that an aligned start always fits.</summary>
    public const int Slack = 8;

    /// <summary>The first 64-byte-aligned address at or after <paramref name="p"/> (p must be 8-byte aligned).</summary>
    public static double* To64(double* p) => (double*)(((nuint)p + 63) & ~(nuint)63);
}
