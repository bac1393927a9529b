using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Validation;

namespace MlDerivations.Regression;

/// <summary>
/// Options for <see cref="ElasticNet.Fit"/>. Coordinate descent stops when the relative duality gap
/// (5.15), gap/‖yc‖², is at most Tolerance, or after MaxIterations sweeps. Defaults 1000 and 1e-4, as scikit-learn.
/// </summary>
public sealed record ElasticNetOptions : IterativeOptions
{
    /// <summary>scikit-learn's defaults: 1000 sweeps, relative gap ≤ 1e-4.</summary>
    public ElasticNetOptions() : base(maxIterations: 1000, tolerance: 1e-4) { }

    /// <summary>λ &gt; 0 in (5.16), scikit-learn's <c>alpha</c>. Default 1.</summary>
    public double Lambda
    {
        get;
        init => field = Guard.Positive(value, nameof(ElasticNetOptions), nameof(Lambda));
    } = 1.0;

    /// <summary>ρ in (0, 1], the ℓ₁ share of the penalty, scikit-learn's <c>l1_ratio</c>; ρ = 1 is the lasso (use Ridge for ρ = 0). Default 0.5.</summary>
    public double L1Ratio
    {
        get;
        init
        {
            if (!(value > 0 && value <= 1))
                throw new ArgumentOutOfRangeException(nameof(L1Ratio), value,
                    $"ElasticNetOptions.L1Ratio must be in (0, 1] (use Ridge for 0); got {Formatting.Html.Number(value)}.");
            field = value;
        }
    } = 0.5;

    /// <summary>Fit an unpenalised intercept by centring X and y. Default true.</summary>
    public bool FitIntercept { get; init; } = true;
}

/// <summary>
/// The elastic net: ŵ minimises (1/(2n))‖y − Xw − b‖² + λρ‖w‖₁ + ½λ(1 − ρ)‖w‖² (5.16), scikit-learn's
/// ElasticNet objective with the same constants (alpha = λ, l1_ratio = ρ). Coordinate descent as for
/// the lasso, with the update w_j ← S(z_j, nλρ) / (x_jᵀx_j + nλ(1 − ρ)); stopped by the duality gap
/// (5.15) ≤ Tolerance·‖yc‖²/n.
/// </summary>
public static class ElasticNet
{
    /// <summary>Fits the elastic net (5.16) at one (λ, ρ), starting from w = 0.</summary>
    public static ElasticNetModel Fit(Matrix<double> x, Vector<double> y, ElasticNetOptions? options = null)
    {
        Guard.Design(x, nameof(ElasticNet), nameof(x));
        Guard.Targets(y, nameof(ElasticNet), nameof(y), x);
        options ??= new ElasticNetOptions();
        var problem = CoordinateDescent.Prepare(x, y, options.FitIntercept);
        var w = new double[problem.D];
        var h = new double[problem.D];
        double l1 = problem.N * options.Lambda * options.L1Ratio, l2 = problem.N * options.Lambda * (1 - options.L1Ratio);
        var (convergence, gap) = CoordinateDescent.Solve(problem, l1, l2, w, h, "elastic net", options);
        var wv = Vector<double>.Build.Dense(w);
        return new ElasticNetModel(wv, Centering.Intercept(problem.XMeans, problem.YMean, wv), options.Lambda, options.L1Ratio,
            gap / problem.N, convergence);
    }

    /// <summary>
    /// The largest violation of the elastic net's KKT conditions at the model's (λ, ρ): with
    /// c_j = x_jᵀr/n − λ(1 − ρ)w_j, r = y − Xŵ − b, c_j = λρ·sign(w_j) where w_j ≠ 0, |c_j| ≤ λρ where w_j = 0.
    /// </summary>
    public static double KktViolation(Matrix<double> x, Vector<double> y, ElasticNetModel model)
    {
        if (model is null) throw new ArgumentNullException(nameof(model), "ElasticNet.Model must be a fitted ElasticNetModel; got null.");
        Guard.NewData(x, nameof(ElasticNet), nameof(x), model.FeatureCount);
        Guard.Targets(y, nameof(ElasticNet), nameof(y), x);
        return CoordinateDescent.KktViolation(x, y, model, model.Lambda, model.L1Ratio);
    }
}

/// <summary>An elastic-net fit (5.16).</summary>
public sealed class ElasticNetModel : LinearModel, IIterativeResult
{
    internal ElasticNetModel(Vector<double> coefficients, double intercept, double lambda, double l1Ratio,
        double dualityGap, Convergence convergence) : base(coefficients, intercept)
    {
        (Lambda, L1Ratio, DualityGap, Convergence) = (lambda, l1Ratio, dualityGap, convergence);
    }

    /// <summary>The penalty weight λ.</summary>
    public double Lambda { get; }

    /// <summary>The ℓ₁ share ρ.</summary>
    public double L1Ratio { get; }

    /// <summary>The final duality gap (5.15) of the scaled objective (5.16).</summary>
    public double DualityGap { get; }

    /// <summary>Sweeps taken, whether the gap met the tolerance within MaxIterations, and the relative gap per sweep.</summary>
    public Convergence Convergence { get; }

    private protected override IEnumerable<(string Name, string Value)> Facts() =>
    [
        ("λ", Formatting.Html.Number(Lambda, 6)), ("ρ", Formatting.Html.Number(L1Ratio, 6)),
        ("gap", Formatting.Html.Number(DualityGap, 3)),
    ];
}
