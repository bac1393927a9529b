using MathNet.Numerics;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// Dirichlet(α) on the simplex {x : x_k ≥ 0, Σ x_k = 1} in K dimensions:
/// p(x) = Γ(α₀)/Π_k Γ(α_k) · Π_k x_k^{α_k−1} with α₀ = Σ α_k. The conjugate prior of a
/// categorical π.
/// </summary>
public sealed class Dirichlet
{
    private readonly double[] _concentration;

    /// <summary>Dirichlet(α) with K ≥ 2 concentrations α_k &gt; 0.</summary>
    public Dirichlet(IReadOnlyList<double> concentration)
    {
        Guard.NotNull(concentration, nameof(Dirichlet), nameof(concentration));
        if (concentration.Count < 2)
            throw new ArgumentException($"Dirichlet.Concentration must hold at least 2 values; got {concentration.Count}.", nameof(concentration));
        for (int k = 0; k < concentration.Count; k++)
            if (!(concentration[k] > 0) || double.IsInfinity(concentration[k]))
                throw new ArgumentOutOfRangeException(nameof(concentration),
                    $"Dirichlet.Concentration must be finite and > 0 everywhere; got {Html.Number(concentration[k])} at index {k}.");
        _concentration = concentration.ToArray();
    }

    /// <summary>α, length K (read-only).</summary>
    public IReadOnlyList<double> Concentration => Array.AsReadOnly(_concentration);

    /// <summary>K, the dimension of the simplex's ambient space.</summary>
    public int Count => _concentration.Length;

    private double Total => _concentration.Sum();

    /// <summary>E[x_k] = α_k/α₀.</summary>
    public double[] Mean()
    {
        double total = Total;
        return _concentration.Select(a => a / total).ToArray();
    }

    /// <summary>Var[x_k] = α_k(α₀ − α_k)/(α₀²(α₀ + 1)).</summary>
    public double[] Variance()
    {
        double total = Total;
        return _concentration.Select(a => a * (total - a) / (total * total * (total + 1))).ToArray();
    }

    /// <summary>ln B(α) = Σ_k ln Γ(α_k) − ln Γ(α₀), the log normaliser.</summary>
    public double LogNormalizer => _concentration.Sum(SpecialFunctions.GammaLn) - SpecialFunctions.GammaLn(Total);

    /// <summary>H = ln B(α) + (α₀ − K)ψ(α₀) − Σ_k (α_k − 1)ψ(α_k), in nats.</summary>
    public double Entropy =>
        LogNormalizer + (Total - Count) * SpecialFunctions.DiGamma(Total)
        - _concentration.Sum(a => (a - 1) * SpecialFunctions.DiGamma(a));

    /// <summary>
    /// ln p(x) = Σ_k (α_k − 1) ln x_k − ln B(α); −∞ when x is off the simplex (a negative entry,
    /// or a sum further than 1e-9 from 1).
    /// </summary>
    public double LogDensity(IReadOnlyList<double> x)
    {
        Guard.NotNull(x, nameof(Dirichlet), nameof(x));
        if (x.Count != Count)
            throw new ArgumentException($"Dirichlet.X must have length K = {Count}; got length {x.Count}.", nameof(x));
        if (x.Any(v => !(v >= 0)) || Math.Abs(x.Sum() - 1) > 1e-9) return double.NegativeInfinity;
        double log = -LogNormalizer;
        for (int k = 0; k < Count; k++) log += LogTerms.XLogY(_concentration[k] - 1, x[k]);
        return log;
    }

    /// <summary>p(x).</summary>
    public double Density(IReadOnlyList<double> x) => Math.Exp(LogDensity(x));

    /// <summary>One draw x_k = G_k/Σ_j G_j, G_k ~ Gamma(α_k, 1), normalised in log space.</summary>
    public double[] Sample(Random rng)
    {
        Guard.NotNull(rng, nameof(Dirichlet), nameof(rng));
        var logG = _concentration.Select(a => GammaSampler.LogSample(a, rng)).ToArray();
        double max = logG.Max();
        var x = logG.Select(l => Math.Exp(l - max)).ToArray();
        double sum = x.Sum();
        for (int k = 0; k < x.Length; k++) x[k] /= sum;
        return x;
    }

    /// <summary><paramref name="count"/> draws (rows) from a generator seeded with <paramref name="seed"/>.</summary>
    public double[][] Sample(int count, int seed) =>
        Rng.Draws(count, seed, Sample, nameof(Dirichlet));

    public override string ToString() =>
        $"Dirichlet(α = [{string.Join(", ", _concentration.Select(a => Html.Number(a)))}])";
}
