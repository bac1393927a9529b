using MathNet.Numerics;

namespace MlDerivations.Probability;

/// <summary>
/// The regularised lower incomplete gamma function P(a, z) = γ(a, z)/Γ(a) = (1/Γ(a)) ∫₀^z t^{a−1} e^{−t} dt,
/// the CDF of Gamma(a, 1). MathNet's GammaLowerRegularized returns 0 for every z below about 1e-15 and
/// wherever z^a e^{−z}/Γ(a) underflows, although P(a, z) ≈ z^a/Γ(a + 1) can be far from 0 there (shape
/// 0.05 at z = 1e-16 gives 0.16). So below z = a + 1 we sum the power series in log space, and keep
/// MathNet's continued fraction above it, the upper tail, where it is accurate.
/// </summary>
internal static class RegularizedGamma
{
    private const double Epsilon = 1.1102230246251565e-16; // unit roundoff 2⁻⁵³
    private const int MaxTerms = 100_000;

    /// <summary>P(a, z) for a &gt; 0 and z ≥ 0.</summary>
    public static double Lower(double a, double z)
    {
        if (z <= 0) return 0;
        if (double.IsPositiveInfinity(z)) return 1;
        double logP = z < a + 1 ? LogLowerBySeries(a, z) : double.NaN;
        return double.IsNaN(logP) ? SpecialFunctions.GammaLowerRegularized(a, z) : Math.Exp(logP);
    }

    /// <summary>
    /// ln P(a, z) = a ln z − z − ln Γ(a + 1) + ln S, S = Σ_{k≥0} z^k / ((a + 1)(a + 2)…(a + k)) (empty product 1),
    /// from γ(a, z) = z^a e^{−z} Σ_k z^k / (a(a + 1)…(a + k)). Every term is positive, so the sum has no
    /// cancellation; for z &lt; a + 1 each term is smaller than the one before. Working in logs keeps z^a and
    /// Γ(a + 1) from under- or overflowing on their own. NaN when the terms have not fallen below ε·S after
    /// <see cref="MaxTerms"/> of them (about 8.6√a terms are needed near z = a, so only for shapes beyond 1e8).
    /// </summary>
    public static double LogLowerBySeries(double a, double z)
    {
        double term = 1, sum = 1;
        for (int k = 1; term > Epsilon * sum; k++)
        {
            if (k > MaxTerms) return double.NaN;
            term *= z / (a + k);
            sum += term;
        }
        return a * Math.Log(z) - z - SpecialFunctions.GammaLn(a + 1) + Math.Log(sum);
    }
}
