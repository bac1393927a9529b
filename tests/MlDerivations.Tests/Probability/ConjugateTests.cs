using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

/// <summary>
/// Conjugate posteriors against brute-force posteriors: prior × likelihood written out by hand in the
/// test, evaluated on a fine grid and normalised by the trapezoid rule.
/// </summary>
public sealed class ConjugateTests
{
    private static double[] Grid(double lo, double hi, int m) => Enumerable.Range(0, m).Select(j => lo + (hi - lo) * j / (m - 1)).ToArray();

    [Fact]
    public void BetaBernoulliPosterior_EqualsTheGridPosterior()
    {
        int[] outcomes = [1, 0, 1, 1, 0, 1, 1, 1, 0, 1];
        var posterior = Conjugate.BetaBernoulli(new Beta(2, 3), outcomes);
        Assert.Equal(2 + 7, posterior.Alpha);
        Assert.Equal(3 + 3, posterior.BetaParameter);
        var grid = GridPosterior.Compute(Grid(1e-6, 1 - 1e-6, 20_001),
            p => Math.Log(p) + 2 * Math.Log(1 - p),                 // Beta(2, 3) up to a constant
            p => outcomes.Sum(x => x == 1 ? Math.Log(p) : Math.Log(1 - p)));
        Assert.Equal(grid.Mean, posterior.Mean, 6);
        Assert.Equal(grid.Variance, posterior.Variance, 6);
        for (int j = 0; j < grid.Grid.Count; j += 1000)
            Assert.Equal(grid.Density[j], posterior.Density(grid.Grid[j]), 4);
    }

    [Fact]
    public void NormalNormalPosterior_EqualsTheGridPosterior()
    {
        double[] x = [2.1, 1.4, 3.3, 2.8, 1.9];
        const double noise = 0.8;
        var posterior = Conjugate.NormalNormal(new Gaussian(0, 4), noise, x);
        var grid = GridPosterior.Compute(Grid(-5, 8, 20_001),
            mu => -mu * mu / (2 * 4),
            mu => x.Sum(v => -(v - mu) * (v - mu) / (2 * noise)));
        Assert.Equal(grid.Mean, posterior.Mean, 8);
        Assert.Equal(grid.Variance, posterior.Variance, 8);
        // hand-worked: precision 1/4 + 5/0.8 = 6.5, mean (0 + 11.5/0.8)/6.5
        Assert.Equal(6.5, posterior.Precision, 12);
        Assert.Equal(11.5 / 0.8 / 6.5, posterior.Mean, 12);
    }

    [Fact]
    public void NormalGammaPosterior_EqualsTheTwoDimensionalGridPosterior()
    {
        double[] x = [4.9, 5.6, 4.2, 6.1, 5.3, 5.0];
        var prior = new NormalGamma(4, 1.5, 2, 1);
        var posterior = Conjugate.NormalGamma(prior, x);
        // unnormalised log posterior: prior N(μ | 4, 1/(1.5τ)) Gamma(τ | 2, 1) times Π N(x_i | μ, 1/τ)
        double LogJoint(double mu, double tau) =>
            0.5 * Math.Log(tau) - 1.5 * tau * (mu - 4) * (mu - 4) / 2 + (2 - 1) * Math.Log(tau) - tau
            + x.Sum(v => 0.5 * Math.Log(tau) - tau * (v - mu) * (v - mu) / 2);
        var mus = Grid(2, 8, 601);
        var taus = Grid(1e-4, 12, 1201);
        double dm = mus[1] - mus[0], dt = taus[1] - taus[0];
        var w = new double[mus.Length, taus.Length];
        double max = double.NegativeInfinity;
        for (int i = 0; i < mus.Length; i++)
            for (int j = 0; j < taus.Length; j++) max = Math.Max(max, w[i, j] = LogJoint(mus[i], taus[j]));
        double z = 0, eMu = 0, eTau = 0, eMu2 = 0;
        for (int i = 0; i < mus.Length; i++)
            for (int j = 0; j < taus.Length; j++)
            {
                double p = Math.Exp(w[i, j] - max);
                z += p; eMu += p * mus[i]; eTau += p * taus[j]; eMu2 += p * mus[i] * mus[i];
            }
        eMu /= z; eTau /= z; eMu2 /= z;
        Assert.Equal(posterior.Location, eMu, 4);
        Assert.Equal(posterior.PrecisionMarginal.Mean, eTau, 3);
        Assert.Equal(posterior.MeanMarginal.Variance, eMu2 - eMu * eMu, 4);
        // and pointwise: the closed-form density at the grid's peak against the grid's normalised weight
        double mass = z * dm * dt;
        Assert.Equal(Math.Exp(w[300, 300] - max) / mass, posterior.Density(mus[300], taus[300]), 3);
    }

    [Fact]
    public void DirichletCategoricalPosterior_AddsCountsAndEqualsTheSimplexGridPosterior()
    {
        int[] outcomes = [0, 2, 2, 1, 2, 0, 2];
        var posterior = Conjugate.DirichletCategorical(new Dirichlet([1.5, 1, 2]), outcomes);
        Assert.Equal([3.5, 2, 6], posterior.Concentration);
        // grid over the 2-simplex (π₀, π₁, 1 − π₀ − π₁), midpoint rule on a triangle of cells
        const int m = 600;
        double z = 0, e0 = 0, e1 = 0;
        for (int a = 0; a < m; a++)
            for (int b = 0; a + b < m - 1; b++)
            {
                double p0 = (a + 0.5) / m, p1 = (b + 0.5) / m, p2 = 1 - p0 - p1;
                double logPrior = 0.5 * Math.Log(p0) + 0 * Math.Log(p1) + 1 * Math.Log(p2);
                double logLik = 2 * Math.Log(p0) + 1 * Math.Log(p1) + 4 * Math.Log(p2);
                double p = Math.Exp(logPrior + logLik);
                z += p; e0 += p * p0; e1 += p * p1;
            }
        var mean = posterior.Mean();
        Assert.Equal(mean[0], e0 / z, 3);
        Assert.Equal(mean[1], e1 / z, 3);
    }

    [Fact]
    public void GridPosterior_OfAFlatPriorAndAGaussianLikelihood_HasThatGaussiansMoments()
    {
        var grid = GridPosterior.Compute(Grid(-10, 14, 4001), _ => 0, t => -(t - 2) * (t - 2) / (2 * 1.7));
        Assert.Equal(2, grid.Mean, 9);
        Assert.Equal(1.7, grid.Variance, 7);
    }
}
