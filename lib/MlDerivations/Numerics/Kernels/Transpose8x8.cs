using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// Transposes an 8×8 block of doubles in zmm registers: dst[t·ldDst + r] = src[r·ldSrc + t].
/// Packing needs it wherever a panel's contiguous direction in memory is not the one the micro-kernel
/// reads (op(A) = Aᵀ, op(B) = B, the rows of a tall X): eight vector loads, 24 two-source permutes,
/// eight vector stores, instead of 64 scalar moves with a stride.
/// </summary>
internal static unsafe class Transpose8x8
{
    // Two-source permute indices: lanes 0–7 come from the first source, 8–15 from the second.
    private static readonly Vector512<long> EvenPairs = Vector512.Create(0L, 8, 2, 10, 4, 12, 6, 14);
    private static readonly Vector512<long> OddPairs = Vector512.Create(1L, 9, 3, 11, 5, 13, 7, 15);
    private static readonly Vector512<long> LowQuads = Vector512.Create(0L, 1, 8, 9, 4, 5, 12, 13);
    private static readonly Vector512<long> HighQuads = Vector512.Create(2L, 3, 10, 11, 6, 7, 14, 15);
    private static readonly Vector512<long> LowHalves = Vector512.Create(0L, 1, 2, 3, 8, 9, 10, 11);
    private static readonly Vector512<long> HighHalves = Vector512.Create(4L, 5, 6, 7, 12, 13, 14, 15);

    /// <summary>Whether the processor runs the register transpose (AVX-512F).</summary>
    public static bool IsSupported => Avx512F.IsSupported;

    /// <summary>dst[t·ldDst + r] = src[r·ldSrc + t] for r, t &lt; 8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Run(double* src, nint ldSrc, double* dst, nint ldDst)
    {
        // Rows r of the source: rN[t] = src[r, t].
        Vector512<double> r0 = Vector512.Load(src), r1 = Vector512.Load(src + ldSrc);
        Vector512<double> r2 = Vector512.Load(src + 2 * ldSrc), r3 = Vector512.Load(src + 3 * ldSrc);
        Vector512<double> r4 = Vector512.Load(src + 4 * ldSrc), r5 = Vector512.Load(src + 5 * ldSrc);
        Vector512<double> r6 = Vector512.Load(src + 6 * ldSrc), r7 = Vector512.Load(src + 7 * ldSrc);

        // 1) interleave row pairs: u0 = [r0₀ r1₀ r0₂ r1₂ r0₄ r1₄ r0₆ r1₆], u1 the odd columns.
        Vector512<double> u0 = P(r0, EvenPairs, r1), u1 = P(r0, OddPairs, r1);
        Vector512<double> u2 = P(r2, EvenPairs, r3), u3 = P(r2, OddPairs, r3);
        Vector512<double> u4 = P(r4, EvenPairs, r5), u5 = P(r4, OddPairs, r5);
        Vector512<double> u6 = P(r6, EvenPairs, r7), u7 = P(r6, OddPairs, r7);

        // 2) combine pairs of pairs: v0 = [r0₀ r1₀ r2₀ r3₀ r0₄ r1₄ r2₄ r3₄], v2 columns 2 and 6, ...
        Vector512<double> v0 = P(u0, LowQuads, u2), v2 = P(u0, HighQuads, u2);
        Vector512<double> v1 = P(u1, LowQuads, u3), v3 = P(u1, HighQuads, u3);
        Vector512<double> v4 = P(u4, LowQuads, u6), v6 = P(u4, HighQuads, u6);
        Vector512<double> v5 = P(u5, LowQuads, u7), v7 = P(u5, HighQuads, u7);

        // 3) join the row halves: column t of the source, rows 0–7, becomes row t of dst.
        Vector512.Store(P(v0, LowHalves, v4), dst);
        Vector512.Store(P(v1, LowHalves, v5), dst + ldDst);
        Vector512.Store(P(v2, LowHalves, v6), dst + 2 * ldDst);
        Vector512.Store(P(v3, LowHalves, v7), dst + 3 * ldDst);
        Vector512.Store(P(v0, HighHalves, v4), dst + 4 * ldDst);
        Vector512.Store(P(v1, HighHalves, v5), dst + 5 * ldDst);
        Vector512.Store(P(v2, HighHalves, v6), dst + 6 * ldDst);
        Vector512.Store(P(v3, HighHalves, v7), dst + 7 * ldDst);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> P(Vector512<double> first, Vector512<long> indices, Vector512<double> second) =>
        Avx512F.PermuteVar8x64x2(first, indices, second);
}
