using MathNet.Numerics;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// Beta(α, β) on [0, 1]: p(x) = x^{α−1}(1 − x)^{β−1} / B(α, β) (3.21), mean α/(α + β),
/// variance αβ/((α + β)²(α + β + 1)). The conjugate prior of a Bernoulli p (3.22).
/// </summary>
public sealed class Beta
{
    /// <summary>Beta(α, β) with α &gt; 0 and β &gt; 0.</summary>
    public Beta(double alpha, double beta)
    {
        Alpha = Guard.Positive(alpha, nameof(Beta), nameof(alpha));
        BetaParameter = Guard.Positive(beta, nameof(Beta), nameof(beta));
    }

    /// <summary>α, the pseudo-count of successes plus one.</summary>
    public double Alpha { get; }

    /// <summary>β, the pseudo-count of failures plus one (named so it does not clash with the type).</summary>
    public double BetaParameter { get; }

    /// <summary>E[X] = α/(α + β).</summary>
    public double Mean => Alpha / (Alpha + BetaParameter);

    /// <summary>Var[X] = αβ/((α + β)²(α + β + 1)).</summary>
    public double Variance
    {
        get
        {
            double s = Alpha + BetaParameter;
            return Alpha * BetaParameter / (s * s * (s + 1));
        }
    }

    /// <summary>
    /// The mode (α − 1)/(α + β − 2), the MAP estimate of (3.22); defined only when α, β &gt; 1.
    /// </summary>
    /// <exception cref="InvalidOperationException">α ≤ 1 or β ≤ 1: the density then peaks at 0 or 1 (or is flat) and has no interior mode.</exception>
    public double Mode => Alpha > 1 && BetaParameter > 1
        ? (Alpha - 1) / (Alpha + BetaParameter - 2)
        : throw new InvalidOperationException(
            $"Beta.Mode is defined only when α > 1 and β > 1; got α = {Html.Number(Alpha)}, β = {Html.Number(BetaParameter)} (the density has no interior mode).");

    /// <summary>H = ln B(α, β) − (α − 1)ψ(α) − (β − 1)ψ(β) + (α + β − 2)ψ(α + β), in nats.</summary>
    public double Entropy =>
        SpecialFunctions.BetaLn(Alpha, BetaParameter)
        - (Alpha - 1) * SpecialFunctions.DiGamma(Alpha)
        - (BetaParameter - 1) * SpecialFunctions.DiGamma(BetaParameter)
        + (Alpha + BetaParameter - 2) * SpecialFunctions.DiGamma(Alpha + BetaParameter);

    /// <summary>ln p(x) = (α − 1) ln x + (β − 1) ln(1 − x) − ln B(α, β) (3.21); −∞ outside [0, 1].</summary>
    public double LogDensity(double x)
    {
        if (!(x >= 0 && x <= 1)) return double.NegativeInfinity;
        return LogTerms.XLogY(Alpha - 1, x) + LogTerms.XLogY(BetaParameter - 1, 1 - x) - SpecialFunctions.BetaLn(Alpha, BetaParameter);
    }

    /// <summary>p(x) (3.21).</summary>
    public double Density(double x) => Math.Exp(LogDensity(x));

    /// <summary>P(X ≤ x) = I_x(α, β), the regularised incomplete beta function.</summary>
    public double Cdf(double x) => x <= 0 ? 0 : x >= 1 ? 1 : SpecialFunctions.BetaRegularized(Alpha, BetaParameter, x);

    /// <summary>One draw X/(X + Y), X ~ Gamma(α, 1), Y ~ Gamma(β, 1), formed from their logarithms.</summary>
    public double Sample(Random rng)
    {
        Guard.NotNull(rng, nameof(Beta), nameof(rng));
        double logX = GammaSampler.LogSample(Alpha, rng);
        double logY = GammaSampler.LogSample(BetaParameter, rng);
        return 1 / (1 + Math.Exp(logY - logX));
    }

    /// <summary><paramref name="count"/> draws from a generator seeded with <paramref name="seed"/>.</summary>
    public double[] Sample(int count, int seed) =>
        Rng.Draws(count, seed, Sample, nameof(Beta));

    public override string ToString() => $"Beta(α = {Html.Number(Alpha)}, β = {Html.Number(BetaParameter)})";
}
