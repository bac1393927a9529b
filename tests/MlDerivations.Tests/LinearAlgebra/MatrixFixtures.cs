using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Tests.LinearAlgebra;

/// <summary>Small matrices shared by the factorisation tests, and comparisons that ignore column signs.</summary>
internal static class MatrixFixtures
{
    public static Matrix<double> M(double[,] values) => Matrix<double>.Build.DenseOfArray(values);

    public static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    /// <summary>A reproducible m×n matrix with entries uniform in [−1, 1).</summary>
    public static Matrix<double> Random(int rows, int columns, int seed)
    {
        var rng = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => 2 * rng.NextDouble() - 1);
    }

    /// <summary>The naive triple loop, independent of MathNet's and the library's products.</summary>
    public static Matrix<double> NaiveProduct(Matrix<double> a, Matrix<double> b)
    {
        var c = Matrix<double>.Build.Dense(a.RowCount, b.ColumnCount);
        for (int i = 0; i < a.RowCount; i++)
            for (int j = 0; j < b.ColumnCount; j++)
            {
                double sum = 0;
                for (int k = 0; k < a.ColumnCount; k++) sum += a[i, k] * b[k, j];
                c[i, j] = sum;
            }
        return c;
    }

    /// <summary>Q and R with each column of Q (and row of R) flipped so that R's diagonal is ≥ 0: QR is unique then.</summary>
    public static (Matrix<double> Q, Matrix<double> R) PositiveDiagonal(Matrix<double> q, Matrix<double> r)
    {
        q = q.Clone();
        r = r.Clone();
        for (int j = 0; j < r.RowCount; j++)
        {
            if (r[j, j] >= 0) continue;
            q.SetColumn(j, -q.Column(j));
            r.SetRow(j, -r.Row(j));
        }
        return (q, r);
    }

    /// <summary>max |a_ij − b_ij|.</summary>
    public static double MaxDifference(Matrix<double> a, Matrix<double> b) => (a - b).Enumerate().Max(Math.Abs);

    /// <summary>‖QᵀQ − I‖ by the naive product.</summary>
    public static double OrthogonalityError(Matrix<double> q) =>
        MaxDifference(NaiveProduct(q.Transpose(), q), Matrix<double>.Build.DenseIdentity(q.ColumnCount));
}
