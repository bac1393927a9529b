using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Validation;

namespace MlDerivations.Regression;

/// <summary>
/// A Bayesian linear regression posterior N(m_N, S_N) (5.17) with its predictive distribution (5.18);
/// <see cref="LinearModel.Coefficients"/> is the posterior mean m_N.
/// </summary>
public sealed class BayesianLinearRegressionModel : LinearModel, IIterativeResult
{
    private readonly Matrix<double> _covariance;
    private readonly double[] _xMeans;
    private readonly double[] _evidence;

    internal BayesianLinearRegressionModel(Vector<double> mean, double intercept, Matrix<double> covariance, double[] xMeans,
        double alpha, double beta, double logEvidence, double effectiveParameters, Convergence convergence, double[] evidence)
        : base(mean, intercept)
    {
        (_covariance, _xMeans, _evidence) = (covariance, xMeans, evidence);
        (Alpha, Beta, LogEvidence, EffectiveParameters, Convergence) = (alpha, beta, logEvidence, effectiveParameters, convergence);
    }

    /// <summary>The posterior mean m_N = βS_N Xᵀy (5.17).</summary>
    public Vector<double> PosteriorMean => Coefficients;

    /// <summary>The posterior covariance S_N = (αI + βXᵀX)⁻¹ (5.17), d × d.</summary>
    public Matrix<double> PosteriorCovariance => _covariance.Clone();

    /// <summary>The weight precision α (scikit-learn's lambda_).</summary>
    public double Alpha { get; }

    /// <summary>The noise precision β (scikit-learn's alpha_).</summary>
    public double Beta { get; }

    /// <summary>ln p(y | α, β), the log evidence (5.19) at the final α and β.</summary>
    public double LogEvidence { get; }

    /// <summary>γ = Σᵢ βeᵢ/(α + βeᵢ), the effective number of parameters (5.20).</summary>
    public double EffectiveParameters { get; }

    /// <summary>
    /// Evidence updates taken and whether α and β settled within MaxIterations, with max(|Δα|/α, |Δβ|/β)
    /// per update as the trace; a fit at fixed α, β is closed form (<see cref="StopReason.Exact"/>, 0 updates).
    /// </summary>
    public Convergence Convergence { get; }

    /// <summary>The log evidence (5.19) before each update of (5.20), for plotting the ascent; empty at fixed α, β or when KeepTrace is off.</summary>
    public IReadOnlyList<double> EvidenceTrace => Array.AsReadOnly(_evidence);

    private protected override IEnumerable<(string Name, string Value)> Facts() =>
    [
        ("α", Formatting.Html.Number(Alpha, 6)), ("β", Formatting.Html.Number(Beta, 6)),
        ("γ", Formatting.Html.Number(EffectiveParameters, 6)), ("ln evidence", Formatting.Html.Number(LogEvidence, 8)),
    ];

    /// <summary>The predictive mean m_Nᵀx + b at each row of <paramref name="x"/> (5.18); the same as Predict.</summary>
    public Vector<double> PredictiveMean(Matrix<double> x) => Predict(x);

    /// <summary>
    /// The predictive variance σ²(x) = 1/β + (x − x̄)ᵀS_N(x − x̄) at each row of <paramref name="x"/> (5.18);
    /// x̄ = 0 without an intercept. S_N belongs to the centred fit, so x is centred too; scikit-learn 1.2's
    /// BayesianRidge.predict(return_std=True) used the raw x here (its issue #33757, fixed in PR #33918).
    /// </summary>
    public Vector<double> PredictiveVariance(Matrix<double> x)
    {
        Guard.NewData(x, nameof(BayesianLinearRegressionModel), nameof(x), FeatureCount);
        var result = Vector<double>.Build.Dense(x.RowCount);
        var centred = Vector<double>.Build.Dense(FeatureCount);
        for (int i = 0; i < x.RowCount; i++)
        {
            for (int j = 0; j < FeatureCount; j++) centred[j] = x[i, j] - _xMeans[j];
            result[i] = 1.0 / Beta + centred.DotProduct(_covariance * centred);
        }
        return result;
    }
}
