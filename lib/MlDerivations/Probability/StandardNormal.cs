using MathNet.Numerics;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// The standard normal N(0, 1): density φ(z) = e^{−z²/2}/√(2π) and distribution function
/// Φ(z) = ½ erfc(−z/√2) (3.8).
/// </summary>
public static class StandardNormal
{
    private const double LogSqrtTwoPi = 0.91893853320467274178; // ½ ln(2π)

    /// <summary>φ(z) = e^{−z²/2}/√(2π).</summary>
    public static double Density(double z) => Math.Exp(-0.5 * z * z - LogSqrtTwoPi);

    /// <summary>ln φ(z) = −z²/2 − ½ ln(2π).</summary>
    public static double LogDensity(double z) => -0.5 * z * z - LogSqrtTwoPi;

    /// <summary>Φ(z) = ½ erfc(−z/√2) (3.8); accurate in both tails (no 1 − small cancellation).</summary>
    public static double Cdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));

    /// <summary>Φ⁻¹(p) = −√2 erfc⁻¹(2p), for p in (0, 1).</summary>
    public static double Quantile(double probability)
    {
        Guard.OpenUnitInterval(probability, nameof(StandardNormal), nameof(probability));
        return -Math.Sqrt(2) * SpecialFunctions.ErfcInv(2 * probability);
    }

    /// <summary>
    /// One draw by Box–Muller: z = √(−2 ln u₁) cos(2π u₂) with u₁ in (0, 1], u₂ in [0, 1). The sine
    /// partner is discarded so every draw consumes exactly two uniforms.
    /// </summary>
    internal static double Sample(Random rng)
    {
        double u1 = Rng.OpenZero(rng);
        double u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
