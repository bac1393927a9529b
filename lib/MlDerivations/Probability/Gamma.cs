using MathNet.Numerics;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// Gamma(α, β) with shape α and RATE β (not scale): p(x) = β^α x^{α−1} e^{−βx} / Γ(α) for x &gt; 0
/// (3.6), mean α/β, variance α/β². The precision's prior in the Normal–Gamma model.
/// </summary>
public sealed class Gamma
{
    /// <summary>Gamma(α, β) with shape α &gt; 0 and rate β &gt; 0.</summary>
    public Gamma(double shape, double rate)
    {
        Shape = Guard.Positive(shape, nameof(Gamma), nameof(shape));
        Rate = Guard.Positive(rate, nameof(Gamma), nameof(rate));
    }

    /// <summary>α, the shape.</summary>
    public double Shape { get; }

    /// <summary>β, the rate (1/scale).</summary>
    public double Rate { get; }

    /// <summary>E[X] = α/β.</summary>
    public double Mean => Shape / Rate;

    /// <summary>Var[X] = α/β².</summary>
    public double Variance => Shape / (Rate * Rate);

    /// <summary>H = α − ln β + ln Γ(α) + (1 − α) ψ(α), in nats.</summary>
    public double Entropy => Shape - Math.Log(Rate) + SpecialFunctions.GammaLn(Shape) + (1 - Shape) * SpecialFunctions.DiGamma(Shape);

    /// <summary>ln p(x) = α ln β − ln Γ(α) + (α − 1) ln x − βx (3.6); −∞ for x &lt; 0.</summary>
    public double LogDensity(double x)
    {
        if (x < 0) return double.NegativeInfinity;
        return Shape * Math.Log(Rate) - SpecialFunctions.GammaLn(Shape) + LogTerms.XLogY(Shape - 1, x) - Rate * x;
    }

    /// <summary>p(x) (3.6).</summary>
    public double Density(double x) => Math.Exp(LogDensity(x));

    /// <summary>
    /// P(X ≤ x) = P(α, βx), the regularised lower incomplete gamma function, accurate down to the smallest
    /// x (P(α, z) ≈ z^α/Γ(α + 1) as z → 0, which for α &lt; 1 stays far from 0 long after z reaches 1e-15).
    /// </summary>
    public double Cdf(double x) => x <= 0 ? 0 : RegularizedGamma.Lower(Shape, Rate * x);

    /// <summary>One draw G/β with G ~ Gamma(α, 1) by Marsaglia–Tsang.</summary>
    public double Sample(Random rng)
    {
        Guard.NotNull(rng, nameof(Gamma), nameof(rng));
        return Math.Exp(GammaSampler.LogSample(Shape, rng)) / Rate;
    }

    /// <summary><paramref name="count"/> draws from a generator seeded with <paramref name="seed"/>.</summary>
    public double[] Sample(int count, int seed) =>
        Rng.Draws(count, seed, Sample, nameof(Gamma));

    public override string ToString() => $"Gamma(shape = {Html.Number(Shape)}, rate = {Html.Number(Rate)})";
}
