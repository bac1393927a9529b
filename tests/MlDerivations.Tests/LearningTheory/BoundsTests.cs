using MlDerivations.LearningTheory;

namespace MlDerivations.Tests.LearningTheory;

public sealed class BoundsTests
{
    [Fact]
    public void Hoeffding_OfAHandWorkedCase_IsTwoExpMinusTwoNEpsilonSquared()
    {
        Assert.Equal(2 * Math.Exp(-1), Bounds.Hoeffding(50, 0.1), 15); // 2·50·0.1² = 1
        Assert.Equal(10 * 2 * Math.Exp(-1), Bounds.UniformHoeffding(10, 50, 0.1), 14);
        Assert.Equal(0.6, Bounds.Union([0.1, 0.2, 0.3]), 15);
    }

    [Theory]
    [InlineData(10, 0.5)]
    [InlineData(50, 0.5)]
    [InlineData(200, 0.1)]
    public void Hoeffding_IsAboveTheExactAndTheSimulatedDeviationProbability(int n, double p)
    {
        foreach (double eps in new[] { 0.05, 0.1, 0.2 })
        {
            double exact = DeviationProbability.Exact(n, p, eps);
            double simulated = DeviationProbability.Simulate(n, p, eps, 200_000, 1);
            Assert.True(exact <= Bounds.Hoeffding(n, eps), $"n={n}, ε={eps}: {exact} > bound");
            Assert.True(simulated <= Bounds.Hoeffding(n, eps));
            // the simulation estimates the exact binomial sum: five standard errors
            Assert.InRange(simulated, exact - 5 * Math.Sqrt(exact * (1 - exact) / 200_000) - 1e-12, exact + 5 * Math.Sqrt(exact * (1 - exact) / 200_000) + 1e-12);
        }
    }

    [Fact]
    public void ExactDeviationProbability_OfTwoCoinFlips_IsHandWorked()
    {
        // n = 2, p = ½: X̄ ∈ {0, ½, 1} with probabilities ¼, ½, ¼; |X̄ − ½| ≥ 0.3 for X̄ = 0 or 1
        Assert.Equal(0.5, DeviationProbability.Exact(2, 0.5, 0.3), 15);
    }

    [Theory]
    [InlineData(10, 0.5, 0.1, 1 - 252.0 / 1024)]   // k = 4 and 6 sit on the boundary |k/10 − ½| = 0.1 and count
    [InlineData(20, 0.5, 0.1, 1 - (184756.0 + 2 * 167960) / 1048576)]   // only k = 9, 10, 11 are inside
    [InlineData(5, 0.6, 0.2, 1 - 10 * 0.216 * 0.16)]   // k = 2, 4 on the boundary count; only k = 3 is inside
    public void ExactDeviationProbability_CountsOutcomesExactlyOnTheBoundary(int n, double p, double eps, double expected) =>
        Assert.Equal(expected, DeviationProbability.Exact(n, p, eps), 14);

    [Fact]
    public void SampleComplexity_IsTheLeastNWhoseUniformBoundIsAtMostDelta()
    {
        foreach (var (h, eps, delta) in new[] { (1L, 0.1, 0.05), (100L, 0.05, 0.01), (1_000_000L, 0.02, 0.001) })
        {
            int n = Bounds.SampleComplexity(h, eps, delta);
            Assert.True(Bounds.UniformHoeffding(h, n, eps) <= delta);
            Assert.True(Bounds.UniformHoeffding(h, n - 1, eps) > delta);
            Assert.True(Bounds.Epsilon(h, n, delta) <= eps);
        }
        Assert.Equal(185, Bounds.SampleComplexity(1, 0.1, 0.05)); // ln(40)/0.02 = 184.4
    }
}
