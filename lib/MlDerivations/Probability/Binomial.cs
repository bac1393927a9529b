using MathNet.Numerics;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// Binomial(n, p), the number of successes in n Bernoulli(p) trials:
/// P(X = k) = C(n, k) p^k (1 − p)^{n−k}, mean np, variance np(1 − p).
/// </summary>
public sealed class Binomial
{
    /// <summary>A binomial distribution with n ≥ 0 trials and success probability p in [0, 1].</summary>
    public Binomial(int trials, double p)
    {
        Trials = Guard.AtLeast(trials, nameof(Binomial), nameof(trials), 0);
        P = Guard.UnitInterval(p, nameof(Binomial), nameof(p));
    }

    /// <summary>n, the number of trials.</summary>
    public int Trials { get; }

    /// <summary>p, the success probability of each trial.</summary>
    public double P { get; }

    private DiscreteInversion? _inversion; // built on the first draw, then reused

    /// <summary>E[X] = np.</summary>
    public double Mean => Trials * P;

    /// <summary>Var[X] = np(1 − p).</summary>
    public double Variance => Trials * P * (1 - P);

    /// <summary>ln P(X = k) = ln C(n, k) + k ln p + (n − k) ln(1 − p); −∞ outside {0, …, n}.</summary>
    public double LogProbability(int k)
    {
        if (k < 0 || k > Trials) return double.NegativeInfinity;
        return SpecialFunctions.BinomialLn(Trials, k) + LogTerms.XLogY(k, P) + LogTerms.XLogY(Trials - k, 1 - P);
    }

    /// <summary>P(X = k).</summary>
    public double Probability(int k) => Math.Exp(LogProbability(k));

    /// <summary>P(X ≤ k) = I_{1−p}(n − k, k + 1), the regularised incomplete beta function.</summary>
    public double Cdf(int k)
    {
        if (k < 0) return 0;
        if (k >= Trials) return 1;
        if (P == 0) return 1;
        if (P == 1) return 0;
        return SpecialFunctions.BetaRegularized(Trials - k, k + 1, 1 - P);
    }

    /// <summary>
    /// One draw by inversion, walking from the mode ⌊(n + 1)p⌋ where F is known, by
    /// P(k + 1)/P(k) = (n − k)p/((k + 1)(1 − p)).
    /// </summary>
    public int Sample(Random rng)
    {
        Guard.NotNull(rng, nameof(Binomial), nameof(rng));
        return Inversion.Sample(Rng.OpenZero(rng));
    }

    private DiscreteInversion Inversion => _inversion ??= CreateInversion();

    private DiscreteInversion CreateInversion()
    {
        int mode = Math.Min(Trials, (int)Math.Floor((Trials + 1) * P));
        double odds = P / (1 - P); // +∞ when p = 1, where the walk never goes up from the mode n
        return new DiscreteInversion(mode, Cdf(mode), Probability(mode),
            k => (Trials - k) * odds / (k + 1), k => k / ((Trials - k + 1) * odds), 0, Trials);
    }

    /// <summary><paramref name="count"/> draws from a generator seeded with <paramref name="seed"/>.</summary>
    public int[] Sample(int count, int seed) =>
        Rng.Draws(count, seed, Sample, nameof(Binomial));

    public override string ToString() => $"Binomial(n = {Trials}, p = {Html.Number(P)})";
}
