using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Storage;
using MlDerivations.Numerics.Kernels;
using MlDerivations.Validation;

namespace MlDerivations.Numerics;

/// <summary>Access to MathNet's storage and the argument checks shared by the products.</summary>
public static partial class Dense
{
    /// <summary>The column-major array behind a dense matrix (no copy); other storage is converted.</summary>
    private static double[] DenseData(Matrix<double> m) =>
        m.Storage is DenseColumnMajorMatrixStorage<double> s ? s.Data : m.ToColumnMajorArray();

    /// <summary>The array behind a dense vector (no copy); other storage is converted.</summary>
    private static double[] DenseData(Vector<double> v) =>
        v.Storage is DenseVectorStorage<double> s ? s.Data : v.ToArray();

    private static ColumnMajor View(Matrix<double> m, Transpose transpose) =>
        new(DenseData(m), m.RowCount, m.ColumnCount, transpose);

    /// <summary>A matrix whose storage is not dense was computed in a converted copy: copy the result back.</summary>
    private static void WriteBackIfConverted(Matrix<double> m, double[] data)
    {
        if (m.Storage is not DenseColumnMajorMatrixStorage<double>)
            Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount, data).CopyTo(m);
    }

    private static bool SharesStorage(Matrix<double> m, Matrix<double> other) =>
        ReferenceEquals(m, other)
        || (m.Storage is DenseColumnMajorMatrixStorage<double> s
            && other.Storage is DenseColumnMajorMatrixStorage<double> t
            && ReferenceEquals(s.Data, t.Data));

    private static string Shape(Matrix<double> m) => Invariant($"{m.RowCount}×{m.ColumnCount}");

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static void Defined(Transpose t, string name)
    {
        if (t is not (Transpose.No or Transpose.Yes))
            throw Guard.OutOfRange(nameof(Dense), name, "be Transpose.No or Transpose.Yes", Guard.Integer((int)t), t);
    }
}
