using System.Runtime.CompilerServices;

namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// Multiplies one packed block of A (MC×KC, MR-row strips) by one packed block of B (KC×NC, NR-column
/// panels) into C, tile by tile. The panel loop is outside: one KC×NR panel of B (384×8×8 B = 24 KiB for
/// AVX-512) stays in L1 while the strips of A stream past it from L2, and the tiles it produces run
/// down the same NR columns of C.
/// </summary>
internal static unsafe class MacroKernel
{
    /// <summary>The block's first row and column in C, its size mc×nc, and its depth kc.</summary>
    public readonly record struct Block(int Row, int Column, int Rows, int Columns, int Depth);

    /// <summary>C[block] += α·(packed A)·(packed B); with <paramref name="lowerOnly"/>, tiles wholly above the diagonal are skipped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(double alpha, double* packedA, double* packedB, double* c, int ldc, Block block, MicroKernel kernel, bool lowerOnly)
    {
        int mr = kernel.Rows, nr = kernel.Columns, kc = block.Depth;
        for (int j = 0; j < block.Columns; j += nr)
        {
            double* panel = packedB + (nint)j * kc;
            int width = Math.Min(nr, block.Columns - j);
            for (int i = 0; i < block.Rows; i += mr)
            {
                int height = Math.Min(mr, block.Rows - i);
                if (lowerOnly && block.Column + j > block.Row + i + height - 1) continue; // tile above the diagonal
                double* strip = packedA + (nint)i * kc;
                double* tile = c + (block.Row + i) + (nint)(block.Column + j) * ldc;
                if (height == mr && width == nr)
                    kernel.Run(kc, strip, mr, panel, nr, alpha, tile, ldc);
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
        int mr = kernel.Rows, nr = kernel.Columns;
        double* scratch = stackalloc double[mr * nr]; // zeroed: the kernel adds 1·Σ to 0, which is exact
        kernel.Run(kc, strip, mr, panel, nr, 1.0, scratch, mr);
        for (int j = 0; j < width; j++)
            for (int i = 0; i < height; i++)
                tile[i + (nint)j * ldc] = Math.FusedMultiplyAdd(alpha, scratch[i + j * mr], tile[i + (nint)j * ldc]);
    }
}
