using System.Buffers;

namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// The blocked product C ← C + α·op(A)·op(B) (β is applied by the caller), GotoBLAS loop order
/// (sizes for the AVX-512 kernel's 24×8 tiles and the default blocking):
/// <code>
/// for jc (NC columns of C)
///   for pc (KC steps of the sum)
///     pack op(B)[pc, jc] into NR-column panels     packed B block KC×NC ≈ 6 MiB: L3
///     for ic (MC rows of C)
///       pack op(A)[ic, pc] into MR-row strips      packed A block MC×KC ≈ 0.7 MiB: L2
///       for each NR-column panel                   panel KC×8 = 24 KiB: L1
///         for each MR-row strip: micro-kernel on one MR×NR tile of C
/// </code>
/// Each block of B is packed once and serves every row block; each block of A is packed once per
/// (jc, pc), which for NC in the thousands is a small fraction of the product's work.
/// With two threads the columns (or, for tall C, the rows) of C are split in two; each thread packs
/// its own blocks. Every element of C receives the same operations in the same order whatever the
/// split, so one and two threads give the same bits.
/// </summary>
internal static unsafe class GemmDriver
{
    /// <summary>
    /// C += α·op(A)·op(B) for column-major C of shape op(A).rows × op(B).columns. With
    /// <paramref name="lowerOnly"/>, tiles strictly above the diagonal are skipped (symmetric results).
    /// </summary>
    public static void Run(double alpha, ColumnMajor a, ColumnMajor b, double[] c, KernelOptions options, bool lowerOnly = false)
    {
        int m = a.OpRows, n = b.OpColumns, depth = a.OpColumns;
        if (alpha == 0 || m == 0 || n == 0 || depth == 0) return;
        MicroKernel kernel = MicroKernel.For(options.Path);
        var whole = new Range(0, m, 0, n);
        if (options.ThreadsFor(2.0 * m * n * depth) == 1)
        {
            RunBlock(alpha, a, b, c, whole, kernel, options, lowerOnly);
            return;
        }

        (Range first, Range second) = Split(whole, kernel.Rows, kernel.Columns, lowerOnly);
        Parallel.Invoke(
            () => RunBlock(alpha, a, b, c, first, kernel, options, lowerOnly),
            () => RunBlock(alpha, a, b, c, second, kernel, options, lowerOnly));
    }

    /// <summary>Rows [Row0, Row1) and columns [Column0, Column1) of C.</summary>
    private readonly record struct Range(int Row0, int Row1, int Column0, int Column1);

    private static (Range, Range) Split(Range r, int tileRows, int tileColumns, bool lowerOnly)
    {
        int m = r.Row1, n = r.Column1;
        if (n >= m || lowerOnly)
        {
            // Lower triangle: columns left of n(1 − 1/√2) hold half of its elements.
            double fraction = lowerOnly ? 1 - Math.Sqrt(0.5) : 0.5;
            int cut = RoundTo((int)(n * fraction), tileColumns, n);
            return (r with { Column1 = cut }, r with { Column0 = cut });
        }

        int rowCut = RoundTo(m / 2, tileRows, m);
        return (r with { Row1 = rowCut }, r with { Row0 = rowCut });
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;

    private static int RoundTo(int value, int multiple, int limit) =>
        Math.Clamp((value + multiple / 2) / multiple * multiple, 0, limit);

    private static void RunBlock(
        double alpha, ColumnMajor a, ColumnMajor b, double[] c, Range r, MicroKernel kernel, KernelOptions o, bool lowerOnly)
    {
        int depth = a.OpColumns, nr = kernel.Columns;
        int mcMax = Math.Min(o.RowBlock, r.Row1 - r.Row0), kcMax = Math.Min(o.DepthBlock, depth);
        int ncMax = Math.Min(o.ColumnBlock, r.Column1 - r.Column0);
        if (mcMax <= 0 || ncMax <= 0) return;
        // Pooled: a 2000×2000 product packs 6 MiB of B at a time, too much to allocate on every call. Packing
        // writes every element the kernel reads (padding included), so stale contents do not matter.
        double[] packedA = ArrayPool<double>.Shared.Rent(RoundUp(mcMax, kernel.Rows) * kcMax + Alignment.Slack);
        double[] packedB = ArrayPool<double>.Shared.Rent(RoundUp(ncMax, nr) * kcMax + Alignment.Slack);
        try
        {
            PackAndMultiply(alpha, a, b, c, r, kernel, o, lowerOnly, packedA, packedB);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(packedA);
            ArrayPool<double>.Shared.Return(packedB);
        }
    }

    private static void PackAndMultiply(
        double alpha, ColumnMajor a, ColumnMajor b, double[] c, Range r, MicroKernel kernel, KernelOptions o, bool lowerOnly,
        double[] packedA, double[] packedB)
    {
        int depth = a.OpColumns, nr = kernel.Columns;
        fixed (double* pa = a.Data, pb = b.Data, pc = c, rawA = packedA, rawB = packedB)
        {
            double* packA = Alignment.To64(rawA), packB = Alignment.To64(rawB);
            for (int jc = r.Column0; jc < r.Column1; jc += o.ColumnBlock)
            {
                int nc = Math.Min(o.ColumnBlock, r.Column1 - jc);
                for (int p0 = 0; p0 < depth; p0 += o.DepthBlock)
                {
                    int kc = Math.Min(o.DepthBlock, depth - p0);
                    Packing.PackB(pb + b.OffsetOfOp(p0, jc), b.Rows, b.Transpose, kc, nc, nr, packB, kernel.Vector512);
                    for (int ic = r.Row0; ic < r.Row1; ic += o.RowBlock)
                    {
                        int mc = Math.Min(o.RowBlock, r.Row1 - ic);
                        if (lowerOnly && jc > ic + mc - 1) continue; // every column right of every row
                        Packing.PackA(pa + a.OffsetOfOp(ic, p0), a.Rows, a.Transpose, mc, kc, kernel.Rows, packA, kernel.Vector512);
                        var tiles = new MacroKernel.Block(ic, jc, mc, nc, kc);
                        MacroKernel.Run(alpha, packA, packB, pc, ldc: a.OpRows, tiles, kernel, lowerOnly);
                    }
                }
            }
        }
    }
}
