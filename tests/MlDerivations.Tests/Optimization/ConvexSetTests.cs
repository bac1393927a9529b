using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Optimization;

namespace MlDerivations.Tests.Optimization;

/// <summary>Projections (4.10) against brute force and the variational inequality that characterises them.</summary>
public sealed class ConvexSetTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    [Fact]
    public void BoxProjection_ClampsEachCoordinate()
    {
        var box = ConvexSet.Box(V(-1, 0, double.NegativeInfinity), V(1, 2, 3));
        Assert.Equal(V(-1, 0.5, -100), box.Project(V(-5, 0.5, -100)));
        Assert.Equal(V(1, 2, 3), box.Project(V(7, 9, 4)));
    }

    [Fact]
    public void SimplexProjection_MatchesBruteForceOverEverySupport()
    {
        var random = new Random(11);
        var simplex = ConvexSet.Simplex(4, radius: 2);
        for (int trial = 0; trial < 200; trial++)
        {
            var z = Vector<double>.Build.Dense(4, _ => random.NextDouble() * 6 - 3);
            Assert.True((simplex.Project(z) - BruteForceSimplex(z, 2)).InfinityNorm() <= 1e-12, $"z = {z}");
        }
    }

    [Fact]
    public void SimplexProjection_OfAHandWorkedPointIsExact()
    {
        // z = (0.5, 0.3, −0.2): τ = (0.5 + 0.3 − 1)/2 = −0.1, so P(z) = (0.6, 0.4, 0).
        var p = ConvexSet.Simplex(3).Project(V(0.5, 0.3, -0.2));
        Assert.True((p - V(0.6, 0.4, 0)).InfinityNorm() <= 1e-15);
    }

    [Fact]
    public void BallProjection_PullsOutsidePointsRadiallyAndKeepsInsidePoints()
    {
        var ball = ConvexSet.Ball(V(1, 1), 2);
        Assert.True((ball.Project(V(1, 5)) - V(1, 3)).InfinityNorm() <= 1e-15);
        Assert.Equal(V(2, 0.5), ball.Project(V(2, 0.5)));
    }

    [Theory]
    [InlineData("box")]
    [InlineData("simplex")]
    [InlineData("ball")]
    public void Projection_SatisfiesTheVariationalInequalityAgainstRandomPointsOfTheSet(string kind)
    {
        // P = P_C(z) iff P ∈ C and (z − P)ᵀ(y − P) ≤ 0 for every y ∈ C; it is then no farther from z than any y.
        var random = new Random(kind.Length);
        var (set, sample) = kind switch
        {
            "box" => (ConvexSet.Box(V(-1, 0, 2), V(1, 3, 2.5)), (Func<Vector<double>>)(() => V(random.NextDouble() * 2 - 1, random.NextDouble() * 3, 2 + random.NextDouble() / 2))),
            "simplex" => (ConvexSet.Simplex(3), () => { var e = V(-Math.Log(random.NextDouble()), -Math.Log(random.NextDouble()), -Math.Log(random.NextDouble())); return e / e.Sum(); }),
            _ => (ConvexSet.Ball(V(0.5, -0.5, 1), 1.5), () => { var u = V(random.NextDouble() - 0.5, random.NextDouble() - 0.5, random.NextDouble() - 0.5); return V(0.5, -0.5, 1) + u.Normalize(2) * 1.5 * random.NextDouble(); }),
        };
        for (int trial = 0; trial < 50; trial++)
        {
            var z = Vector<double>.Build.Dense(3, _ => random.NextDouble() * 8 - 4);
            var p = set.Project(z);
            Assert.True(set.Contains(p, 1e-12));
            for (int j = 0; j < 50; j++)
            {
                var y = sample();
                Assert.True((z - p).DotProduct(y - p) <= 1e-12);
                Assert.True((z - p).L2Norm() <= (z - y).L2Norm() + 1e-12);
            }
        }
    }

    [Fact]
    public void Contains_RejectsPointsOutsideEachSet()
    {
        Assert.False(ConvexSet.Box(V(0, 0), V(1, 1)).Contains(V(0.5, 1.1)));
        Assert.False(ConvexSet.Simplex(2).Contains(V(0.5, 0.6)));
        Assert.False(ConvexSet.Simplex(2).Contains(V(1.1, -0.1)));
        Assert.False(ConvexSet.Ball(V(0, 0), 1).Contains(V(0.8, 0.8)));
        Assert.True(ConvexSet.Ball(V(0, 0), 1).Contains(V(0.6, 0.8)));
    }

    /// <summary>Tries every support S: on S the projection onto {Σx = r} is x_S = z_S − (Σz_S − r)/|S|; keeps the nearest feasible one.</summary>
    private static Vector<double> BruteForceSimplex(Vector<double> z, double r)
    {
        Vector<double>? best = null;
        for (int mask = 1; mask < 1 << z.Count; mask++)
        {
            var support = Enumerable.Range(0, z.Count).Where(i => (mask >> i & 1) == 1).ToList();
            double shift = (support.Sum(i => z[i]) - r) / support.Count;
            var x = Vector<double>.Build.Dense(z.Count, i => support.Contains(i) ? z[i] - shift : 0);
            if (x.Minimum() < 0) continue;
            if (best is null || (x - z).L2Norm() < (best - z).L2Norm()) best = x;
        }
        return best!;
    }
}
