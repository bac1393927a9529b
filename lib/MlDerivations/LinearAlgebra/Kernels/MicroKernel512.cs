using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MlDerivations.LinearAlgebra.Kernels;

/// <summary>
/// The AVX-512 micro-kernel: one 8×24 tile of C, C[i, j] ← fma(α, Σₖ a[k, i]·b[k, j], C[i, j]).
/// </summary>
/// <remarks>
/// Each column j of the tile is one <c>Vector512&lt;double&gt;</c> accumulator (8 rows), so the tile
/// holds 24 accumulators; with the vector of A and the broadcast of b that is 26 of the 32 zmm
/// registers. Per step k the kernel loads 8 values of A, broadcasts 24 values of B and issues 24
/// FMAs, which the two FMA ports retire in 12 cycles while the loads (one vector, 24 embedded
/// broadcasts) fit the two load ports. Nothing in the loop is a call: a call would make the JIT spill
/// the accumulators. Each element's sum runs over k in order, one FMA per step, and is added to C with
/// one more FMA, whatever the tile's place in C, so results do not depend on tiling or threads.
/// </remarks>
internal static unsafe class MicroKernel512
{
    /// <summary>Rows of a tile (one vector).</summary>
    public const int Rows = 8;

    /// <summary>Columns of a tile (one accumulator each).</summary>
    public const int Columns = 24;

    /// <summary>Whether this processor runs the kernel.</summary>
    public static bool IsSupported => Avx512F.IsSupported && Vector512.IsHardwareAccelerated;

    /// <summary>
    /// Adds α·Σₖ a[k·strideA + i]·b[k·strideB + j] to c[i + j·ldc] for i &lt; 8, j &lt; 24, k &lt; depth.
    /// </summary>
    /// <param name="depth">k: the number of steps (KC or less).</param>
    /// <param name="a">8 values of A per step, 64-bit aligned, <paramref name="strideA"/> apart.</param>
    /// <param name="strideA">Distance between steps of A (8 for a packed strip).</param>
    /// <param name="b">24 values of B per step, <paramref name="strideB"/> apart.</param>
    /// <param name="strideB">Distance between steps of B (24 for a packed panel).</param>
    /// <param name="alpha">α.</param>
    /// <param name="c">The tile's top-left element in column-major C.</param>
    /// <param name="ldc">Leading dimension of C.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int depth, double* a, nint strideA, double* b, nint strideB, double alpha, double* c, nint ldc)
    {
        Vector512<double> c00 = default;
        Vector512<double> c01 = default;
        Vector512<double> c02 = default;
        Vector512<double> c03 = default;
        Vector512<double> c04 = default;
        Vector512<double> c05 = default;
        Vector512<double> c06 = default;
        Vector512<double> c07 = default;
        Vector512<double> c08 = default;
        Vector512<double> c09 = default;
        Vector512<double> c10 = default;
        Vector512<double> c11 = default;
        Vector512<double> c12 = default;
        Vector512<double> c13 = default;
        Vector512<double> c14 = default;
        Vector512<double> c15 = default;
        Vector512<double> c16 = default;
        Vector512<double> c17 = default;
        Vector512<double> c18 = default;
        Vector512<double> c19 = default;
        Vector512<double> c20 = default;
        Vector512<double> c21 = default;
        Vector512<double> c22 = default;
        Vector512<double> c23 = default;
        for (int k = 0; k < depth; k++)
        {
            Vector512<double> av = Vector512.Load(a);
            c00 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[0]), c00);
            c01 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[1]), c01);
            c02 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[2]), c02);
            c03 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[3]), c03);
            c04 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[4]), c04);
            c05 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[5]), c05);
            c06 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[6]), c06);
            c07 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[7]), c07);
            c08 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[8]), c08);
            c09 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[9]), c09);
            c10 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[10]), c10);
            c11 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[11]), c11);
            c12 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[12]), c12);
            c13 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[13]), c13);
            c14 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[14]), c14);
            c15 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[15]), c15);
            c16 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[16]), c16);
            c17 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[17]), c17);
            c18 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[18]), c18);
            c19 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[19]), c19);
            c20 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[20]), c20);
            c21 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[21]), c21);
            c22 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[22]), c22);
            c23 = Avx512F.FusedMultiplyAdd(av, Vector512.Create(b[23]), c23);
            a += strideA;
            b += strideB;
        }

        Vector512<double> va = Vector512.Create(alpha);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c00, Vector512.Load(c + 0 * ldc)), c + 0 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c01, Vector512.Load(c + 1 * ldc)), c + 1 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c02, Vector512.Load(c + 2 * ldc)), c + 2 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c03, Vector512.Load(c + 3 * ldc)), c + 3 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c04, Vector512.Load(c + 4 * ldc)), c + 4 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c05, Vector512.Load(c + 5 * ldc)), c + 5 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c06, Vector512.Load(c + 6 * ldc)), c + 6 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c07, Vector512.Load(c + 7 * ldc)), c + 7 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c08, Vector512.Load(c + 8 * ldc)), c + 8 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c09, Vector512.Load(c + 9 * ldc)), c + 9 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c10, Vector512.Load(c + 10 * ldc)), c + 10 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c11, Vector512.Load(c + 11 * ldc)), c + 11 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c12, Vector512.Load(c + 12 * ldc)), c + 12 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c13, Vector512.Load(c + 13 * ldc)), c + 13 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c14, Vector512.Load(c + 14 * ldc)), c + 14 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c15, Vector512.Load(c + 15 * ldc)), c + 15 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c16, Vector512.Load(c + 16 * ldc)), c + 16 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c17, Vector512.Load(c + 17 * ldc)), c + 17 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c18, Vector512.Load(c + 18 * ldc)), c + 18 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c19, Vector512.Load(c + 19 * ldc)), c + 19 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c20, Vector512.Load(c + 20 * ldc)), c + 20 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c21, Vector512.Load(c + 21 * ldc)), c + 21 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c22, Vector512.Load(c + 22 * ldc)), c + 22 * ldc);
        Vector512.Store(Avx512F.FusedMultiplyAdd(va, c23, Vector512.Load(c + 23 * ldc)), c + 23 * ldc);
    }
}
