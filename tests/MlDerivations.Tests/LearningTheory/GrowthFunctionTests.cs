using MathNet.Numerics.LinearAlgebra;
using MlDerivations.LearningTheory;
using MlDerivations.Probability;

namespace MlDerivations.Tests.LearningTheory;

public sealed class GrowthFunctionTests
{
    public static TheoryData<HypothesisClass, int> ClassesAndSizes()
    {
        var data = new TheoryData<HypothesisClass, int>();
        foreach (var c in Enum.GetValues<HypothesisClass>())
            for (int n = 1; n <= 8; n++) data.Add(c, n);
        return data;
    }

    [Theory]
    [MemberData(nameof(ClassesAndSizes))]
    public void BruteForceCount_EqualsTheClosedForm(HypothesisClass hypotheses, int n) =>
        Assert.Equal(GrowthFunction.Formula(hypotheses, n), GrowthFunction.Count(hypotheses, n));

    [Fact]
    public void ClosedForms_AtHandWorkedSizes()
    {
        Assert.Equal(5, GrowthFunction.Formula(HypothesisClass.Thresholds, 4));
        Assert.Equal(11, GrowthFunction.Formula(HypothesisClass.Intervals, 4));
        Assert.Equal(14, GrowthFunction.Formula(HypothesisClass.HalfPlanes, 4)); // 16 minus the two diagonal (XOR) labellings
    }

    [Theory]
    [InlineData(HypothesisClass.Thresholds, 1)]
    [InlineData(HypothesisClass.Intervals, 2)]
    [InlineData(HypothesisClass.HalfPlanes, 3)]
    public void VcDimension_IsWhereTheGrowthFunctionStopsBeingTwoToTheN(HypothesisClass hypotheses, int expected)
    {
        Assert.Equal(expected, GrowthFunction.VcDimension(hypotheses));
        Assert.Equal(1L << expected, GrowthFunction.Count(hypotheses, expected));
        Assert.True(GrowthFunction.Count(hypotheses, expected + 1) < 1L << (expected + 1));
    }

    [Fact]
    public void ThresholdLabellings_OfThreePoints_AreTheFourSuffixes()
    {
        var labellings = Dichotomies.Thresholds([2.0, 0.5, 1.0]).Select(l => string.Concat(l.Select(b => b ? '1' : '0'))).OrderBy(s => s);
        Assert.Equal(["000", "100", "101", "111"], labellings);
    }

    [Theory]
    [InlineData(4, 1)]
    [InlineData(6, 2)]
    [InlineData(8, 3)]
    [InlineData(10, 4)]
    public void HalfPlaneLabellings_OfRandomPoints_EqualAnExactAngularSweep(int n, int seed)
    {
        var points = Matrix<double>.Build.Dense(n, 2);
        var rng = Rng.Create(seed);
        for (int i = 0; i < n; i++) { points[i, 0] = rng.NextDouble(); points[i, 1] = rng.NextDouble(); }
        var fast = Dichotomies.HalfPlanes(points).Select(Key).ToHashSet();
        Assert.Equal(Sweep(points), fast);
        Assert.Equal(n * n - n + 2, fast.Count); // Cover: the same count for every set in general position
    }

    /// <summary>
    /// Independent enumeration: a half-plane labels by a direction u, the points whose projection on u
    /// is largest. The order of projections changes only at directions perpendicular to some p_j − p_i,
    /// so one direction strictly between each pair of consecutive critical angles, with every split of
    /// its sorted order, gives every labelling.
    /// </summary>
    private static HashSet<string> Sweep(Matrix<double> p)
    {
        int n = p.RowCount;
        var critical = new List<double>();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                double angle = Math.Atan2(p[j, 1] - p[i, 1], p[j, 0] - p[i, 0]) + Math.PI / 2;
                critical.Add(Mod(angle)); critical.Add(Mod(angle + Math.PI));
            }
        critical.Sort();
        var result = new HashSet<string>();
        for (int c = 0; c < critical.Count; c++)
        {
            double next = c + 1 < critical.Count ? critical[c + 1] : critical[0] + 2 * Math.PI;
            double theta = (critical[c] + next) / 2;
            var order = Enumerable.Range(0, n).OrderByDescending(i => p[i, 0] * Math.Cos(theta) + p[i, 1] * Math.Sin(theta)).ToArray();
            for (int top = 0; top <= n; top++)
            {
                var label = new bool[n];
                foreach (int i in order.Take(top)) label[i] = true;
                result.Add(Key(label));
            }
        }
        return result;
    }

    private static double Mod(double angle) => ((angle % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);

    private static string Key(bool[] label) => string.Concat(label.Select(b => b ? '1' : '0'));
}
