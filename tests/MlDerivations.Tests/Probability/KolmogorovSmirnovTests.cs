using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

public sealed class KolmogorovSmirnovTests
{
    [Fact]
    public void Distance_OfHandWorkedSamplesAgainstTheUniformCdf()
    {
        static double Uniform(double x) => Math.Clamp(x, 0, 1);
        Assert.Equal(0.5, KolmogorovSmirnov.Distance([0.5], Uniform), 15);
        // sorted 0.1, 0.4, 0.7: steps 1/3, 2/3, 1 → max(1/3 − 0.1, 0.4 − 1/3, 2/3 − 0.4, 0.7 − 2/3, 1 − 0.7) = 0.3
        Assert.Equal(0.3, KolmogorovSmirnov.Distance([0.7, 0.1, 0.4], Uniform), 15);
    }

    [Fact]
    public void Distance_EqualsANaiveSupremumOverBothSidesOfEveryJump()
    {
        var x = new Gaussian(0.3, 1.5).Sample(300, 8);
        double naive = 0;
        foreach (double t in x)
        {
            double atOrBelow = x.Count(v => v <= t) / 300.0, below = x.Count(v => v < t) / 300.0;
            double f = StandardNormal.Cdf(t);
            naive = Math.Max(naive, Math.Max(Math.Abs(atOrBelow - f), Math.Abs(below - f)));
        }
        Assert.Equal(naive, KolmogorovSmirnov.Distance(x, StandardNormal.Cdf), 15);
    }

    [Fact]
    public void StandardNormalCdf_MatchesTabulatedValues()
    {
        // Abramowitz & Stegun table 26.1
        Assert.Equal(0.5, StandardNormal.Cdf(0), 15);
        Assert.Equal(0.8413447460685429, StandardNormal.Cdf(1), 14);
        Assert.Equal(0.9772498680518208, StandardNormal.Cdf(2), 14);
        Assert.Equal(1.3498980316301e-3, StandardNormal.Cdf(-3), 15);
        Assert.Equal(1.959963984540054, StandardNormal.Quantile(0.975), 12);
    }
}
