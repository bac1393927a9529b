using MlDerivations.LearningTheory;
using MlDerivations.Probability;

namespace MlDerivations.Tests.LearningTheory;

public sealed class ThresholdErmTests
{
    private static double NaiveError(double[] x, bool[] y, double t) =>
        x.Zip(y, (v, label) => (v >= t) != label ? 1.0 : 0.0).Sum() / x.Length;

    [Fact]
    public void Fit_OnAHandWorkedSample_FindsTheOnlyPerfectThreshold()
    {
        // Labels 0 0 1 1 at x = 1 2 3 4: only t in (2, 3] separates; the midpoint candidate is 2.5.
        var rule = ThresholdErm.Fit([3.0, 1.0, 4.0, 2.0], [true, false, true, false]);

        Assert.Equal(2.5, rule.Threshold);
        Assert.Equal(0.0, rule.TrainingError);
    }

    [Fact]
    public void Errors_MatchANaiveLoopOverEveryThreshold_WithTies()
    {
        var rng = Rng.Create(4);
        var x = Enumerable.Range(0, 60).Select(_ => (double)rng.Next(0, 15)).ToArray(); // many ties
        var y = x.Select(v => rng.NextDouble() < v / 15).ToArray();
        double[] thresholds = [double.NegativeInfinity, -1, 0, 0.5, 3, 7, 7.25, 14, 14.5, double.PositiveInfinity];

        var errors = ThresholdErm.Errors(x, y, thresholds);

        for (int j = 0; j < thresholds.Length; j++)
            Assert.Equal(NaiveError(x, y, thresholds[j]), errors[j], 12);
    }

    [Fact]
    public void Fit_ReachesTheBruteForceMinimumOverAFineGrid()
    {
        var rng = Rng.Create(9);
        var x = Enumerable.Range(0, 80).Select(_ => rng.NextDouble()).ToArray();
        var y = x.Select(v => rng.NextDouble() < 0.2 + 0.6 * v).ToArray();
        double bruteForce = Enumerable.Range(-1, 2003).Select(k => NaiveError(x, y, k / 2000.0)).Min();

        var rule = ThresholdErm.Fit(x, y);

        Assert.Equal(bruteForce, rule.TrainingError, 12);
        Assert.Equal(rule.TrainingError, rule.Error(x, y), 12);
    }

    [Fact]
    public void Candidates_AreOnePerRealisableLabelling()
    {
        var candidates = ThresholdErm.Candidates([2.0, 0.0, 2.0, 1.0]);

        Assert.Equal([double.NegativeInfinity, 0.5, 1.5, double.PositiveInfinity], candidates);
    }

    [Fact]
    public void Fit_OverAFiniteClass_TakesTheFirstOfTiedCandidates()
    {
        // At x = 0, 1 with labels 1, 0 the rays t = −∞ (all 1) and t = +∞ (all 0) each err once: E_in = ½ for both.
        var rule = ThresholdErm.Fit([0.0, 1.0], [true, false], [double.PositiveInfinity, double.NegativeInfinity]);

        Assert.Equal(double.PositiveInfinity, rule.Threshold);
        Assert.Equal(0.5, rule.TrainingError);
    }
}
