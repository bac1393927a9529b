using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Storage;
using MlDerivations.Numerics.Kernels;
using MlDerivations.Numerics;

namespace MlDerivations.Bench.Dense;

/// <summary>
/// The compared workloads on shared inputs: GEMM C = AB of square n×n matrices, and the Gram matrix XᵀX
/// of a tall X, each by our kernels, MathNet's managed provider and OpenBLAS, on a chosen thread count.
/// </summary>
internal sealed class Workloads
{
    private readonly Matrix<double> a, b, c;

    public Workloads(int rows, int columns, bool gram)
    {
        var random = new Random(1);
        a = Matrix<double>.Build.Dense(rows, columns, (_, _) => random.NextDouble() - 0.5);
        b = gram ? a : Matrix<double>.Build.Dense(columns, columns, (_, _) => random.NextDouble() - 0.5);
        c = Matrix<double>.Build.Dense(gram ? columns : rows, columns);
        Rows = rows;
        Columns = columns;
    }

    public int Rows { get; }

    public int Columns { get; }

    public static void UseThreads(int threads)
    {
        OpenBlas.SetThreads(threads);
        Control.MaxDegreeOfParallelism = threads;
    }

    /// <summary>Our options on <paramref name="threads"/> threads; DENSE_MC, DENSE_KC, DENSE_NC override the blocking (for tuning).</summary>
    public static KernelOptions Ours(int threads) => KernelOptions.Default with
    {
        MaxThreads = threads,
        RowBlock = Setting("DENSE_MC", KernelOptions.Default.RowBlock),
        DepthBlock = Setting("DENSE_KC", KernelOptions.Default.DepthBlock),
        ColumnBlock = Setting("DENSE_NC", KernelOptions.Default.ColumnBlock),
    };

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.CultureInfo.InvariantCulture, out int value) && value > 0
            ? value : fallback;

    public void OursGemm(int threads) =>
        MlDerivations.Numerics.Dense.Gemm(1.0, a, Transpose.No, b, Transpose.No, 0.0, c, Ours(threads));

    public void MathNetGemm() => a.Multiply(b, c);

    public void OpenBlasGemm() => OpenBlas.Multiply(Data(a), Data(b), Data(c), Rows);

    public Matrix<double> OursGram(int threads) => MlDerivations.Numerics.Dense.Gram(a, Ours(threads));

    public Matrix<double> MathNetGram() => a.TransposeThisAndMultiply(a);

    public void OpenBlasGram() => OpenBlas.Gram(Data(a), Rows, Columns, Data(c));

    private static double[] Data(Matrix<double> m) => ((DenseColumnMajorMatrixStorage<double>)m.Storage).Data;
}
