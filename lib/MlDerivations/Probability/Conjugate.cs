using MlDerivations.Validation;
namespace MlDerivations.Probability;

/// <summary>
/// Conjugate Bayesian updates: each takes a prior from a family and data, and returns the posterior,
/// which is in the same family, p(θ | x) ∝ p(x | θ) p(θ).
/// </summary>
public static class Conjugate
{
    private const string Type = nameof(Conjugate);

    /// <summary>
    /// Beta(α, β) prior on p, Bernoulli outcomes in {0, 1}: posterior Beta(α + s, β + n − s) with s
    /// the number of ones (3.22).
    /// </summary>
    public static Beta BetaBernoulli(Beta prior, IReadOnlyList<int> outcomes)
    {
        Guard.NotNull(prior, Type, nameof(prior));
        Guard.Outcomes(outcomes, Type, nameof(outcomes), 0, 1);
        int successes = outcomes.Sum();
        return new Beta(prior.Alpha + successes, prior.BetaParameter + outcomes.Count - successes);
    }

    /// <summary>
    /// Dirichlet(α) prior on π, categorical outcomes in {0, …, K − 1}: posterior Dirichlet(α + n) with
    /// n_k the count of outcome k.
    /// </summary>
    public static Dirichlet DirichletCategorical(Dirichlet prior, IReadOnlyList<int> outcomes)
    {
        Guard.NotNull(prior, Type, nameof(prior));
        var counts = Estimators.CountOutcomes(outcomes, prior.Count, Type, nameof(outcomes));
        return new Dirichlet(prior.Concentration.Select((a, k) => a + counts[k]).ToArray());
    }

    /// <summary>
    /// N(μ₀, v₀) prior on the mean of N(μ, σ²) data with KNOWN noise variance σ²: posterior N(μ_n, v_n)
    /// with 1/v_n = 1/v₀ + n/σ² and μ_n = v_n (μ₀/v₀ + Σ x_i/σ²) (3.23): precisions add, and the
    /// mean is the precision-weighted average of μ₀ and x̄.
    /// </summary>
    public static Gaussian NormalNormal(Gaussian prior, double noiseVariance, IReadOnlyList<double> x)
    {
        Guard.NotNull(prior, Type, nameof(prior));
        Guard.Positive(noiseVariance, Type, nameof(noiseVariance));
        Guard.FiniteSample(x, Type, nameof(x));
        double precision = prior.Precision + x.Count / noiseVariance;
        double mean = (prior.Mean * prior.Precision + x.Sum() / noiseVariance) / precision;
        return Gaussian.FromPrecision(mean, precision);
    }

    /// <summary>
    /// NG(μ₀, κ₀, α₀, β₀) prior on the mean and precision of N(μ, 1/τ) data: posterior
    /// κ_n = κ₀ + n, μ_n = (κ₀μ₀ + n x̄)/κ_n, α_n = α₀ + n/2,
    /// β_n = β₀ + ½ Σ (x_i − x̄)² + κ₀ n (x̄ − μ₀)² / (2κ_n).
    /// </summary>
    public static NormalGamma NormalGamma(NormalGamma prior, IReadOnlyList<double> x)
    {
        Guard.NotNull(prior, Type, nameof(prior));
        Guard.FiniteSample(x, Type, nameof(x));
        int n = x.Count;
        double mean = x.Average();
        double scatter = x.Sum(v => (v - mean) * (v - mean));
        double kappa = prior.PrecisionScale + n;
        double shift = mean - prior.Location;
        return new NormalGamma(
            (prior.PrecisionScale * prior.Location + n * mean) / kappa,
            kappa,
            prior.Shape + n / 2.0,
            prior.Rate + 0.5 * scatter + prior.PrecisionScale * n * shift * shift / (2 * kappa));
    }
}
