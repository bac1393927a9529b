using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Regression;

/// <summary>A lasso fit at one λ (5.11), with how the coordinate descent ended.</summary>
public sealed class LassoModel : LinearModel
{
    internal LassoModel(Vector<double> coefficients, double intercept, double lambda, int iterations, double dualityGap, bool converged)
        : base(coefficients, intercept)
    {
        Lambda = lambda;
        Iterations = iterations;
        DualityGap = dualityGap;
        Converged = converged;
    }

    /// <summary>The penalty weight λ.</summary>
    public double Lambda { get; }

    /// <summary>Coordinate-descent sweeps taken.</summary>
    public int Iterations { get; }

    /// <summary>The final duality gap (5.15) of the scaled objective (1/(2n))‖y − Xw − b‖² + λ‖w‖₁: an upper bound on its suboptimality.</summary>
    public double DualityGap { get; }

    /// <summary>Whether the gap met the tolerance within MaxIterations; if not, raise MaxIterations or loosen Tolerance.</summary>
    public bool Converged { get; }

    /// <summary>How many weights are exactly zero: the sparsity the ℓ₁ penalty produces.</summary>
    public int ZeroCount => W.Count(v => v == 0);

    private protected override IEnumerable<(string Name, string Value)> Facts() =>
    [
        ("λ", Formatting.Html.Number(Lambda, 6)), ("zeros", ZeroCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("sweeps", Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("gap", Formatting.Html.Number(DualityGap, 3)), ("converged", Converged ? "yes" : "no"),
    ];
}

/// <summary>
/// A lasso (or elastic-net) regularisation path: the grid of λ, decreasing, and per λ the weights
/// (a column of <see cref="Coefficients"/>), intercept, sweeps and final duality gap (5.15).
/// </summary>
public sealed class LassoPath
{
    private readonly double[] _lambdas, _intercepts, _gaps;
    private readonly int[] _iterations;
    private readonly bool[] _converged;
    private readonly Matrix<double> _coefficients;

    internal LassoPath(double[] lambdas, Matrix<double> coefficients, double[] intercepts, int[] iterations, double[] gaps, bool[] converged)
    {
        (_lambdas, _coefficients, _intercepts, _iterations, _gaps, _converged) = (lambdas, coefficients, intercepts, iterations, gaps, converged);
    }

    /// <summary>The λ grid, decreasing (length K).</summary>
    public Vector<double> Lambdas => Vector<double>.Build.Dense((double[])_lambdas.Clone());

    /// <summary>The weights, d × K: column k is ŵ(λ_k).</summary>
    public Matrix<double> Coefficients => _coefficients.Clone();

    /// <summary>The intercepts b(λ_k) (length K).</summary>
    public Vector<double> Intercepts => Vector<double>.Build.Dense((double[])_intercepts.Clone());

    /// <summary>Coordinate-descent sweeps per λ.</summary>
    public IReadOnlyList<int> Iterations => Array.AsReadOnly(_iterations);

    /// <summary>The final duality gap per λ, of the scaled objective (as <see cref="LassoModel.DualityGap"/>).</summary>
    public Vector<double> DualityGaps => Vector<double>.Build.Dense((double[])_gaps.Clone());

    /// <summary>Whether every λ met the tolerance.</summary>
    public bool Converged => _converged.All(c => c);

    /// <summary>The number of λ on the path.</summary>
    public int Count => _lambdas.Length;

    /// <summary>The fit at λ_k as a <see cref="LassoModel"/> (for Predict and <see cref="Lasso.KktViolation"/>).</summary>
    public LassoModel ModelAt(int k)
    {
        if (k < 0 || k >= Count)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"LassoPath.K must be in [0, {Count - 1}]; got {k}.");
        return new LassoModel(_coefficients.Column(k), _intercepts[k], _lambdas[k], _iterations[k], _gaps[k], _converged[k]);
    }
}
