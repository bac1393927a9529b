using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Validation;

namespace MlDerivations.Regression;

/// <summary>
/// Options for <see cref="Lasso.Fit"/>. Coordinate descent stops when the relative duality gap (5.15),
/// gap/‖yc‖², is at most Tolerance; MaxIterations counts sweeps (each visits every coordinate once).
/// Defaults 1000 sweeps and 1e-4, as scikit-learn.
/// </summary>
public sealed record LassoOptions : IterativeOptions
{
    /// <summary>scikit-learn's defaults: 1000 sweeps, relative gap ≤ 1e-4.</summary>
    public LassoOptions() : base(maxIterations: 1000, tolerance: 1e-4) { }

    /// <summary>λ &gt; 0 in (1/(2n))‖y − Xw − b‖² + λ‖w‖₁ (5.11), scikit-learn's <c>alpha</c>. Default 1, as there.</summary>
    public double Lambda
    {
        get;
        init => field = Guard.Positive(value, nameof(LassoOptions), nameof(Lambda));
    } = 1.0;

    /// <summary>Fit an unpenalised intercept by centring X and y. Default true.</summary>
    public bool FitIntercept { get; init; } = true;
}

/// <summary>
/// Options for <see cref="Lasso.Path"/>. Per λ, coordinate descent stops when the relative duality gap
/// (5.15), gap/‖yc‖², is at most Tolerance, or after MaxIterations sweeps. Defaults 1000 and 1e-4.
/// </summary>
public sealed record LassoPathOptions : IterativeOptions
{
    /// <summary>scikit-learn's defaults: 1000 sweeps per λ, relative gap ≤ 1e-4.</summary>
    public LassoPathOptions() : base(maxIterations: 1000, tolerance: 1e-4) { }

    /// <summary>How many λ on the log-spaced grid from λ_max down to Epsilon·λ_max. Default 100, as scikit-learn.</summary>
    public int LambdaCount
    {
        get;
        init => field = Guard.AtLeast(value, nameof(LassoPathOptions), nameof(LambdaCount), 1);
    } = 100;

    /// <summary>The ratio λ_min/λ_max of the grid, in (0, 1]. Default 1e-3, as scikit-learn.</summary>
    public double Epsilon
    {
        get;
        init
        {
            if (!(value > 0 && value <= 1))
                throw new ArgumentOutOfRangeException(nameof(Epsilon), value,
                    $"LassoPathOptions.Epsilon must be in (0, 1]; got {Formatting.Html.Number(value)}.");
            field = value;
        }
    } = 1e-3;

    /// <summary>An explicit grid instead (each λ &gt; 0; it is sorted decreasing for the warm starts). Default none.</summary>
    public IReadOnlyList<double>? Lambdas
    {
        get;
        init
        {
            if (value is not null)
            {
                if (value.Count == 0)
                    throw new ArgumentException("LassoPathOptions.Lambdas must hold at least one λ; got an empty list.", nameof(Lambdas));
                foreach (double l in value) Guard.Positive(l, nameof(LassoPathOptions), nameof(Lambdas));
            }
            field = value?.ToArray();   // a copy: the caller's list may change after the options are made
        }
    }

    /// <summary>Fit an unpenalised intercept by centring X and y. Default true.</summary>
    public bool FitIntercept { get; init; } = true;
}

/// <summary>
/// The lasso: ŵ minimises (1/(2n))‖y − Xw − b‖² + λ‖w‖₁ (5.11), scikit-learn's Lasso objective
/// with the same constants. Solved by cyclic coordinate descent with soft thresholding (5.12, 5.13)
/// in the Gram form (XᵀX and Xᵀy formed once), stopped by the duality gap (5.15):
/// gap ≤ Tolerance·‖yc‖²/n for this scaled objective (scikit-learn's rule). The intercept is fitted
/// by centring and not penalised.
/// </summary>
public static class Lasso
{
    /// <summary>Fits the lasso at one λ (5.11), starting from w = 0.</summary>
    public static LassoModel Fit(Matrix<double> x, Vector<double> y, LassoOptions? options = null)
    {
        Guard.Design(x, nameof(Lasso), nameof(x));
        Guard.Targets(y, nameof(Lasso), nameof(y), x);
        options ??= new LassoOptions();
        var problem = CoordinateDescent.Prepare(x, y, options.FitIntercept);
        var w = new double[problem.D];
        var h = new double[problem.D];
        var (convergence, gap) = CoordinateDescent.Solve(problem, problem.N * options.Lambda, 0.0, w, h, "lasso", options);
        var wv = Vector<double>.Build.Dense(w);
        return new LassoModel(wv, Centering.Intercept(problem.XMeans, problem.YMean, wv), options.Lambda, gap / problem.N, convergence);
    }

    /// <summary>
    /// The regularisation path: ŵ(λ) on a decreasing grid, each solve warm-started from the previous
    /// one. By default the grid has LambdaCount values log-spaced from λ_max = max_j |x_jᵀyc|/n (the
    /// smallest λ with ŵ = 0, by (5.14)) down to Epsilon·λ_max, like scikit-learn's lasso_path.
    /// </summary>
    public static LassoPath Path(Matrix<double> x, Vector<double> y, LassoPathOptions? options = null)
    {
        Guard.Design(x, nameof(Lasso), nameof(x));
        Guard.Targets(y, nameof(Lasso), nameof(y), x);
        options ??= new LassoPathOptions();
        var problem = CoordinateDescent.Prepare(x, y, options.FitIntercept);
        var lambdas = options.Lambdas is { } given
            ? given.OrderByDescending(l => l).ToArray()
            : LogGrid(problem.LambdaMax(1.0), options.Epsilon, options.LambdaCount);
        return RunPath(problem, lambdas, 1.0, options);
    }

    /// <summary>
    /// The largest violation of the lasso's KKT conditions (5.14) at the model's λ, computed from the
    /// residual r = y − Xŵ − b: x_jᵀr/n = λ·sign(w_j) where w_j ≠ 0, |x_jᵀr/n| ≤ λ where w_j = 0.
    /// </summary>
    public static double KktViolation(Matrix<double> x, Vector<double> y, LassoModel model)
    {
        if (model is null) throw new ArgumentNullException(nameof(model), "Lasso.Model must be a fitted LassoModel; got null.");
        Guard.NewData(x, nameof(Lasso), nameof(x), model.FeatureCount);
        Guard.Targets(y, nameof(Lasso), nameof(y), x);
        return CoordinateDescent.KktViolation(x, y, model, model.Lambda, 1.0);
    }

    /// <summary>λ_max·10^(−t·log10(1/ε)) for t = 0, 1/(K−1), …, 1: K log-spaced values, decreasing.</summary>
    internal static double[] LogGrid(double lambdaMax, double epsilon, int count)
    {
        if (lambdaMax == 0)
            throw new ArgumentException(
                "Lasso.Y must not be orthogonal to every column of X (after centring); got Xᵀy = 0, so λ_max = 0 and ŵ = 0 for every λ.", "y");
        var grid = new double[count];
        double top = Math.Log10(lambdaMax), bottom = Math.Log10(lambdaMax * epsilon);
        for (int k = 0; k < count; k++)
            grid[k] = count == 1 ? lambdaMax : Math.Pow(10, top + (bottom - top) * k / (count - 1));
        return grid;
    }

    /// <summary>Solves at each λ in turn (decreasing), warm-starting w and h = Gw from the previous λ.</summary>
    internal static LassoPath RunPath(CoordinateDescent.GramProblem problem, double[] lambdas, double l1Ratio, IterativeOptions options)
    {
        int d = problem.D, count = lambdas.Length, n = problem.N;
        var w = new double[d];
        var h = new double[d];
        var coefficients = Matrix<double>.Build.Dense(d, count);
        var intercepts = new double[count];
        var gaps = new double[count];
        var convergence = new Convergence[count];
        for (int k = 0; k < count; k++)
        {
            double l1 = n * lambdas[k] * l1Ratio, l2 = n * lambdas[k] * (1 - l1Ratio);
            (convergence[k], double gap) = CoordinateDescent.Solve(problem, l1, l2, w, h, $"lasso at λ = {Formatting.Html.Number(lambdas[k], 4)}", options);
            var wk = Vector<double>.Build.Dense((double[])w.Clone());
            coefficients.SetColumn(k, wk);
            intercepts[k] = Centering.Intercept(problem.XMeans, problem.YMean, wk);
            gaps[k] = gap / n;
        }
        return new LassoPath(lambdas, coefficients, intercepts, gaps, convergence);
    }
}
