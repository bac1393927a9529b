using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using Simd = System.Numerics.Vector<double>;

namespace MlDerivations.Regression;

/// <summary>
/// The one seam through which the regression estimators form big products: the Gram matrix XᵀX,
/// Xᵀv and Xw. Everything else in this namespace calls these three, so a faster dense kernel
/// (LinearAlgebra.Dense) replaces them with one edit. Single-threaded and deterministic: the sums
/// are taken in a fixed order, so the same input gives the same bytes.
/// </summary>
internal static class Products
{
    // Rows per block: 512 rows × 50 columns × 8 B = 200 KB, so a block of X stays in L2 while all
    // column pairs of it are multiplied.
    private const int BlockRows = 512;

    /// <summary>G = XᵀX (d × d, symmetric), X of shape n × d.</summary>
    public static Matrix<double> Gram(Matrix<double> x)
    {
        if (x.AsColumnMajorArray() is not { } data) return x.TransposeThisAndMultiply(x);
        int n = x.RowCount, d = x.ColumnCount;
        var lower = new double[d * d]; // row-major lower triangle: lower[i*d + j], j ≤ i
        for (int r0 = 0; r0 < n; r0 += BlockRows)
            AccumulateGramBlock(data, n, d, r0, Math.Min(BlockRows, n - r0), lower);
        var g = Matrix<double>.Build.Dense(d, d);
        for (int i = 0; i < d; i++)
            for (int j = 0; j <= i; j++)
            {
                g[i, j] = lower[i * d + j];
                g[j, i] = lower[i * d + j];
            }
        return g;
    }

    /// <summary>Xᵀv (length d), X of shape n × d, v of length n.</summary>
    public static Vector<double> TransposeMultiply(Matrix<double> x, Vector<double> v)
    {
        if (x.AsColumnMajorArray() is not { } data || v.AsArray() is not { } vs) return x.TransposeThisAndMultiply(v);
        int n = x.RowCount, d = x.ColumnCount;
        var result = new double[d];
        for (int j = 0; j < d; j++)
            result[j] = TensorPrimitives.Dot(new ReadOnlySpan<double>(data, j * n, n), vs);
        return Vector<double>.Build.Dense(result);
    }

    /// <summary>Xw (length n), X of shape n × d, w of length d.</summary>
    public static Vector<double> Multiply(Matrix<double> x, Vector<double> w)
    {
        if (x.AsColumnMajorArray() is not { } data) return x * w;
        int n = x.RowCount, d = x.ColumnCount;
        var result = new double[n];
        for (int r0 = 0; r0 < n; r0 += BlockRows * 8)
        {
            int len = Math.Min(BlockRows * 8, n - r0);
            var dest = new Span<double>(result, r0, len);
            for (int j = 0; j < d; j++)
                TensorPrimitives.MultiplyAdd(new ReadOnlySpan<double>(data, j * n + r0, len), w[j], dest, dest);
        }
        return Vector<double>.Build.Dense(result);
    }

    /// <summary>Adds the block's contribution Σ_{r in block} x_ri x_rj to lower[i*d + j] for j ≤ i.</summary>
    private static void AccumulateGramBlock(double[] data, int n, int d, int r0, int len, double[] lower)
    {
        for (int i = 0; i < d; i++)
        {
            var ci = new ReadOnlySpan<double>(data, i * n + r0, len);
            int j = 0;
            for (; j + 3 <= i; j += 4)
                Dot4(ci, new ReadOnlySpan<double>(data, j * n + r0, len), new ReadOnlySpan<double>(data, (j + 1) * n + r0, len),
                    new ReadOnlySpan<double>(data, (j + 2) * n + r0, len), new ReadOnlySpan<double>(data, (j + 3) * n + r0, len),
                    lower.AsSpan(i * d + j, 4));
            for (; j <= i; j++)
                lower[i * d + j] += TensorPrimitives.Dot(ci, new ReadOnlySpan<double>(data, j * n + r0, len));
        }
    }

    /// <summary>sums[k] += a·b_k for four columns b_0..b_3 at once, so each load of a serves four products.</summary>
    private static void Dot4(ReadOnlySpan<double> a, ReadOnlySpan<double> b0, ReadOnlySpan<double> b1,
        ReadOnlySpan<double> b2, ReadOnlySpan<double> b3, Span<double> sums)
    {
        var va = MemoryMarshal.Cast<double, Simd>(a);
        var v0 = MemoryMarshal.Cast<double, Simd>(b0);
        var v1 = MemoryMarshal.Cast<double, Simd>(b1);
        var v2 = MemoryMarshal.Cast<double, Simd>(b2);
        var v3 = MemoryMarshal.Cast<double, Simd>(b3);
        Simd s0 = default, s1 = default, s2 = default, s3 = default;
        for (int k = 0; k < va.Length; k++)
        {
            var x = va[k];
            s0 += x * v0[k];
            s1 += x * v1[k];
            s2 += x * v2[k];
            s3 += x * v3[k];
        }
        double t0 = System.Numerics.Vector.Sum(s0), t1 = System.Numerics.Vector.Sum(s1), t2 = System.Numerics.Vector.Sum(s2), t3 = System.Numerics.Vector.Sum(s3);
        for (int k = va.Length * Simd.Count; k < a.Length; k++)
        {
            t0 += a[k] * b0[k];
            t1 += a[k] * b1[k];
            t2 += a[k] * b2[k];
            t3 += a[k] * b3[k];
        }
        sums[0] += t0;
        sums[1] += t1;
        sums[2] += t2;
        sums[3] += t3;
    }
}
