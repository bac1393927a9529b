using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// The AVX-512 micro-kernel: one 24×8 tile of C, C[i, j] ← fma(α, Σₖ a[k, i]·b[k, j], C[i, j]).
/// </summary>
/// <remarks>
/// Each column j of the tile is three <c>Vector512&lt;double&gt;</c> accumulators (24 rows), so the
/// tile holds 24 accumulators; with three vectors of A and the broadcast of b that is 28 of the 32 zmm
/// registers. Per step k the kernel loads 3 vectors of A, broadcasts 8 values of B and issues 24 FMAs,
/// which the two FMA ports retire in 12 cycles: 11 loads per step, where the 8×24 orientation needs 25
/// (one vector and 24 broadcasts). A column of the tile is 24 contiguous doubles of column-major C
/// (three cache lines), so a tile touches 8 pages of C rather than 24, and the tiles of one panel run
/// down the same 8 columns. Nothing in the loop is a call: a call would make the JIT spill the
/// accumulators. Each element's sum runs over k in order, one FMA per step, and is added to C with
/// one more FMA, whatever the tile's place in C, so results do not depend on tiling or threads.
/// </remarks>
internal static unsafe class MicroKernel512
{
    /// <summary>Rows of a tile (three vectors).</summary>
    public const int Rows = 24;

    /// <summary>Columns of a tile.</summary>
    public const int Columns = 8;

    /// <summary>Whether this processor runs the kernel.</summary>
    public static bool IsSupported => Avx512F.IsSupported && Vector512.IsHardwareAccelerated;

    /// <summary>
    /// Adds α·Σₖ a[k·strideA + i]·b[k·strideB + j] to c[i + j·ldc] for i &lt; 24, j &lt; 8, k &lt; depth.
    /// </summary>
    /// <param name="depth">k: the number of steps (KC or less).</param>
    /// <param name="a">24 values of A per step, <paramref name="strideA"/> apart.</param>
    /// <param name="strideA">Distance between steps of A (24 for a packed strip).</param>
    /// <param name="b">8 values of B per step, <paramref name="strideB"/> apart.</param>
    /// <param name="strideB">Distance between steps of B (8 for a packed panel).</param>
    /// <param name="alpha">α.</param>
    /// <param name="c">The tile's top-left element in column-major C.</param>
    /// <param name="ldc">Leading dimension of C.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int depth, double* a, nint strideA, double* b, nint strideB, double alpha, double* c, nint ldc)
    {
        PrefetchTile(c, ldc);
        Vector512<double> c00 = default;
        Vector512<double> c10 = default;
        Vector512<double> c20 = default;
        Vector512<double> c01 = default;
        Vector512<double> c11 = default;
        Vector512<double> c21 = default;
        Vector512<double> c02 = default;
        Vector512<double> c12 = default;
        Vector512<double> c22 = default;
        Vector512<double> c03 = default;
        Vector512<double> c13 = default;
        Vector512<double> c23 = default;
        Vector512<double> c04 = default;
        Vector512<double> c14 = default;
        Vector512<double> c24 = default;
        Vector512<double> c05 = default;
        Vector512<double> c15 = default;
        Vector512<double> c25 = default;
        Vector512<double> c06 = default;
        Vector512<double> c16 = default;
        Vector512<double> c26 = default;
        Vector512<double> c07 = default;
        Vector512<double> c17 = default;
        Vector512<double> c27 = default;
        for (int k = 0; k < depth; k++)
        {
            Vector512<double> a0 = Vector512.Load(a);
            Vector512<double> a1 = Vector512.Load(a + 8);
            Vector512<double> a2 = Vector512.Load(a + 16);
            Vector512<double> bj;
            bj = Vector512.Create(b[0]);
            c00 = Avx512F.FusedMultiplyAdd(a0, bj, c00);
            c10 = Avx512F.FusedMultiplyAdd(a1, bj, c10);
            c20 = Avx512F.FusedMultiplyAdd(a2, bj, c20);
            bj = Vector512.Create(b[1]);
            c01 = Avx512F.FusedMultiplyAdd(a0, bj, c01);
            c11 = Avx512F.FusedMultiplyAdd(a1, bj, c11);
            c21 = Avx512F.FusedMultiplyAdd(a2, bj, c21);
            bj = Vector512.Create(b[2]);
            c02 = Avx512F.FusedMultiplyAdd(a0, bj, c02);
            c12 = Avx512F.FusedMultiplyAdd(a1, bj, c12);
            c22 = Avx512F.FusedMultiplyAdd(a2, bj, c22);
            bj = Vector512.Create(b[3]);
            c03 = Avx512F.FusedMultiplyAdd(a0, bj, c03);
            c13 = Avx512F.FusedMultiplyAdd(a1, bj, c13);
            c23 = Avx512F.FusedMultiplyAdd(a2, bj, c23);
            bj = Vector512.Create(b[4]);
            c04 = Avx512F.FusedMultiplyAdd(a0, bj, c04);
            c14 = Avx512F.FusedMultiplyAdd(a1, bj, c14);
            c24 = Avx512F.FusedMultiplyAdd(a2, bj, c24);
            bj = Vector512.Create(b[5]);
            c05 = Avx512F.FusedMultiplyAdd(a0, bj, c05);
            c15 = Avx512F.FusedMultiplyAdd(a1, bj, c15);
            c25 = Avx512F.FusedMultiplyAdd(a2, bj, c25);
            bj = Vector512.Create(b[6]);
            c06 = Avx512F.FusedMultiplyAdd(a0, bj, c06);
            c16 = Avx512F.FusedMultiplyAdd(a1, bj, c16);
            c26 = Avx512F.FusedMultiplyAdd(a2, bj, c26);
            bj = Vector512.Create(b[7]);
            c07 = Avx512F.FusedMultiplyAdd(a0, bj, c07);
            c17 = Avx512F.FusedMultiplyAdd(a1, bj, c17);
            c27 = Avx512F.FusedMultiplyAdd(a2, bj, c27);
            a += strideA;
            b += strideB;
        }

        Vector512<double> va = Vector512.Create(alpha);
        Update(c + 0 + 0 * ldc, va, c00);
        Update(c + 8 + 0 * ldc, va, c10);
        Update(c + 16 + 0 * ldc, va, c20);
        Update(c + 0 + 1 * ldc, va, c01);
        Update(c + 8 + 1 * ldc, va, c11);
        Update(c + 16 + 1 * ldc, va, c21);
        Update(c + 0 + 2 * ldc, va, c02);
        Update(c + 8 + 2 * ldc, va, c12);
        Update(c + 16 + 2 * ldc, va, c22);
        Update(c + 0 + 3 * ldc, va, c03);
        Update(c + 8 + 3 * ldc, va, c13);
        Update(c + 16 + 3 * ldc, va, c23);
        Update(c + 0 + 4 * ldc, va, c04);
        Update(c + 8 + 4 * ldc, va, c14);
        Update(c + 16 + 4 * ldc, va, c24);
        Update(c + 0 + 5 * ldc, va, c05);
        Update(c + 8 + 5 * ldc, va, c15);
        Update(c + 16 + 5 * ldc, va, c25);
        Update(c + 0 + 6 * ldc, va, c06);
        Update(c + 8 + 6 * ldc, va, c16);
        Update(c + 16 + 6 * ldc, va, c26);
        Update(c + 0 + 7 * ldc, va, c07);
        Update(c + 8 + 7 * ldc, va, c17);
        Update(c + 16 + 7 * ldc, va, c27);
    }

    /// <summary>c[0..8) ← fma(α, sum, c[0..8)): the one rounding per element and KC block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Update(double* c, Vector512<double> alpha, Vector512<double> sum) =>
        Vector512.Store(Avx512F.FusedMultiplyAdd(alpha, sum, Vector512.Load(c)), c);

    /// <summary>
    /// Asks for the tile's 8 columns of C (24 doubles each, three or four cache lines) before the k loop:
    /// C is far larger than L2, and the loop's thousands of cycles hide the wait for it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PrefetchTile(double* c, nint ldc)
    {
        for (int j = 0; j < Columns; j++, c += ldc)
        {
            Sse.Prefetch0(c);
            Sse.Prefetch0(c + 8);
            Sse.Prefetch0(c + 16);
            Sse.Prefetch0(c + 23);
        }
    }
}
