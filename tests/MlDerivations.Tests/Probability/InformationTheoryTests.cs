using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

public sealed class InformationTheoryTests
{
    [Fact]
    public void Entropy_OfHandWorkedDistributions_IsInNatsOrBits()
    {
        Assert.Equal(Math.Log(4), InformationTheory.Entropy([0.25, 0.25, 0.25, 0.25]), 15);
        Assert.Equal(1.5, InformationTheory.Entropy([0.5, 0.25, 0.25, 0], logBase: 2), 15);
        Assert.Equal(0, InformationTheory.Entropy([1, 0]));
        Assert.Equal(new Bernoulli(0.2).Entropy, InformationTheory.Entropy([0.2, 0.8]), 15);
    }

    [Fact]
    public void CrossEntropy_IsEntropyPlusKullbackLeibler()
    {
        double[] p = [0.1, 0.6, 0.3], q = [0.3, 0.3, 0.4];
        double kl = 0.1 * Math.Log(0.1 / 0.3) + 0.6 * Math.Log(0.6 / 0.3) + 0.3 * Math.Log(0.3 / 0.4); // by hand
        Assert.Equal(kl, InformationTheory.KullbackLeibler(p, q), 15);
        Assert.Equal(InformationTheory.Entropy(p) + kl, InformationTheory.CrossEntropy(p, q), 14);
        Assert.Equal(kl / Math.Log(2), InformationTheory.KullbackLeibler(p, q, 2), 15);
    }

    [Fact]
    public void KullbackLeibler_IsNonNegativeAndZeroOnlyForEqualDistributions()
    {
        var rng = Rng.Create(4);
        var dirichlet = new Dirichlet([1, 1, 1, 1]);
        for (int i = 0; i < 1000; i++)
        {
            var p = dirichlet.Sample(rng);
            var q = dirichlet.Sample(rng);
            Assert.True(InformationTheory.KullbackLeibler(p, q) > 0);
            Assert.Equal(0, InformationTheory.KullbackLeibler(p, p));
        }
        Assert.Equal(double.PositiveInfinity, InformationTheory.KullbackLeibler([0.5, 0.5], [1, 0]));
    }

    [Fact]
    public void GaussianKullbackLeibler_MatchesNumericalIntegration()
    {
        var p = new Gaussian(1, 2);
        var q = new Gaussian(-0.5, 0.7);
        double sum = 0, h = 1e-3;
        for (double x = -30; x <= 30; x += h) sum += p.Density(x) * (p.LogDensity(x) - q.LogDensity(x)) * h;
        Assert.Equal(sum, p.KullbackLeibler(q), 8);
        Assert.Equal(0, p.KullbackLeibler(p), 15);
    }

    [Fact]
    public void MultivariateKullbackLeibler_MatchesMonteCarloAndTheUnivariateFormula()
    {
        var a = new MultivariateGaussian(Vector<double>.Build.DenseOfArray([0, 1]),
            Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0.5 }, { 0.5, 2 } }));
        var b = new MultivariateGaussian(Vector<double>.Build.DenseOfArray([1, -1]),
            Matrix<double>.Build.DenseOfArray(new double[,] { { 2, -0.3 }, { -0.3, 1 } }));
        var x = a.Sample(200_000, 5);
        var terms = Enumerable.Range(0, x.RowCount).Select(i => a.LogDensity(x.Row(i)) - b.LogDensity(x.Row(i))).ToArray();
        double mean = terms.Average(), se = Math.Sqrt(terms.Select(t => (t - mean) * (t - mean)).Average() / terms.Length);
        Assert.InRange(a.KullbackLeibler(b), mean - 5 * se, mean + 5 * se);
        Assert.Equal(0, a.KullbackLeibler(a), 12);
        // in one dimension it reduces to the univariate closed form
        var one = new MultivariateGaussian(Vector<double>.Build.DenseOfArray([1]), Matrix<double>.Build.DenseOfArray(new double[,] { { 2 } }));
        var two = new MultivariateGaussian(Vector<double>.Build.DenseOfArray([-0.5]), Matrix<double>.Build.DenseOfArray(new double[,] { { 0.7 } }));
        Assert.Equal(new Gaussian(1, 2).KullbackLeibler(new Gaussian(-0.5, 0.7)), one.KullbackLeibler(two), 14);
    }
}
