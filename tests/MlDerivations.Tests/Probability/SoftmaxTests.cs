using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

public sealed class SoftmaxTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.Dense(values);

    [Fact]
    public void LogSumExp_OfHandWorkedVectors_IsExact()
    {
        Assert.Equal(Math.Log(3), Softmax.LogSumExp(V(0, 0, 0)), 15);
        Assert.Equal(2 + Math.Log(1 + Math.Exp(-1) + Math.Exp(-2)), Softmax.LogSumExp(V(0, 1, 2)), 14);
        Assert.Equal(-7.5, Softmax.LogSumExp(V(-7.5)));
    }

    [Fact]
    public void LogSumExp_AgreesWithTheNaiveSumWhereThatIsSafe()
    {
        var rng = Rng.Create(21);
        for (int trial = 0; trial < 200; trial++)
        {
            var z = Vector<double>.Build.Dense(1 + trial % 7, _ => 10 * Gaussian.Standard.Sample(rng));
            double naive = Math.Log(z.Sum(Math.Exp));                    // |z| ≲ 50: no overflow or underflow
            Assert.True(Math.Abs(Softmax.LogSumExp(z) - naive) <= 1e-13 * Math.Max(1, Math.Abs(naive)), $"trial {trial}");
        }
    }

    [Fact]
    public void LogSumExp_StaysFiniteWhereTheNaiveSumOverflowsOrUnderflows()
    {
        Assert.True(double.IsPositiveInfinity(Math.Log(Math.Exp(1000.0) + Math.Exp(1000.0))));
        Assert.Equal(1000 + Math.Log(2), Softmax.LogSumExp(V(1000, 1000)), 12);
        Assert.Equal(0.0, Math.Exp(-1000.0));
        Assert.Equal(-1000 + Math.Log(1 + Math.Exp(-3)), Softmax.LogSumExp(V(-1000, -1003)), 12);
    }

    [Fact]
    public void LogSumExp_IsShiftEquivariant()
    {
        var z = V(0.3, -1.2, 2.5, 0.0);
        foreach (double c in new[] { -800.0, -3.0, 5.0, 900.0 })
            Assert.Equal(Softmax.LogSumExp(z) + c, Softmax.LogSumExp(z.Add(c)), 12);
    }

    [Fact]
    public void Probabilities_AreTheNormalisedExponentialsAndSumToOne()
    {
        var z = V(1, 2, 3);
        double total = Math.Exp(1) + Math.Exp(2) + Math.Exp(3);
        var p = Softmax.Probabilities(z);
        for (int k = 0; k < 3; k++) Assert.Equal(Math.Exp(k + 1) / total, p[k], 15);
        Assert.Equal(1, p.Sum(), 15);
        var far = Softmax.Probabilities(V(1000, 1001, 1002));                 // z shifted by 999: z − max is exact
        for (int k = 0; k < 3; k++) Assert.Equal(p[k], far[k], 14);
    }

    [Fact]
    public void LogProbabilities_StayAccurateWherePUnderflows()
    {
        var logP = Softmax.LogProbabilities(V(0, -800));
        Assert.Equal(0.0, Softmax.Probabilities(V(0, -800))[1]);               // e^−800 underflows…
        Assert.Equal(-800, logP[1], 12);                                        // …its logarithm does not
        Assert.Equal(0, logP[0], 15);
    }

    [Fact]
    public void CrossEntropy_IsMinusTheLogProbabilityOfTheLabel()
    {
        var z = V(2.0, -1.0, 0.5);
        double byHand = -Math.Log(Math.Exp(0.5) / (Math.Exp(2.0) + Math.Exp(-1.0) + Math.Exp(0.5)));
        Assert.Equal(byHand, Softmax.CrossEntropy(z, 2), 14);
        Assert.Equal(Math.Log(2), Softmax.CrossEntropy(V(4, 4), 0), 15);
        Assert.Equal(1000, Softmax.CrossEntropy(V(0, 1000), 0), 12);            // ln p₀ = −1000, no overflow
    }

    [Fact]
    public void CrossEntropyGradient_IsSoftmaxMinusOneHot_ByFiniteDifferences()
    {
        var z = V(0.4, -1.1, 2.0, 0.7);
        const int y = 1;
        var numeric = MlDerivations.LinearAlgebra.FiniteDifferences.Gradient(v => Softmax.CrossEntropy(v, y), z);
        var analytic = Softmax.Probabilities(z) - Vector<double>.Build.Dense(4, k => k == y ? 1 : 0);
        // central differences with h ≈ 6e-6: truncation h²/6·|L‴| ≤ 1e-11 (|L‴| ≤ 0.1), rounding ε|L|/h ≈ 1e-10
        Assert.True((numeric - analytic).AbsoluteMaximum() < 1e-9, $"{numeric} vs {analytic}");
    }

    [Theory]
    [InlineData(new double[0], "logits")]
    [InlineData(new[] { 1.0, double.NaN }, "logits")]
    [InlineData(new[] { double.PositiveInfinity }, "logits")]
    public void LogSumExp_ThrowsOnEmptyOrNonFiniteLogits(double[] logits, string parameter) =>
        InvalidInputAssert.Throws(() => Softmax.LogSumExp(V(logits)), typeof(ArgumentException), parameter);

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void CrossEntropy_ThrowsWhenTheLabelIsNoClass(int label) =>
        InvalidInputAssert.Throws(() => Softmax.CrossEntropy(V(1, 2, 3), label), typeof(ArgumentOutOfRangeException), "label");
}
