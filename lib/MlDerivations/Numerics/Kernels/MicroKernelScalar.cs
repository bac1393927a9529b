namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// The portable micro-kernel for processors with neither AVX-512 nor AVX2: one 8×4 tile with
/// <see cref="Math.FusedMultiplyAdd"/>, the same arithmetic per element as the vector kernels.
/// </summary>
internal static unsafe class MicroKernelScalar
{
    /// <summary>Rows of a tile.</summary>
    public const int Rows = 8;

    /// <summary>Columns of a tile.</summary>
    public const int Columns = 4;

    /// <summary>Adds α·Σₖ a[k·strideA + i]·b[k·strideB + j] to c[i + j·ldc] for i &lt; 8, j &lt; 4, k &lt; depth.</summary>
    public static void Run(int depth, double* a, nint strideA, double* b, nint strideB, double alpha, double* c, nint ldc)
    {
        double* acc = stackalloc double[Rows * Columns]; // column-major 8×4, zeroed
        new Span<double>(acc, Rows * Columns).Clear();
        for (int k = 0; k < depth; k++, a += strideA, b += strideB)
        {
            for (int j = 0; j < Columns; j++)
            {
                double bj = b[j];
                for (int i = 0; i < Rows; i++)
                    acc[i + j * Rows] = Math.FusedMultiplyAdd(a[i], bj, acc[i + j * Rows]);
            }
        }

        for (int j = 0; j < Columns; j++)
            for (int i = 0; i < Rows; i++)
                c[i + j * ldc] = Math.FusedMultiplyAdd(alpha, acc[i + j * Rows], c[i + j * ldc]);
    }
}
