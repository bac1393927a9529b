using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// Matrix–vector products on column-major storage. Both are bound by memory bandwidth (every element
/// of A is used once), which is per core here, so large ones are split across two threads: Ax by rows,
/// Aᵀx by columns, with every output element computed by the same operations either way.
/// </summary>
internal static unsafe class MatrixVector
{
    private const int RowBlock = 2048; // 16 KiB of y stays in L1 while the columns stream past it

    /// <summary>y = A·x: yᵢ = Σⱼ Aᵢⱼxⱼ, summed over j in order with one FMA per term.</summary>
    public static void Multiply(ColumnMajor a, double[] x, double[] y, KernelOptions options)
    {
        int m = a.Rows, n = a.Columns;
        if (!Parallel2(m, n, options))
        {
            MultiplyRows(a, x, y, 0, m);
            return;
        }

        int cut = m / 2 / 8 * 8;
        Parallel.Invoke(() => MultiplyRows(a, x, y, 0, cut), () => MultiplyRows(a, x, y, cut, m));
    }

    /// <summary>y = Aᵀ·x: yⱼ = Σᵢ Aᵢⱼxᵢ, one fixed-order dot product per column.</summary>
    public static void TransposeMultiply(ColumnMajor a, double[] x, double[] y, KernelOptions options)
    {
        int n = a.Columns;
        if (!Parallel2(a.Rows, n, options))
        {
            DotColumns(a, x, y, 0, n);
            return;
        }

        Parallel.Invoke(() => DotColumns(a, x, y, 0, n / 2), () => DotColumns(a, x, y, n / 2, n));
    }

    private static bool Parallel2(int m, int n, KernelOptions o) =>
        (double)m * n >= o.ParallelMinimumElements && o.MaxThreads >= 2 && m >= 16;

    private static void MultiplyRows(ColumnMajor a, double[] x, double[] y, int row0, int row1)
    {
        int m = a.Rows, n = a.Columns;
        fixed (double* pa = a.Data, px = x, py = y)
        {
            for (int i = row0; i < row1; i += RowBlock)
            {
                int length = Math.Min(RowBlock, row1 - i);
                for (int j = 0; j < n; j++)
                    AddScaled(pa + i + (nint)j * m, px[j], py + i, length);
            }
        }
    }

    /// <summary>y[t] = fma(column[t], s, y[t]) for t &lt; length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddScaled(double* column, double s, double* y, int length)
    {
        int t = 0;
        if (Fma.IsSupported)
        {
            Vector256<double> vs = Vector256.Create(s);
            for (; t + 4 <= length; t += 4)
                Vector256.Store(Fma.MultiplyAdd(Vector256.Load(column + t), vs, Vector256.Load(y + t)), y + t);
        }

        for (; t < length; t++)
            y[t] = Math.FusedMultiplyAdd(column[t], s, y[t]);
    }

    private static void DotColumns(ColumnMajor a, double[] x, double[] y, int column0, int column1)
    {
        int m = a.Rows;
        fixed (double* pa = a.Data, px = x)
        {
            for (int j = column0; j < column1; j++)
                y[j] = Dot(pa + (nint)j * m, px, m);
        }
    }

    /// <summary>Σᵢ u[i]·v[i] with four interleaved partial sums (lanes fixed by the length alone).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Dot(double* u, double* v, int length)
    {
        int i = 0;
        double sum = 0;
        if (Fma.IsSupported)
        {
            Vector256<double> s0 = default, s1 = default, s2 = default, s3 = default;
            for (; i + 16 <= length; i += 16)
            {
                s0 = Fma.MultiplyAdd(Vector256.Load(u + i), Vector256.Load(v + i), s0);
                s1 = Fma.MultiplyAdd(Vector256.Load(u + i + 4), Vector256.Load(v + i + 4), s1);
                s2 = Fma.MultiplyAdd(Vector256.Load(u + i + 8), Vector256.Load(v + i + 8), s2);
                s3 = Fma.MultiplyAdd(Vector256.Load(u + i + 12), Vector256.Load(v + i + 12), s3);
            }

            sum = Vector256.Sum((s0 + s1) + (s2 + s3));
        }

        for (; i < length; i++)
            sum = Math.FusedMultiplyAdd(u[i], v[i], sum);
        return sum;
    }
}
