using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Numerics.Kernels;
using MlDerivations.Validation;

namespace MlDerivations.Numerics;

/// <summary>Symmetric products: the Gram matrices XᵀX and XXᵀ.</summary>
public static partial class Dense
{
    /// <summary>
    /// The Gram matrix G = XᵀX, Gᵢⱼ = Σₖ XₖᵢXₖⱼ, of an n×p X: p×p, symmetric, returned in full. It is the
    /// matrix of the normal equations XᵀXw = Xᵀy and, for centred X, (n − 1) times the sample covariance.
    /// Only the lower triangle is computed; the upper is its mirror image, so G is exactly symmetric.
    /// </summary>
    /// <param name="x">X, n×p (n samples as rows).</param>
    public static Matrix<double> Gram(Matrix<double> x) => Gram(x, KernelOptions.Default);

    /// <summary>
    /// The outer Gram matrix K = XXᵀ, Kᵢⱼ = Σₖ XᵢₖXⱼₖ, of an n×p X: n×n, symmetric (the linear kernel
    /// matrix of the rows of X), returned in full.
    /// </summary>
    /// <param name="x">X, n×p.</param>
    public static Matrix<double> OuterGram(Matrix<double> x) => OuterGram(x, KernelOptions.Default);

    internal static Matrix<double> Gram(Matrix<double> x, KernelOptions options)
    {
        Guard.NotNull(x, nameof(Dense), nameof(x));
        return Symmetric(View(x, Transpose.No), options);
    }

    internal static Matrix<double> OuterGram(Matrix<double> x, KernelOptions options)
    {
        Guard.NotNull(x, nameof(Dense), nameof(x));
        return Symmetric(View(x, Transpose.Yes), options);
    }

    /// <summary>Z ᵀZ for Z = op(X): the tall-Gram driver when Z is narrow, else the general product on lower tiles.</summary>
    private static Matrix<double> Symmetric(ColumnMajor z, KernelOptions options)
    {
        int p = z.OpColumns;
        var g = new double[p * p];
        if (p <= options.TallGramMaxColumns)
        {
            GramDriver.Run(z, g, options);
        }
        else
        {
            var zt = z with { Transpose = z.Transpose == Transpose.No ? Transpose.Yes : Transpose.No };
            GemmDriver.Run(1.0, zt, z, g, options, lowerOnly: true);
            MirrorLowerTriangle(g, p);
        }

        return Matrix<double>.Build.Dense(p, p, g);
    }

    private static void MirrorLowerTriangle(double[] g, int p)
    {
        for (int j = 0; j < p; j++)
            for (int i = j + 1; i < p; i++)
                g[j + i * p] = g[i + j * p];
    }
}
