using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Iterative;

namespace MlDerivations.Regression;

/// <summary>A lasso fit at one λ (5.11), with how the coordinate descent ended.</summary>
public sealed class LassoModel : LinearModel, IIterativeResult
{
    internal LassoModel(Vector<double> coefficients, double intercept, double lambda, double dualityGap, Convergence convergence)
        : base(coefficients, intercept)
    {
        Lambda = lambda;
        DualityGap = dualityGap;
        Convergence = convergence;
    }

    /// <summary>The penalty weight λ.</summary>
    public double Lambda { get; }

    /// <summary>The final duality gap (5.15) of the scaled objective (1/(2n))‖y − Xw − b‖² + λ‖w‖₁: an upper bound on its suboptimality.</summary>
    public double DualityGap { get; }

    /// <summary>Sweeps taken, whether the gap met the tolerance (if not, raise MaxIterations or loosen Tolerance), and the relative gap per sweep.</summary>
    public Convergence Convergence { get; }

    /// <summary>How many weights are exactly zero: the sparsity the ℓ₁ penalty produces.</summary>
    public int ZeroCount => W.Count(v => v == 0);

    private protected override IEnumerable<(string Name, string Value)> Facts() =>
    [
        ("λ", Html.Number(Lambda, 6)), ("zeros", ZeroCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("gap", Html.Number(DualityGap, 3)),
    ];
}

/// <summary>
/// A lasso (or elastic-net) regularisation path: the grid of λ, decreasing, and per λ the weights
/// (a column of <see cref="Coefficients"/>), intercept, final duality gap (5.15) and how its solve ended.
/// </summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class LassoPath : IIterativeResult, IRichDisplay
{
    private readonly double[] _lambdas, _intercepts, _gaps;
    private readonly Convergence[] _convergence;
    private readonly Matrix<double> _coefficients;

    internal LassoPath(double[] lambdas, Matrix<double> coefficients, double[] intercepts, double[] gaps, Convergence[] convergence)
    {
        (_lambdas, _coefficients, _intercepts, _gaps, _convergence) = (lambdas, coefficients, intercepts, gaps, convergence);
        Convergence = Summarise(convergence);
    }

    /// <summary>The λ grid, decreasing (length K).</summary>
    public Vector<double> Lambdas => Vector<double>.Build.Dense((double[])_lambdas.Clone());

    /// <summary>The weights, d × K: column k is ŵ(λ_k).</summary>
    public Matrix<double> Coefficients => _coefficients.Clone();

    /// <summary>The intercepts b(λ_k) (length K).</summary>
    public Vector<double> Intercepts => Vector<double>.Build.Dense((double[])_intercepts.Clone());

    /// <summary>The final duality gap per λ, of the scaled objective (as <see cref="LassoModel.DualityGap"/>).</summary>
    public Vector<double> DualityGaps => Vector<double>.Build.Dense((double[])_gaps.Clone());

    /// <summary>
    /// The whole path: sweeps summed over every λ, converged when every λ met the tolerance (else the
    /// first λ that did not, with its message). Each λ's own record is <c>ModelAt(k).Convergence</c>.
    /// </summary>
    public Convergence Convergence { get; }

    /// <summary>The number of λ on the path.</summary>
    public int Count => _lambdas.Length;

    /// <summary>The fit at λ_k as a <see cref="LassoModel"/> (for Predict, <see cref="Lasso.KktViolation"/> and its own convergence).</summary>
    public LassoModel ModelAt(int k)
    {
        if (k < 0 || k >= Count)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"LassoPath.K must be in [0, {Count - 1}]; got {k}.");
        return new LassoModel(_coefficients.Column(k), _intercepts[k], _lambdas[k], _gaps[k], _convergence[k]);
    }

    /// <summary>The path's convergence in one line.</summary>
    public override string ToString() => Convergence.ToString();

    void IRichDisplay.WriteHtml(TextWriter writer) => ((IRichDisplay)Convergence).WriteHtml(writer);

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());

    private static Convergence Summarise(Convergence[] each)
    {
        int sweeps = each.Sum(c => c.Iterations), most = each.Length == 0 ? 0 : each.Max(c => c.Iterations);
        var failed = each.Where(c => !c.Converged).ToArray();
        return failed.Length == 0
            ? new Convergence(sweeps, StopReason.Tolerance, $"lasso path: every one of the {each.Length} λ met its tolerance; {sweeps} sweeps in all, at most {most} at one λ.")
            : new Convergence(sweeps, failed[0].Reason, $"lasso path: {failed.Length} of the {each.Length} λ did not converge; the first: {failed[0].Message}");
    }
}
