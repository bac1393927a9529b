using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Optimization;

namespace MlDerivations.Tests.Optimization;

/// <summary>The two-loop recursion (4.9) against the dense BFGS inverse-Hessian update on the same pairs.</summary>
public sealed class LbfgsTwoLoopTests
{
    private static Vector<double> V(params double[] a) => Vector<double>.Build.DenseOfArray(a);

    /// <summary>Pairs (s, y = A s) from an SPD A, so that every yᵀs &gt; 0; seeded for determinism.</summary>
    private static List<(Vector<double> S, Vector<double> Y)> Pairs(int n, int m, int seed)
    {
        var random = new Random(seed);
        var b = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextDouble() - 0.5);
        var a = b * b.Transpose() + Matrix<double>.Build.DenseIdentity(n);
        return Enumerable.Range(0, m).Select(_ =>
        {
            var s = Vector<double>.Build.Dense(n, _ => random.NextDouble() - 0.5);
            return (s, a * s);
        }).ToList();
    }

    /// <summary>H⁰ = γI from the newest pair, then H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ for each pair, oldest first: formed densely.</summary>
    private static Matrix<double> DenseBfgs(IReadOnlyList<(Vector<double> S, Vector<double> Y)> pairs)
    {
        int n = pairs[0].S.Count;
        var (sNew, yNew) = pairs[^1];
        var h = Matrix<double>.Build.DenseIdentity(n) * (sNew.DotProduct(yNew) / yNew.DotProduct(yNew));
        var identity = Matrix<double>.Build.DenseIdentity(n);
        foreach (var (s, y) in pairs)
        {
            double rho = 1 / y.DotProduct(s);
            var left = identity - rho * s.OuterProduct(y);
            h = left * h * left.Transpose() + rho * s.OuterProduct(s);
        }
        return h;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 3)]
    [InlineData(8, 8)]
    [InlineData(6, 10)]
    public void InverseHessianTimes_EqualsTheDenseBfgsUpdate(int n, int m)
    {
        var pairs = Pairs(n, m, seed: 10 * n + m);
        var dense = DenseBfgs(pairs);
        var random = new Random(7);
        for (int t = 0; t < 5; t++)
        {
            var v = Vector<double>.Build.Dense(n, _ => random.NextDouble() - 0.5);
            var expected = dense * v;
            // Both sides are O(m n²) roundings of numbers of size ~‖H‖‖v‖: 1e-12 relative is generous rounding, not slack.
            Assert.True((Lbfgs.InverseHessianTimes(pairs, v) - expected).L2Norm() <= 1e-12 * (1 + expected.L2Norm()),
                $"two-loop {Lbfgs.InverseHessianTimes(pairs, v)} vs dense {expected}");
        }
    }

    [Fact]
    public void InverseHessianTimes_SatisfiesTheSecantConditionForTheNewestPair()
    {
        var pairs = Pairs(6, 4, seed: 3);
        var (s, y) = pairs[^1];
        Assert.True((Lbfgs.InverseHessianTimes(pairs, y) - s).L2Norm() <= 1e-12 * s.L2Norm());
    }

    [Fact]
    public void InverseHessianTimes_WithOnePairIsTheHandWorkedProduct()
    {
        // s = (1, 0), y = (2, 0): γ = ½, ρ = ½; H = (I − ρsyᵀ)γ(I − ρysᵀ) + ρssᵀ = diag(½, ½).
        var h = Lbfgs.InverseHessianTimes([(V(1, 0), V(2, 0))], V(4, 6));
        Assert.Equal(2, h[0], 14);
        Assert.Equal(3, h[1], 14);
    }

    [Fact]
    public void InverseHessianTimes_ThrowsWhenThereAreNoPairs()
    {
        var e = Assert.Throws<ArgumentException>(() => Lbfgs.InverseHessianTimes([], V(1, 2)));
        Assert.Equal("pairs", e.ParamName);
    }

    [Fact]
    public void InverseHessianTimes_ThrowsWhenACurvaturePairHasNonPositiveYTransposeS()
    {
        var e = Assert.Throws<ArgumentException>(() => Lbfgs.InverseHessianTimes([(V(1, 0), V(-1, 0))], V(1, 2)));
        Assert.Equal("pairs", e.ParamName);
        Assert.Contains("yᵀs > 0", e.Message);
    }

    [Fact]
    public void InverseHessianTimes_ThrowsOnALengthMismatch()
    {
        var e = Assert.Throws<ArgumentException>(() => Lbfgs.InverseHessianTimes([(V(1, 0, 0), V(1, 0, 0))], V(1, 2)));
        Assert.Equal("pairs", e.ParamName);
    }
}
