using MathNet.Numerics;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// Student's t with ν degrees of freedom, location μ and scale s:
/// p(x) = Γ((ν + 1)/2) / (Γ(ν/2) √(νπ) s) · (1 + ((x − μ)/s)²/ν)^{−(ν+1)/2}.
/// Mean μ (ν &gt; 1), variance s²ν/(ν − 2) (ν &gt; 2). The marginal of the mean under a Normal–Gamma.
/// </summary>
public sealed class StudentT
{
    /// <summary>t(ν, μ, s) with ν &gt; 0, finite μ and scale s &gt; 0 (s is a scale, not a variance).</summary>
    public StudentT(double degreesOfFreedom, double location = 0, double scale = 1)
    {
        DegreesOfFreedom = Guard.Positive(degreesOfFreedom, nameof(StudentT), nameof(degreesOfFreedom));
        Location = Guard.Finite(location, nameof(StudentT), nameof(location));
        Scale = Guard.Positive(scale, nameof(StudentT), nameof(scale));
    }

    /// <summary>ν, the degrees of freedom.</summary>
    public double DegreesOfFreedom { get; }

    /// <summary>μ, the location (the median, and the mean when ν &gt; 1).</summary>
    public double Location { get; }

    /// <summary>s, the scale.</summary>
    public double Scale { get; }

    /// <summary>E[X] = μ; defined only for ν &gt; 1.</summary>
    /// <exception cref="InvalidOperationException">ν ≤ 1: the tails are too heavy for the mean to exist.</exception>
    public double Mean => DegreesOfFreedom > 1
        ? Location
        : throw new InvalidOperationException(
            $"StudentT.Mean is defined only for ν > 1; got ν = {Html.Number(DegreesOfFreedom)} (the mean does not exist; use Location, the median).");

    /// <summary>Var[X] = s²ν/(ν − 2); finite for ν &gt; 2, +∞ for 1 &lt; ν ≤ 2.</summary>
    /// <exception cref="InvalidOperationException">ν ≤ 1: the mean does not exist, so neither does the variance.</exception>
    public double Variance =>
        DegreesOfFreedom > 2 ? Scale * Scale * DegreesOfFreedom / (DegreesOfFreedom - 2)
        : DegreesOfFreedom > 1 ? double.PositiveInfinity
        : throw new InvalidOperationException(
            $"StudentT.Variance is defined only for ν > 1 (finite for ν > 2); got ν = {Html.Number(DegreesOfFreedom)}.");

    /// <summary>
    /// H = ((ν + 1)/2)(ψ((ν + 1)/2) − ψ(ν/2)) + ln(√ν B(ν/2, ½)) + ln s, in nats.
    /// </summary>
    public double Entropy
    {
        get
        {
            double v = DegreesOfFreedom;
            return (v + 1) / 2 * (SpecialFunctions.DiGamma((v + 1) / 2) - SpecialFunctions.DiGamma(v / 2))
                + 0.5 * Math.Log(v) + SpecialFunctions.BetaLn(v / 2, 0.5) + Math.Log(Scale);
        }
    }

    /// <summary>ln p(x).</summary>
    public double LogDensity(double x)
    {
        double v = DegreesOfFreedom, z = (x - Location) / Scale;
        return SpecialFunctions.GammaLn((v + 1) / 2) - SpecialFunctions.GammaLn(v / 2)
            - 0.5 * Math.Log(v * Math.PI) - Math.Log(Scale)
            - (v + 1) / 2 * Math.Log(1 + z * z / v);
    }

    /// <summary>p(x).</summary>
    public double Density(double x) => Math.Exp(LogDensity(x));

    /// <summary>P(X ≤ x) = 1 − ½ I_{ν/(ν+z²)}(ν/2, ½) for z = (x − μ)/s ≥ 0, and by symmetry below.</summary>
    public double Cdf(double x)
    {
        double z = (x - Location) / Scale, v = DegreesOfFreedom;
        double tail = 0.5 * SpecialFunctions.BetaRegularized(v / 2, 0.5, v / (v + z * z));
        return z >= 0 ? 1 - tail : tail;
    }

    /// <summary>One draw μ + s·z/√(V/ν), z ~ N(0, 1), V ~ χ²_ν = Gamma(ν/2, rate ½).</summary>
    public double Sample(Random rng)
    {
        Guard.NotNull(rng, nameof(StudentT), nameof(rng));
        double z = StandardNormal.Sample(rng);
        double chiSquare = 2 * Math.Exp(GammaSampler.LogSample(DegreesOfFreedom / 2, rng));
        return Location + Scale * z / Math.Sqrt(chiSquare / DegreesOfFreedom);
    }

    /// <summary><paramref name="count"/> draws from a generator seeded with <paramref name="seed"/>.</summary>
    public double[] Sample(int count, int seed) =>
        Rng.Draws(count, seed, Sample, nameof(StudentT));

    public override string ToString() =>
        $"StudentT(ν = {Html.Number(DegreesOfFreedom)}, location = {Html.Number(Location)}, scale = {Html.Number(Scale)})";
}
