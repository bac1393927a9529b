using Microsoft.Data.Analysis;
using MlDerivations.Data;

namespace MlDerivations.Tests.Data;

public sealed class SplitTests
{
    // Row ids 0..n−1 in a column, so each part tells which rows it holds.
    private static DataFrame Numbered(int n) => new(
        new Int32DataFrameColumn("id", Enumerable.Range(0, n)),
        new StringDataFrameColumn("label", Enumerable.Range(0, n).Select(i => $"row {i}")));

    private static int[] Ids(DataFrame t) => t.Numeric("id").Select(v => (int)v).ToArray();

    [Fact]
    public void TrainTestSplit_IsDisjointCoversEveryRowAndTakesTheCeilingOfTheFraction()
    {
        var (train, test) = Numbered(103).TrainTestSplit(0.25, seed: 7);
        Assert.Equal(26, test.Rows.Count); // ⌈0.25 · 103⌉ = ⌈25.75⌉
        Assert.Equal(77, train.Rows.Count);
        Assert.Empty(Ids(train).Intersect(Ids(test)));
        Assert.Equal(Enumerable.Range(0, 103), Ids(train).Concat(Ids(test)).Order());
        Assert.Equal(Ids(test).Order(), Ids(test)); // frame order kept
        Assert.Equal(Ids(test).Select(i => $"row {i}"), test.Categorical("label")); // rows stay whole
    }

    [Fact]
    public void TrainTestSplit_AndKFolds_MatchAnIndependentReimplementationOfTheShuffle()
    {
        // Fixtures/seeded_shuffle.py: SplitMix64 + Fisher–Yates written again in Python.
        var (train, test) = Numbered(10).TrainTestSplit(0.3, seed: 3);
        Assert.Equal(new[] { 2, 7, 8 }, Ids(test));
        Assert.Equal(new[] { 0, 1, 3, 4, 5, 6, 9 }, Ids(train));
        var folds = Numbered(7).KFolds(3, seed: 4);
        Assert.Equal(new[] { new[] { 0, 1, 3 }, new[] { 2, 5 }, new[] { 4, 6 } }, folds.Select(f => Ids(f.Test)));
        Assert.Equal(new[] { 2, 4, 5, 6 }, Ids(folds[0].Train));
    }

    [Fact]
    public void TrainTestSplit_IsReproducibleForASeedAndDiffersAcrossSeeds()
    {
        DataFrame t = Numbered(50);
        Assert.Equal(Ids(t.TrainTestSplit(0.2, 1).Test), Ids(t.TrainTestSplit(0.2, 1).Test));
        Assert.NotEqual(Ids(t.TrainTestSplit(0.2, 1).Test), Ids(t.TrainTestSplit(0.2, 2).Test));
    }

    [Fact]
    public void TrainTestSplit_IsNotJustTheLastRows()
    {
        var (_, test) = Numbered(100).TrainTestSplit(0.1, seed: 3);
        Assert.NotEqual(Enumerable.Range(90, 10), Ids(test));
        Assert.NotEqual(Enumerable.Range(0, 10), Ids(test));
    }

    [Fact]
    public void KFolds_TestEachRowExactlyOnceWithSizesDifferingByAtMostOne()
    {
        var folds = Numbered(23).KFolds(5, seed: 11);
        Assert.Equal(5, folds.Count);
        Assert.Equal(new long[] { 5, 5, 5, 4, 4 }, folds.Select(f => f.Test.Rows.Count)); // 23 = 3·5 + 2·4
        Assert.Equal(Enumerable.Range(0, 23), folds.SelectMany(f => Ids(f.Test)).Order());
        foreach (var (train, test) in folds)
        {
            Assert.Empty(Ids(train).Intersect(Ids(test)));
            Assert.Equal(23, train.Rows.Count + test.Rows.Count);
        }
    }

    [Fact]
    public void KFolds_IsReproducibleForASeed()
    {
        var a = Numbered(30).KFolds(3, seed: 5).Select(f => Ids(f.Test)).ToArray();
        var b = Numbered(30).KFolds(3, seed: 5).Select(f => Ids(f.Test)).ToArray();
        Assert.Equal(a, b);
        Assert.NotEqual(a[0], Enumerable.Range(0, 10)); // shuffled, not contiguous blocks
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(0.999)] // ⌈0.999 · 10⌉ = 10 leaves no training row
    public void TrainTestSplit_RejectsAFractionOutsideTheOpenUnitInterval(double fraction)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Numbered(10).TrainTestSplit(fraction, 1));
        Assert.Equal("testFraction", error.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(11)]
    public void KFolds_RejectsKOutsideTwoToN(int k)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Numbered(10).KFolds(k, 1));
        Assert.Equal("k", error.ParamName);
        Assert.StartsWith($"DataFrame.K must be in {{2, …, 10}} (2 to the row count); got {k}.", error.Message);
    }

    [Fact]
    public void Splits_RejectANullFrame()
    {
        Assert.Equal("frame", Assert.Throws<ArgumentNullException>(() => ((DataFrame)null!).TrainTestSplit(0.5, 1)).ParamName);
        Assert.Equal("frame", Assert.Throws<ArgumentNullException>(() => ((DataFrame)null!).KFolds(2, 1)).ParamName);
    }
}
