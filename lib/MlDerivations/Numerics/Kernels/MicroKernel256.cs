using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// The AVX2 fallback micro-kernel: one 8×6 tile of C, C[i, j] ← fma(α, Σₖ a[k, i]·b[k, j], C[i, j]).
/// </summary>
/// <remarks>
/// Without AVX-512 only 16 ymm registers exist: 12 accumulators (6 columns × two
/// <c>Vector256&lt;double&gt;</c> halves of 8 rows), two vectors of A and one broadcast fill 15.
/// The arithmetic of each element is the same as in <see cref="MicroKernel512"/> (one FMA per k, in
/// order, then one FMA into C), so both paths give the same bits.
/// </remarks>
internal static unsafe class MicroKernel256
{
    /// <summary>Rows of a tile (two vectors).</summary>
    public const int Rows = 8;

    /// <summary>Columns of a tile.</summary>
    public const int Columns = 6;

    /// <summary>Whether this processor runs the kernel.</summary>
    public static bool IsSupported => Fma.IsSupported && Vector256.IsHardwareAccelerated;

    /// <summary>Adds α·Σₖ a[k·strideA + i]·b[k·strideB + j] to c[i + j·ldc] for i &lt; 8, j &lt; 6, k &lt; depth.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int depth, double* a, nint strideA, double* b, nint strideB, double alpha, double* c, nint ldc)
    {
        Vector256<double> c0l = default;
        Vector256<double> c0h = default;
        Vector256<double> c1l = default;
        Vector256<double> c1h = default;
        Vector256<double> c2l = default;
        Vector256<double> c2h = default;
        Vector256<double> c3l = default;
        Vector256<double> c3h = default;
        Vector256<double> c4l = default;
        Vector256<double> c4h = default;
        Vector256<double> c5l = default;
        Vector256<double> c5h = default;
        for (int k = 0; k < depth; k++)
        {
            Vector256<double> al = Vector256.Load(a);
            Vector256<double> ah = Vector256.Load(a + 4);
            Vector256<double> bv;
            bv = Vector256.Create(b[0]);
            c0l = Fma.MultiplyAdd(al, bv, c0l);
            c0h = Fma.MultiplyAdd(ah, bv, c0h);
            bv = Vector256.Create(b[1]);
            c1l = Fma.MultiplyAdd(al, bv, c1l);
            c1h = Fma.MultiplyAdd(ah, bv, c1h);
            bv = Vector256.Create(b[2]);
            c2l = Fma.MultiplyAdd(al, bv, c2l);
            c2h = Fma.MultiplyAdd(ah, bv, c2h);
            bv = Vector256.Create(b[3]);
            c3l = Fma.MultiplyAdd(al, bv, c3l);
            c3h = Fma.MultiplyAdd(ah, bv, c3h);
            bv = Vector256.Create(b[4]);
            c4l = Fma.MultiplyAdd(al, bv, c4l);
            c4h = Fma.MultiplyAdd(ah, bv, c4h);
            bv = Vector256.Create(b[5]);
            c5l = Fma.MultiplyAdd(al, bv, c5l);
            c5h = Fma.MultiplyAdd(ah, bv, c5h);
            a += strideA;
            b += strideB;
        }

        Vector256<double> va = Vector256.Create(alpha);
        Vector256.Store(Fma.MultiplyAdd(va, c0l, Vector256.Load(c + 0 * ldc + 0)), c + 0 * ldc + 0);
        Vector256.Store(Fma.MultiplyAdd(va, c0h, Vector256.Load(c + 0 * ldc + 4)), c + 0 * ldc + 4);
        Vector256.Store(Fma.MultiplyAdd(va, c1l, Vector256.Load(c + 1 * ldc + 0)), c + 1 * ldc + 0);
        Vector256.Store(Fma.MultiplyAdd(va, c1h, Vector256.Load(c + 1 * ldc + 4)), c + 1 * ldc + 4);
        Vector256.Store(Fma.MultiplyAdd(va, c2l, Vector256.Load(c + 2 * ldc + 0)), c + 2 * ldc + 0);
        Vector256.Store(Fma.MultiplyAdd(va, c2h, Vector256.Load(c + 2 * ldc + 4)), c + 2 * ldc + 4);
        Vector256.Store(Fma.MultiplyAdd(va, c3l, Vector256.Load(c + 3 * ldc + 0)), c + 3 * ldc + 0);
        Vector256.Store(Fma.MultiplyAdd(va, c3h, Vector256.Load(c + 3 * ldc + 4)), c + 3 * ldc + 4);
        Vector256.Store(Fma.MultiplyAdd(va, c4l, Vector256.Load(c + 4 * ldc + 0)), c + 4 * ldc + 0);
        Vector256.Store(Fma.MultiplyAdd(va, c4h, Vector256.Load(c + 4 * ldc + 4)), c + 4 * ldc + 4);
        Vector256.Store(Fma.MultiplyAdd(va, c5l, Vector256.Load(c + 5 * ldc + 0)), c + 5 * ldc + 0);
        Vector256.Store(Fma.MultiplyAdd(va, c5h, Vector256.Load(c + 5 * ldc + 4)), c + 5 * ldc + 4);
    }
}
