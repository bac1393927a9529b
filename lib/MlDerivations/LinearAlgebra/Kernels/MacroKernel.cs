using System.Runtime.CompilerServices;

namespace MlDerivations.LinearAlgebra.Kernels;

/// <summary>
/// Multiplies one packed block of A (MC×KC, 8-row strips) by one packed block of B (KC×NC, NR-column
/// panels) into C, tile by tile. The strip loop is outside: one 24 KiB strip of A stays in L1 while
/// the panels of B stream from L2 past it.
/// </summary>
internal static unsafe class MacroKernel
{
    /// <summary>The block's first row and column in C, its size mc×nc, and its depth kc.</summary>
    public readonly record struct Block(int Row, int Column, int Rows, int Columns, int Depth);

    /// <summary>C[block] += α·(packed A)·(packed B); with <paramref name="lowerOnly"/>, tiles wholly above the diagonal are skipped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(double alpha, double* packedA, double* packedB, double* c, int ldc, Block block, MicroKernel kernel, bool lowerOnly)
    {
        const int R = MicroKernel.Rows;
        int nr = kernel.Columns, kc = block.Depth;
        for (int i = 0; i < block.Rows; i += R)
        {
            double* strip = packedA + (nint)i * kc;
            int height = Math.Min(R, block.Rows - i);
            int lastRow = block.Row + i + height - 1;
            for (int j = 0; j < block.Columns; j += nr)
            {
                if (lowerOnly && block.Column + j > lastRow) break;
                double* panel = packedB + (nint)j * kc;
                double* tile = c + (block.Row + i) + (nint)(block.Column + j) * ldc;
                int width = Math.Min(nr, block.Columns - j);
                if (height == R && width == nr)
                    kernel.Run(kc, strip, R, panel, nr, alpha, tile, ldc);
                else
                    EdgeTile(alpha, strip, panel, tile, ldc, kc, height, width, kernel);
            }
        }
    }

    /// <summary>
    /// A tile cut by the edge of C: the kernel writes the whole padded tile into a scratch tile, and the
    /// part inside C is added with one FMA per element, the same operation the kernel performs itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void EdgeTile(
        double alpha, double* strip, double* panel, double* tile, int ldc, int kc, int height, int width, MicroKernel kernel)
    {
        const int R = MicroKernel.Rows;
        int nr = kernel.Columns;
        double* scratch = stackalloc double[R * nr]; // zeroed: the kernel adds 1·Σ to 0, which is exact
        kernel.Run(kc, strip, R, panel, nr, 1.0, scratch, R);
        for (int j = 0; j < width; j++)
            for (int i = 0; i < height; i++)
                tile[i + (nint)j * ldc] = Math.FusedMultiplyAdd(alpha, scratch[i + j * R], tile[i + (nint)j * ldc]);
    }
}
