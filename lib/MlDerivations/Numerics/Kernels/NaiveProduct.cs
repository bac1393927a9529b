namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// The reference every kernel is tested against: the textbook triple loop
/// C[i, j] ← α·Σₖ op(A)[i, k]·op(B)[k, j] + β·C[i, j], no blocking, no vectors, no threads.
/// </summary>
internal static class NaiveProduct
{
    /// <summary>Returns α·op(A)·op(B) + β·C as a new column-major array (C is not changed).</summary>
    public static double[] Gemm(double alpha, ColumnMajor a, ColumnMajor b, double beta, double[] c)
    {
        int m = a.OpRows, n = b.OpColumns, depth = a.OpColumns;
        var result = new double[m * n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int k = 0; k < depth; k++)
                    sum += a.Data[a.OffsetOfOp(i, k)] * b.Data[b.OffsetOfOp(k, j)];
                result[i + j * m] = beta == 0 ? alpha * sum : alpha * sum + beta * c[i + j * m];
            }
        }

        return result;
    }
}
