using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Regression;

namespace MlDerivations.Tests.Regression;

public sealed class ProductsTests
{
    private static Matrix<double> RandomMatrix(int n, int d, int seed)
    {
        var random = new Random(seed);
        return Matrix<double>.Build.Dense(n, d, (_, _) => random.NextDouble() * 4 - 1);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(1030, 9)] // three row blocks, a 4-column group plus a remainder, a tail of 6 rows
    public void Gram_EqualsTheNaiveTripleLoop(int n, int d)
    {
        var x = RandomMatrix(n, d, n + d);
        var g = Products.Gram(x);
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++)
            {
                double s = 0;
                for (int r = 0; r < n; r++) s += x[r, i] * x[r, j];
                Assert.Equal(s, g[i, j], 1e-10 * Math.Max(1, Math.Abs(s)));
            }
    }

    [Fact]
    public void TransposeMultiplyAndMultiply_EqualTheNaiveLoops()
    {
        var x = RandomMatrix(4500, 5, 1);
        var random = new Random(2);
        var v = Vector<double>.Build.Dense(4500, _ => random.NextDouble());
        var w = Vector<double>.Build.Dense(5, j => j - 2.0);

        var xtv = Products.TransposeMultiply(x, v);
        var xw = Products.Multiply(x, w);
        for (int j = 0; j < 5; j++)
        {
            double s = 0;
            for (int r = 0; r < 4500; r++) s += x[r, j] * v[r];
            Assert.Equal(s, xtv[j], 1e-9);
        }
        for (int r = 0; r < 4500; r++)
        {
            double s = 0;
            for (int j = 0; j < 5; j++) s += x[r, j] * w[j];
            Assert.Equal(s, xw[r], 1e-12);
        }
    }
}
