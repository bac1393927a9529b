using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// The univariate Gaussian N(μ, σ²), parameterised by its mean and its VARIANCE σ² (not σ):
/// p(x) = (2πσ²)^{−1/2} exp(−(x − μ)²/(2σ²)) (3.12). Use <see cref="FromPrecision"/> for τ = 1/σ².
/// </summary>
public sealed class Gaussian
{
    /// <summary>N(μ, σ²) with finite mean μ and variance σ² &gt; 0.</summary>
    public Gaussian(double mean, double variance)
    {
        Mean = Guard.Finite(mean, nameof(Gaussian), nameof(mean));
        Variance = Guard.Positive(variance, nameof(Gaussian), nameof(variance));
    }

    /// <summary>N(μ, 1/τ) from the precision τ &gt; 0.</summary>
    public static Gaussian FromPrecision(double mean, double precision) =>
        new(mean, 1 / Guard.Positive(precision, nameof(Gaussian), nameof(precision)));

    /// <summary>The standard normal N(0, 1).</summary>
    public static Gaussian Standard { get; } = new(0, 1);

    /// <summary>μ = E[X].</summary>
    public double Mean { get; }

    /// <summary>σ² = Var[X].</summary>
    public double Variance { get; }

    /// <summary>τ = 1/σ².</summary>
    public double Precision => 1 / Variance;

    /// <summary>σ = √σ².</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The differential entropy h = ½ ln(2πeσ²) (3.31), in nats.</summary>
    public double Entropy => 0.5 * Math.Log(2 * Math.PI * Math.E * Variance);

    /// <summary>ln p(x) = −½ ln(2πσ²) − (x − μ)²/(2σ²) (3.12).</summary>
    public double LogDensity(double x)
    {
        double d = x - Mean;
        return -0.5 * Math.Log(2 * Math.PI * Variance) - d * d / (2 * Variance);
    }

    /// <summary>p(x) (3.12).</summary>
    public double Density(double x) => Math.Exp(LogDensity(x));

    /// <summary>P(X ≤ x) = Φ((x − μ)/σ) (3.8).</summary>
    public double Cdf(double x) => StandardNormal.Cdf((x - Mean) / StandardDeviation);

    /// <summary>
    /// KL(this ‖ other) = ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½ (3.32), in nats.
    /// </summary>
    public double KullbackLeibler(Gaussian other)
    {
        Guard.NotNull(other, nameof(Gaussian), nameof(other));
        double d = Mean - other.Mean;
        return 0.5 * Math.Log(other.Variance / Variance) + (Variance + d * d) / (2 * other.Variance) - 0.5;
    }

    /// <summary>One draw μ + σz, z by Box–Muller (see <see cref="Rng"/>).</summary>
    public double Sample(Random rng)
    {
        Guard.NotNull(rng, nameof(Gaussian), nameof(rng));
        return Mean + StandardDeviation * StandardNormal.Sample(rng);
    }

    /// <summary><paramref name="count"/> draws from a generator seeded with <paramref name="seed"/>.</summary>
    public double[] Sample(int count, int seed) =>
        Rng.Draws(count, seed, Sample, nameof(Gaussian));

    public override string ToString() => $"Gaussian(mean = {Html.Number(Mean)}, variance = {Html.Number(Variance)})";
}
