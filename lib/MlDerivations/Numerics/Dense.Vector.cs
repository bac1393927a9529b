using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Numerics.Kernels;
using MlDerivations.Validation;

namespace MlDerivations.Numerics;

/// <summary>Matrix–vector products.</summary>
public static partial class Dense
{
    /// <summary>The product y = Ax, yᵢ = Σⱼ Aᵢⱼxⱼ, for A m×n and x of length n.</summary>
    public static Vector<double> Multiply(Matrix<double> a, Vector<double> x) => Multiply(a, x, KernelOptions.Default);

    /// <summary>The product y = Aᵀx, yⱼ = Σᵢ Aᵢⱼxᵢ, for A m×n and x of length m (e.g. Xᵀy), without forming Aᵀ.</summary>
    public static Vector<double> TransposeMultiply(Matrix<double> a, Vector<double> x) =>
        TransposeMultiply(a, x, KernelOptions.Default);

    internal static Vector<double> Multiply(Matrix<double> a, Vector<double> x, KernelOptions options)
    {
        Guard.NotNull(a, nameof(Dense), nameof(a));
        Guard.NotNull(x, nameof(Dense), nameof(x));
        if (x.Count != a.ColumnCount)
            throw Guard.Invalid(nameof(Dense), nameof(x), "have as many entries as a has columns",
                Invariant($"a {Shape(a)} and x of length {x.Count}"));
        var y = new double[a.RowCount];
        MatrixVector.Multiply(View(a, Transpose.No), DenseData(x), y, options);
        return Vector<double>.Build.Dense(y);
    }

    internal static Vector<double> TransposeMultiply(Matrix<double> a, Vector<double> x, KernelOptions options)
    {
        Guard.NotNull(a, nameof(Dense), nameof(a));
        Guard.NotNull(x, nameof(Dense), nameof(x));
        if (x.Count != a.RowCount)
            throw Guard.Invalid(nameof(Dense), nameof(x), "have as many entries as a has rows",
                Invariant($"a {Shape(a)} and x of length {x.Count}"));
        var y = new double[a.ColumnCount];
        MatrixVector.TransposeMultiply(View(a, Transpose.No), DenseData(x), y, options);
        return Vector<double>.Build.Dense(y);
    }
}
