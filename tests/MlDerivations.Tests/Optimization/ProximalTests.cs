using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Optimization;

namespace MlDerivations.Tests.Optimization;

public sealed class ProximalTests
{
    [Theory]
    [InlineData(3.0, 1.0, 2.0)]
    [InlineData(-3.0, 1.0, -2.0)]
    [InlineData(0.5, 1.0, 0.0)]
    [InlineData(-1.0, 1.0, 0.0)]
    [InlineData(2.0, 0.0, 2.0)]
    public void SoftThreshold_MatchesHandWorkedValues(double z, double t, double expected) =>
        Assert.Equal(expected, Proximal.SoftThreshold(z, t));

    [Fact]
    public void SoftThreshold_MinimisesTheProximalObjectiveOnAFineGrid()
    {
        // ½(x − z)² + t|x| evaluated on a grid of spacing 1e-4: the grid minimiser is within one spacing of S(z, t).
        foreach (double z in new[] { -2.3, -0.4, 0.0, 0.7, 1.9 })
            foreach (double t in new[] { 0.0, 0.5, 1.0 })
            {
                double best = double.MaxValue, argmin = 0;
                for (int i = -40000; i <= 40000; i++)
                {
                    double x = i * 1e-4, value = 0.5 * (x - z) * (x - z) + t * Math.Abs(x);
                    if (value < best) (best, argmin) = (value, x);
                }
                Assert.True(Math.Abs(argmin - Proximal.SoftThreshold(z, t)) <= 1e-4 + 1e-12, $"z = {z}, t = {t}: grid {argmin}");
            }
    }

    [Fact]
    public void L1_ShrinksEachCoordinate()
    {
        var result = Proximal.L1(Vector<double>.Build.DenseOfArray([3.0, -0.2, -1.5]), 0.5);
        Assert.Equal([2.5, 0.0, -1.0], result.ToArray());
    }

    [Fact]
    public void L1_ThrowsOnANegativeThreshold()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Proximal.L1(Vector<double>.Build.Dense(2), -1));
        Assert.Equal("t", e.ParamName);
    }

    [Fact]
    public void L1_ThrowsOnANonFiniteVector()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Proximal.L1(Vector<double>.Build.DenseOfArray([1.0, double.NaN]), 1));
        Assert.Equal("z", e.ParamName);
    }
}
