using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Validation;

namespace MlDerivations.Regression;

/// <summary>Options for <see cref="BayesianLinearRegression.Fit"/>: fixed precisions.</summary>
public sealed record BayesianLinearRegressionOptions
{
    /// <summary>α &gt; 0, the prior precision of the weights, w ~ N(0, α⁻¹I). scikit-learn's <c>lambda_</c>. Default 1.</summary>
    public double Alpha
    {
        get;
        init => field = Guard.Positive(value, nameof(BayesianLinearRegressionOptions), nameof(Alpha));
    } = 1.0;

    /// <summary>β &gt; 0, the noise precision, y | w ~ N(Xw + b, β⁻¹I). scikit-learn's <c>alpha_</c>. Default 1.</summary>
    public double Beta
    {
        get;
        init => field = Guard.Positive(value, nameof(BayesianLinearRegressionOptions), nameof(Beta));
    } = 1.0;

    /// <summary>Fit an intercept by centring X and y (it gets no prior and no posterior spread). Default true.</summary>
    public bool FitIntercept { get; init; } = true;
}

/// <summary>
/// Options for <see cref="BayesianLinearRegression.FitEvidence"/>: evidence maximisation over α and β. The
/// iteration stops when one update (5.20) changes both α and β by at most Tolerance relative to their new
/// values, i.e. max(|Δα|/α, |Δβ|/β) ≤ Tolerance. Defaults 1000 updates and 1e-10.
/// </summary>
public sealed record EvidenceOptions : IterativeOptions
{
    /// <summary>The defaults: 1000 updates, relative change ≤ 1e-10.</summary>
    public EvidenceOptions() : base(maxIterations: 1000, tolerance: 1e-10) { }

    /// <summary>The starting weight precision α₀ &gt; 0. Default 1, as scikit-learn's lambda_init.</summary>
    public double InitialAlpha
    {
        get;
        init => field = Guard.Positive(value, nameof(EvidenceOptions), nameof(InitialAlpha));
    } = 1.0;

    /// <summary>The starting noise precision β₀ &gt; 0; null means 1/Var(y), as scikit-learn's alpha_init. Default null.</summary>
    public double? InitialBeta
    {
        get;
        init => field = value is { } b ? Guard.Positive(b, nameof(EvidenceOptions), nameof(InitialBeta)) : null;
    }

    /// <summary>Fit an intercept by centring X and y. Default true.</summary>
    public bool FitIntercept { get; init; } = true;
}

/// <summary>
/// Bayesian linear regression with prior w ~ N(0, α⁻¹I) and likelihood y | w ~ N(Xw + b, β⁻¹I):
/// the posterior is N(m_N, S_N) with S_N⁻¹ = αI + βXᵀX and m_N = βS_N Xᵀy (5.17), and the predictive
/// distribution at x has mean m_Nᵀx + b and variance 1/β + xᵀS_N x (5.18). With an intercept, X and
/// y are centred (b = ȳ − x̄ᵀm_N, x centred by x̄ in 5.17; b's own uncertainty is ignored), as in
/// scikit-learn's BayesianRidge. Everything is computed from one eigendecomposition XcᵀXc = V diag(e) Vᵀ.
/// </summary>
public static partial class BayesianLinearRegression
{
    /// <summary>The posterior (5.17) and log evidence (5.19) at fixed α and β.</summary>
    public static BayesianLinearRegressionModel Fit(Matrix<double> x, Vector<double> y, BayesianLinearRegressionOptions? options = null)
    {
        Guard.Design(x, nameof(BayesianLinearRegression), nameof(x));
        Guard.Targets(y, nameof(BayesianLinearRegression), nameof(y), x);
        options ??= new BayesianLinearRegressionOptions();
        var spectrum = Spectrum.Of(x, y, options.FitIntercept);
        return spectrum.Model(options.Alpha, options.Beta, Convergence.ClosedForm("Bayesian linear regression at fixed α, β"), evidence: []);
    }

    /// <summary>
    /// Type-II maximum likelihood (MacKay; Bishop §3.5): repeats the fixed-point updates (5.20)
    /// γ = Σᵢ βeᵢ/(α + βeᵢ), α ← γ/(m_Nᵀm_N), β ← (n − γ)/‖yc − Xc m_N‖², until α and β settle at a stationary point of the log
    /// evidence (5.19). (Unlike the EM form of these updates, MacKay's carry no guarantee that each
    /// step raises the evidence, though in practice they usually do; the evidence can also have
    /// several local maxima, and which one is reached depends on the starting α.) then returns the posterior at the final α and β.
    /// scikit-learn's BayesianRidge with alpha_1 = alpha_2 = lambda_1 = lambda_2 = 0 reaches the same point.
    /// </summary>
    /// <exception cref="InvalidOperationException">α or β diverges (y orthogonal to X, or a perfect fit).</exception>
    public static BayesianLinearRegressionModel FitEvidence(Matrix<double> x, Vector<double> y, EvidenceOptions? options = null)
    {
        Guard.Design(x, nameof(BayesianLinearRegression), nameof(x));
        Guard.Targets(y, nameof(BayesianLinearRegression), nameof(y), x);
        options ??= new EvidenceOptions();
        var spectrum = Spectrum.Of(x, y, options.FitIntercept);
        double alpha = options.InitialAlpha;
        double beta = options.InitialBeta ?? InitialBeta(spectrum);
        var evidence = new List<double>();
        var trace = options.KeepTrace ? new List<double>() : null;
        double change = double.NaN;
        for (int iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            var (m, rss) = spectrum.Mean(alpha, beta);
            if (trace is not null) evidence.Add(spectrum.LogEvidence(alpha, beta, m, rss));
            double gamma = spectrum.EffectiveParameters(alpha, beta);
            double mm = m.DotProduct(m);
            if (mm == 0 || rss == 0)
                throw new InvalidOperationException(mm == 0
                    ? "BayesianLinearRegression: the posterior mean is 0 (y is orthogonal to every column of X), so α = γ/‖m‖² diverges. There is no signal to fit: check y, or fix α with Fit."
                    : "BayesianLinearRegression: the fit is exact (zero residual), so β = (n − γ)/‖r‖² diverges. Add noise or fix β with Fit.");
            double newAlpha = gamma / mm, newBeta = (spectrum.N - gamma) / rss;
            change = Math.Max(Math.Abs(newAlpha - alpha) / newAlpha, Math.Abs(newBeta - beta) / newBeta);
            trace?.Add(change);
            (alpha, beta) = (newAlpha, newBeta);
            if (change <= options.Tolerance)
                return spectrum.Model(alpha, beta, Convergence.Met(Method, Measure, change, options.Tolerance, iteration, "updates", trace), evidence);
        }
        return spectrum.Model(alpha, beta, Convergence.Exhausted(Method, Measure, change, options.Tolerance, options.MaxIterations, "updates",
            "raise MaxIterations or loosen Tolerance; a slow drift of α towards ∞ means the data do not determine some weight", trace), evidence);
    }

    private const string Method = "evidence maximisation (5.20)";

    private const string Measure = "max(|Δα|/α, |Δβ|/β)";

    /// <summary>β₀ = 1/(Var(y) + ε), Var with 1/n, as scikit-learn (ε = 2⁻⁵² keeps a constant y finite).</summary>
    private static double InitialBeta(Spectrum s) => 1.0 / (s.YVariance + 2.220446049250313e-16);
}
