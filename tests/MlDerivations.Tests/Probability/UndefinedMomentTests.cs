using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

/// <summary>
/// Moments and modes that exist only for some parameters: hand-worked values where they exist, an
/// <see cref="InvalidOperationException"/> that says when they exist where they do not.
/// </summary>
public sealed class UndefinedMomentTests
{
    [Fact]
    public void BetaMode_IsAlphaMinusOneOverAlphaPlusBetaMinusTwo()
    {
        // (2 − 1)/(2 + 5 − 2) = 1/5, worked by hand.
        Assert.Equal(0.2, new Beta(2, 5).Mode, 15);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(0.5, 2)]
    [InlineData(3, 1)]
    [InlineData(0.5, 0.5)]
    public void BetaMode_ThrowsSayingItNeedsAlphaAndBetaAboveOne(double alpha, double beta)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Beta(alpha, beta).Mode);

        Assert.StartsWith("Beta.Mode is defined only when α > 1 and β > 1; got α = ", error.Message);
    }

    [Fact]
    public void StudentTMoments_AreLocationAndScaleSquaredTimesNuOverNuMinusTwo()
    {
        var t = new StudentT(5, 1, 2);

        Assert.Equal(1, t.Mean);
        Assert.Equal(4 * 5 / 3.0, t.Variance, 14);   // s²ν/(ν − 2) = 4·5/3
    }

    [Fact]
    public void StudentTVariance_IsInfiniteBetweenOneAndTwoDegreesOfFreedom()
    {
        var t = new StudentT(1.5, 3, 1);

        Assert.Equal(3, t.Mean);
        Assert.Equal(double.PositiveInfinity, t.Variance);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0.5)]
    public void StudentTMean_ThrowsSayingItNeedsNuAboveOne(double nu)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new StudentT(nu).Mean);

        Assert.StartsWith("StudentT.Mean is defined only for ν > 1; got ν = ", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0.5)]
    public void StudentTVariance_ThrowsSayingItNeedsNuAboveOneAndIsFiniteAboveTwo(double nu)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new StudentT(nu).Variance);

        Assert.StartsWith("StudentT.Variance is defined only for ν > 1 (finite for ν > 2); got ν = ", error.Message);
    }
}
