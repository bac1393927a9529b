using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Numerics.Kernels;
using MlDerivations.Validation;

namespace MlDerivations.Numerics;

/// <summary>
/// Fast dense products on MathNet matrices: the library's own blocked AVX-512 kernels (about the
/// speed of OpenBLAS here, some 10–40× MathNet's managed provider on large products), used by every
/// part of the library that forms products of real size.
/// </summary>
/// <remarks>
/// Dense matrices are read and written in place through their column-major storage (no copies);
/// other storage (sparse, diagonal) is converted to dense first. Products of more than 10⁸
/// floating-point operations use two threads. Results are deterministic: the same bits on every run,
/// with one thread or two.
/// </remarks>
public static partial class Dense
{
    /// <summary>
    /// General matrix product with accumulation: C ← α·op(A)·op(B) + β·C, where op(M) is M or Mᵀ.
    /// With β = 0, C is overwritten (values in it, even NaN, are ignored).
    /// </summary>
    /// <param name="alpha">α, finite.</param>
    /// <param name="a">A; op(A) is m×k.</param>
    /// <param name="transA">Whether op(A) = Aᵀ.</param>
    /// <param name="b">B; op(B) is k×n.</param>
    /// <param name="transB">Whether op(B) = Bᵀ.</param>
    /// <param name="beta">β, finite.</param>
    /// <param name="c">C, m×n, updated in place; it must not share storage with A or B.</param>
    public static void Gemm(
        double alpha, Matrix<double> a, Transpose transA, Matrix<double> b, Transpose transB, double beta, Matrix<double> c) =>
        Gemm(alpha, a, transA, b, transB, beta, c, KernelOptions.Default);

    /// <summary>The product AB, m×k times k×n.</summary>
    public static Matrix<double> Multiply(Matrix<double> a, Matrix<double> b) => Multiply(a, b, KernelOptions.Default);

    /// <summary>The product AᵀB for A k×m and B k×n (e.g. Xᵀy-style cross products), without forming Aᵀ.</summary>
    public static Matrix<double> TransposeMultiply(Matrix<double> a, Matrix<double> b) =>
        TransposeMultiply(a, b, KernelOptions.Default);

    internal static void Gemm(
        double alpha, Matrix<double> a, Transpose transA, Matrix<double> b, Transpose transB, double beta,
        Matrix<double> c, KernelOptions options)
    {
        Guard.NotNull(a, nameof(Dense), nameof(a));
        Guard.NotNull(b, nameof(Dense), nameof(b));
        Guard.NotNull(c, nameof(Dense), nameof(c));
        Defined(transA, nameof(transA));
        Defined(transB, nameof(transB));
        Guard.Finite(alpha, nameof(Dense), nameof(alpha));
        Guard.Finite(beta, nameof(Dense), nameof(beta));
        ColumnMajor opA = View(a, transA), opB = View(b, transB);
        if (opA.OpColumns != opB.OpRows)
            throw Guard.Invalid(nameof(Dense), nameof(b), "have as many rows in op(b) as op(a) has columns",
                Invariant($"op(a) {opA.OpRows}×{opA.OpColumns} and op(b) {opB.OpRows}×{opB.OpColumns}"));
        if (c.RowCount != opA.OpRows || c.ColumnCount != opB.OpColumns)
            throw Guard.Invalid(nameof(Dense), nameof(c),
                Invariant($"be {opA.OpRows}×{opB.OpColumns} (rows of op(a) × columns of op(b))"), Shape(c));
        if (SharesStorage(c, a) || SharesStorage(c, b))
            throw Guard.Invalid(nameof(Dense), nameof(c), "not share storage with a or b", $"c = {(SharesStorage(c, a) ? "a" : "b")}");

        double[] cData = DenseData(c);
        ScaleInPlace(cData, beta);
        GemmDriver.Run(alpha, opA, opB, cData, options);
        WriteBackIfConverted(c, cData);
    }

    internal static Matrix<double> Multiply(Matrix<double> a, Matrix<double> b, KernelOptions options)
    {
        Guard.NotNull(a, nameof(Dense), nameof(a));
        Guard.NotNull(b, nameof(Dense), nameof(b));
        if (a.ColumnCount != b.RowCount)
            throw Guard.Invalid(nameof(Dense), nameof(b), "have as many rows as a has columns", $"a {Shape(a)} and b {Shape(b)}");
        return Product(View(a, Transpose.No), View(b, Transpose.No), options);
    }

    internal static Matrix<double> TransposeMultiply(Matrix<double> a, Matrix<double> b, KernelOptions options)
    {
        Guard.NotNull(a, nameof(Dense), nameof(a));
        Guard.NotNull(b, nameof(Dense), nameof(b));
        if (a.RowCount != b.RowCount)
            throw Guard.Invalid(nameof(Dense), nameof(b), "have as many rows as a", $"a {Shape(a)} and b {Shape(b)}");
        return Product(View(a, Transpose.Yes), View(b, Transpose.No), options);
    }

    private static Matrix<double> Product(ColumnMajor a, ColumnMajor b, KernelOptions options)
    {
        var c = new double[a.OpRows * b.OpColumns];
        GemmDriver.Run(1.0, a, b, c, options);
        return Matrix<double>.Build.Dense(a.OpRows, b.OpColumns, c);
    }

    /// <summary>C ← β·C, where β = 0 clears C (so NaN in C does not survive, as in BLAS).</summary>
    private static void ScaleInPlace(double[] c, double beta)
    {
        if (beta == 0)
            Array.Clear(c);
        else if (beta != 1)
            System.Numerics.Tensors.TensorPrimitives.Multiply(c, beta, c);
    }
}
