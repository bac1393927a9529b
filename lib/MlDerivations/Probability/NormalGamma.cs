using MathNet.Numerics;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// The Normal–Gamma distribution over a Gaussian's mean μ and precision τ:
/// NG(μ, τ) = N(μ | μ₀, 1/(κ₀τ)) · Gamma(τ | α₀, β₀), with β₀ a rate. It is the conjugate
/// prior for Gaussian data with unknown mean and precision; the marginal of μ is a Student t
/// with 2α₀ degrees of freedom, location μ₀ and scale √(β₀/(α₀κ₀)).
/// </summary>
public sealed class NormalGamma
{
    private const string Type = nameof(NormalGamma);

    /// <summary>NG(μ₀, κ₀, α₀, β₀) with finite μ₀ and κ₀, α₀, β₀ &gt; 0.</summary>
    /// <param name="location">μ₀, the prior guess of the mean.</param>
    /// <param name="precisionScale">κ₀ &gt; 0: given τ, the mean's precision is κ₀τ (κ₀ acts as a count of prior observations).</param>
    /// <param name="shape">α₀ &gt; 0, the shape of the precision's Gamma.</param>
    /// <param name="rate">β₀ &gt; 0, the rate of the precision's Gamma.</param>
    public NormalGamma(double location, double precisionScale, double shape, double rate)
    {
        Location = Guard.Finite(location, Type, nameof(location));
        PrecisionScale = Guard.Positive(precisionScale, Type, nameof(precisionScale));
        Shape = Guard.Positive(shape, Type, nameof(shape));
        Rate = Guard.Positive(rate, Type, nameof(rate));
    }

    /// <summary>μ₀.</summary>
    public double Location { get; }

    /// <summary>κ₀.</summary>
    public double PrecisionScale { get; }

    /// <summary>α₀.</summary>
    public double Shape { get; }

    /// <summary>β₀ (a rate).</summary>
    public double Rate { get; }

    /// <summary>The marginal of the precision, Gamma(α₀, β₀).</summary>
    public Gamma PrecisionMarginal => new(Shape, Rate);

    /// <summary>The marginal of the mean, t(2α₀, μ₀, √(β₀/(α₀κ₀))).</summary>
    public StudentT MeanMarginal => new(2 * Shape, Location, Math.Sqrt(Rate / (Shape * PrecisionScale)));

    /// <summary>
    /// ln NG(μ, τ) = ½ ln(κ₀τ/(2π)) − κ₀τ(μ − μ₀)²/2 + α₀ ln β₀ − ln Γ(α₀) + (α₀ − 1) ln τ − β₀τ;
    /// −∞ for τ ≤ 0.
    /// </summary>
    public double LogDensity(double mean, double precision)
    {
        if (!(precision > 0)) return double.NegativeInfinity;
        double d = mean - Location;
        return 0.5 * Math.Log(PrecisionScale * precision / (2 * Math.PI)) - 0.5 * PrecisionScale * precision * d * d
            + Shape * Math.Log(Rate) - SpecialFunctions.GammaLn(Shape) + (Shape - 1) * Math.Log(precision) - Rate * precision;
    }

    /// <summary>NG(μ, τ).</summary>
    public double Density(double mean, double precision) => Math.Exp(LogDensity(mean, precision));

    /// <summary>One draw: τ ~ Gamma(α₀, β₀), then μ ~ N(μ₀, 1/(κ₀τ)).</summary>
    public (double Mean, double Precision) Sample(Random rng)
    {
        Guard.NotNull(rng, Type, nameof(rng));
        double precision = Math.Exp(GammaSampler.LogSample(Shape, rng)) / Rate;
        double mean = Location + StandardNormal.Sample(rng) / Math.Sqrt(PrecisionScale * precision);
        return (mean, precision);
    }

    /// <summary><paramref name="count"/> draws from a generator seeded with <paramref name="seed"/>.</summary>
    public (double Mean, double Precision)[] Sample(int count, int seed) =>
        Rng.Draws(count, seed, Sample, Type);

    public override string ToString() =>
        $"NormalGamma(μ₀ = {Html.Number(Location)}, κ₀ = {Html.Number(PrecisionScale)}, α₀ = {Html.Number(Shape)}, β₀ = {Html.Number(Rate)})";
}
