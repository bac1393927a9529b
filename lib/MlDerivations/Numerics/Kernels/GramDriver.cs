using System.Runtime.CompilerServices;

namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// The symmetric kernel for G = Zᵀ·Z with Z = op(X) tall and narrow (n samples × p ≤ 256 features):
/// XᵀX for Z = X, XXᵀ for Z = Xᵀ. For 200,000×50 the output is tiny (it stays in L1) and all the
/// cost is in streaming Z once, so:
/// <code>
/// for each chunk of KC rows of Z                       KC×s doubles (384×72×8 B ≈ 216 KiB): L2
///   pack the chunk once, row-major with stride s       (8×8 register transposes for Z = X)
///   for every tile (MR rows i, NR columns j) with i ≤ j + NR − 1: micro-kernel, A and B both read from the chunk
/// </code>
/// Only tiles that meet the upper triangle are computed (with tall 24-row tiles and short 8-column ones
/// that wastes fewer padded flops than the lower one: 12 tiles instead of 16 for 50 columns); the lower
/// triangle is mirrored at the end. The rows of Z are split into a number of segments that depends on the shape only (two for large products, else one);
/// each segment sums into its own scratch G, and the scratches are added in segment order, with one
/// thread or two: the same bits either way.
/// </summary>
internal static unsafe class GramDriver
{
    /// <summary>Writes the p×p matrix op(X)ᵀ·op(X), both triangles, into column-major <paramref name="g"/>.</summary>
    public static void Run(ColumnMajor x, double[] g, KernelOptions options)
    {
        int n = x.OpRows, p = x.OpColumns;
        MicroKernel kernel = MicroKernel.For(options.Path);
        int stride = (p + 23) / 24 * 24; // a multiple of every kernel's MR (24, 8) and NR (8, 6, 4)
        bool split = 1.0 * n * p * p >= options.ParallelMinimumFlops && n >= 2;
        int cut = split ? n / 2 : n;
        var scratch = new double[split ? 2 : 1][];
        if (split && options.MaxThreads >= 2)
            Parallel.Invoke(
                () => scratch[0] = SumSegment(x, 0, cut, stride, kernel, options),
                () => scratch[1] = SumSegment(x, cut, n, stride, kernel, options));
        else
        {
            scratch[0] = SumSegment(x, 0, cut, stride, kernel, options);
            if (split) scratch[1] = SumSegment(x, cut, n, stride, kernel, options);
        }

        for (int j = 0; j < p; j++)
        {
            for (int i = j; i < p; i++)
            {
                double value = scratch[0][j + i * stride]; // G[j, i], j ≤ i: upper triangle
                if (split) value += scratch[1][j + i * stride];
                g[i + j * p] = value;
                g[j + i * p] = value;
            }
        }
    }

    /// <summary>Σ over rows [row0, row1) of Z of zₖzₖᵀ, upper-triangle tiles, into a stride×stride scratch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] SumSegment(ColumnMajor x, int row0, int row1, int stride, MicroKernel kernel, KernelOptions o)
    {
        int p = x.OpColumns, mr = kernel.Rows, nr = kernel.Columns;
        var sum = new double[stride * stride + Alignment.Slack];
        int kcMax = Math.Min(o.DepthBlock, row1 - row0);
        var chunk = new double[Math.Max(kcMax, 1) * stride + Alignment.Slack]; // zeroed: the padding columns stay 0
        fixed (double* px = x.Data, rawG = sum, rawZ = chunk)
        {
            double* pg = Alignment.To64(rawG), pz = Alignment.To64(rawZ);
            for (int k0 = row0; k0 < row1; k0 += o.DepthBlock)
            {
                int kc = Math.Min(o.DepthBlock, row1 - k0);
                // One panel as wide as the stride: pz[k·stride + j] = Z[k0 + k, j].
                Packing.PackB(px + x.OffsetOfOp(k0, 0), x.Rows, x.Transpose, kc, p, stride, pz, kernel.Vector512);
                for (int j = 0; j < p; j += nr)
                    for (int i = 0; i <= j + nr - 1 && i < p; i += mr)
                        kernel.Run(kc, pz + i, stride, pz + j, stride, 1.0, pg + i + (nint)j * stride, stride);
            }

            // Return the scratch unpadded from its aligned start: entry (i, j) at i + j·stride.
            return new ReadOnlySpan<double>(pg, stride * stride).ToArray();
        }
    }
}
