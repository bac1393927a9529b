using MathNet.Numerics;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// Poisson(λ) on {0, 1, 2, …}: P(X = k) = λ^k e^{−λ} / k! (3.17), mean λ, variance λ.
/// </summary>
public sealed class Poisson
{
    /// <summary>
    /// A Poisson distribution with rate λ ≥ 0 (λ = 0 is the point mass at 0, which the MLE returns for
    /// all-zero counts).
    /// </summary>
    public Poisson(double rate) => Rate = Guard.NonNegative(rate, nameof(Poisson), nameof(rate));

    /// <summary>λ, the rate.</summary>
    public double Rate { get; }

    private DiscreteInversion? _inversion; // built on the first draw, then reused

    /// <summary>E[X] = λ.</summary>
    public double Mean => Rate;

    /// <summary>Var[X] = λ.</summary>
    public double Variance => Rate;

    /// <summary>ln P(X = k) = k ln λ − λ − ln k! (3.17); −∞ for k &lt; 0.</summary>
    public double LogProbability(int k) =>
        k < 0 ? double.NegativeInfinity : LogTerms.XLogY(k, Rate) - Rate - SpecialFunctions.FactorialLn(k);

    /// <summary>P(X = k) (3.17).</summary>
    public double Probability(int k) => Math.Exp(LogProbability(k));

    /// <summary>P(X ≤ k) = Q(k + 1, λ), the regularised upper incomplete gamma function.</summary>
    public double Cdf(int k)
    {
        if (k < 0) return 0;
        if (Rate == 0) return 1;
        return SpecialFunctions.GammaUpperRegularized(k + 1, Rate);
    }

    /// <summary>One draw by inversion, walking from the mode ⌊λ⌋ where F is known, by P(k + 1)/P(k) = λ/(k + 1).</summary>
    public int Sample(Random rng)
    {
        Guard.NotNull(rng, nameof(Poisson), nameof(rng));
        return Inversion.Sample(Rng.OpenZero(rng));
    }

    private DiscreteInversion Inversion => _inversion ??= CreateInversion();

    private DiscreteInversion CreateInversion()
    {
        int mode = (int)Math.Min(Math.Floor(Rate), int.MaxValue - 1);
        return new DiscreteInversion(mode, Cdf(mode), Probability(mode), k => Rate / (k + 1), k => k / Rate, 0, int.MaxValue);
    }

    /// <summary><paramref name="count"/> draws from a generator seeded with <paramref name="seed"/>.</summary>
    public int[] Sample(int count, int seed) =>
        Rng.Draws(count, seed, Sample, nameof(Poisson));

    public override string ToString() => $"Poisson(λ = {Html.Number(Rate)})";
}
