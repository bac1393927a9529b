using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Numerics;
using MlDerivations.Numerics.Kernels;

namespace MlDerivations.Tests.Numerics;

/// <summary>Random matrices and the comparison with the naive triple loop shared by the dense-kernel tests.</summary>
internal static class DenseReference
{
    /// <summary>Blocks so small that every edge case (partial strip, panel, MC, KC and NC block) occurs below 60.</summary>
    public static readonly KernelOptions TinyBlocks = new() { RowBlock = 20, DepthBlock = 7, ColumnBlock = 50 };

    public static Matrix<double> Random(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => 2 * random.NextDouble() - 1);
    }

    public static Vector<double> RandomVector(int length, int seed)
    {
        var random = new Random(seed);
        return Vector<double>.Build.Dense(length, _ => 2 * random.NextDouble() - 1);
    }

    public static Matrix<double> Stored(int opRows, int opColumns, Transpose t, int seed) =>
        t == Transpose.No ? Random(opRows, opColumns, seed) : Random(opColumns, opRows, seed);

    /// <summary>α·op(A)·op(B) + β·C by the naive triple loop.</summary>
    public static Matrix<double> Naive(double alpha, Matrix<double> a, Transpose ta, Matrix<double> b, Transpose tb, double beta, Matrix<double> c)
    {
        var ca = new ColumnMajor(a.ToColumnMajorArray(), a.RowCount, a.ColumnCount, ta);
        var cb = new ColumnMajor(b.ToColumnMajorArray(), b.RowCount, b.ColumnCount, tb);
        double[] result = NaiveProduct.Gemm(alpha, ca, cb, beta, c.ToColumnMajorArray());
        return Matrix<double>.Build.Dense(c.RowCount, c.ColumnCount, result);
    }

    /// <summary>
    /// Asserts |actual − expected| ≤ 1e-13·(|α|·Σₖ|op(A)ᵢₖ||op(B)ₖⱼ| + |β|·|Cᵢⱼ|) for every element: agreement to
    /// 13 digits relative to the size of the terms summed (plain relative error is meaningless where
    /// cancellation makes an element small).
    /// </summary>
    public static void AssertMatchesNaive(
        Matrix<double> actual, double alpha, Matrix<double> a, Transpose ta, Matrix<double> b, Transpose tb, double beta, Matrix<double> c0)
    {
        Matrix<double> expected = Naive(alpha, a, ta, b, tb, beta, c0);
        Matrix<double> scale = Naive(Math.Abs(alpha), a.PointwiseAbs(), ta, b.PointwiseAbs(), tb, Math.Abs(beta), c0.PointwiseAbs());
        for (int j = 0; j < actual.ColumnCount; j++)
        {
            for (int i = 0; i < actual.RowCount; i++)
            {
                double delta = Math.Abs(actual[i, j] - expected[i, j]);
                Assert.True(delta <= 1e-13 * scale[i, j] + double.Epsilon,
                    $"element ({i}, {j}): {actual[i, j]:R} vs naive {expected[i, j]:R}, |Δ| = {delta:E3}, scale {scale[i, j]:E3}");
            }
        }
    }

    public static void AssertSameBits(Matrix<double> x, Matrix<double> y)
    {
        Assert.Equal(x.RowCount, y.RowCount);
        Assert.Equal(x.ColumnCount, y.ColumnCount);
        double[] u = x.ToColumnMajorArray(), v = y.ToColumnMajorArray();
        for (int i = 0; i < u.Length; i++)
            Assert.True(BitConverter.DoubleToInt64Bits(u[i]) == BitConverter.DoubleToInt64Bits(v[i]), $"entry {i}: {u[i]:R} vs {v[i]:R}");
    }
}
