using MathNet.Numerics.LinearAlgebra;
using MlDerivations.LinearAlgebra;
using MlDerivations.Numerics;
using MlDerivations.Validation;

namespace MlDerivations.Regression;

/// <summary>Options for <see cref="Ridge.Fit"/>.</summary>
public sealed record RidgeOptions
{
    /// <summary>The penalty weight λ ≥ 0 in ‖y − Xw − b‖² + λ‖w‖² (5.9), scikit-learn's <c>alpha</c>. Default 1, as there.</summary>
    public double Lambda
    {
        get;
        init => field = Guard.NonNegative(value, nameof(RidgeOptions), nameof(Lambda));
    } = 1.0;

    /// <summary>Fit an unpenalised intercept by centring X and y. Default true.</summary>
    public bool FitIntercept { get; init; } = true;
}

/// <summary>
/// Ridge regression: ŵ minimises ‖y − Xw − b‖² + λ‖w‖² (5.9), the objective scikit-learn's Ridge
/// uses (no 1/n). The solution solves (XcᵀXc + λI)w = Xcᵀyc, by Cholesky (2.12, <see cref="Cholesky"/>); b = ȳ − x̄ᵀw is not
/// penalised. It is the MAP estimate under y | w ~ N(Xw + b, σ²I) and the prior w ~ N(0, (σ²/λ)I) (5.10).
/// </summary>
public static class Ridge
{
    /// <summary>Fits ridge regression (5.9); X is n × d, y has length n.</summary>
    public static RidgeModel Fit(Matrix<double> x, Vector<double> y, RidgeOptions? options = null)
    {
        Guard.Design(x, nameof(Ridge), nameof(x));
        Guard.Targets(y, nameof(Ridge), nameof(y), x);
        options ??= new RidgeOptions();
        var (xc, yc, xMeans, yMean) = Centering.Prepare(x, y, options.FitIntercept);
        var a = Dense.Gram(xc);
        var xty = Dense.TransposeMultiply(xc, yc);
        for (int j = 0; j < a.RowCount; j++) a[j, j] += options.Lambda;
        var factor = Cholesky.TryFactor(a, NumericalRank.Tolerance(x.RowCount, a.RowCount), out var failure);
        var w = factor?.Solve(xty) ?? throw new RankDeficientException(
                $"Ridge: XᵀX + λI with λ = {Formatting.Html.Number(options.Lambda)} is not numerically positive definite, so (5.9) has no unique solution. " +
                $"The {RankDeficientException.DescribeColumn(failure.Column, options.FitIntercept)} (Cholesky {failure}), and λ is too small to make up for it: " +
                "increase Lambda, or remove or merge that column.",
                failure.Column);
        return new RidgeModel(w, Centering.Intercept(xMeans, yMean, w), options.Lambda);
    }
}

/// <summary>A ridge fit (5.9).</summary>
public sealed class RidgeModel : LinearModel
{
    internal RidgeModel(Vector<double> coefficients, double intercept, double lambda) : base(coefficients, intercept)
    {
        Lambda = lambda;
    }

    /// <summary>The penalty weight λ the model was fitted with.</summary>
    public double Lambda { get; }

    private protected override IEnumerable<(string Name, string Value)> Facts() => [("λ", Formatting.Html.Number(Lambda, 6))];
}
