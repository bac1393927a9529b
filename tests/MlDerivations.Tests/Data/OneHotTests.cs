using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using MlDerivations.Data;

namespace MlDerivations.Tests.Data;

public sealed class OneHotTests
{
    private static DataFrame Cars() => new(
        new DoubleDataFrameColumn("mpg", new[] { 18.0, 30.0, 25.0, 20.0 }),
        new StringDataFrameColumn("origin", new[] { "USA", "Japan", "Europe", "Japan" }),
        new DoubleDataFrameColumn("cylinders", new[] { 8.0, 4, 4, 6 }));

    private static string[] Names(DataFrame t) => t.Columns.Select(c => c.Name).ToArray();

    [Fact]
    public void OneHot_ReplacesTheColumnWithSortedIndicatorsInPlace()
    {
        DataFrame t = Cars().OneHot("origin");
        Assert.Equal(new[] { "mpg", "origin=Europe", "origin=Japan", "origin=USA", "cylinders" }, Names(t));
        // hand table: USA, Japan, Europe, Japan
        var expected = Matrix<double>.Build.DenseOfArray(new[,]
        {
            { 0.0, 0.0, 1.0 },
            { 0.0, 1.0, 0.0 },
            { 1.0, 0.0, 0.0 },
            { 0.0, 1.0, 0.0 },
        });
        Assert.Equal(expected, t.ToMatrix("origin=Europe", "origin=Japan", "origin=USA"));
    }

    [Fact]
    public void OneHot_WithDropFirstLeavesOutTheReferenceLevel()
    {
        DataFrame t = Cars().OneHot("origin", dropFirst: true);
        Assert.Equal(new[] { "mpg", "origin=Japan", "origin=USA", "cylinders" }, Names(t));
        // Europe is the reference: its row is all zeros
        var expected = Matrix<double>.Build.DenseOfArray(new[,] { { 0.0, 1.0 }, { 1.0, 0.0 }, { 0.0, 0.0 }, { 1.0, 0.0 } });
        Assert.Equal(expected, t.ToMatrix("origin=Japan", "origin=USA"));
    }

    [Fact]
    public void OneHot_EncodesANumericColumnByItsValuesInOrder()
    {
        DataFrame t = Cars().OneHot("cylinders");
        Assert.Equal(new[] { "mpg", "origin", "cylinders=4", "cylinders=6", "cylinders=8" }, Names(t));
        Assert.Equal(new[] { 0.0, 1.0, 1.0, 0.0 }, t.Numeric("cylinders=4").ToArray());
        Assert.Equal(new[] { 1.0, 0.0, 0.0, 0.0 }, t.Numeric("cylinders=8").ToArray());
    }

    [Fact]
    public void OneHot_GivesAMissingRowNullInEveryIndicator()
    {
        DataFrame t = new DataFrame(new StringDataFrameColumn("c", new[] { "a", null, "b" })).OneHot("c");
        Assert.IsType<DoubleDataFrameColumn>(t.Columns[0]);
        Assert.Equal((1L, 1L), (t["c=a"].NullCount, t["c=b"].NullCount));
        Assert.Null(t["c=a"][1]);
        Assert.Equal(new object?[] { 0.0, null, 1.0 }, new[] { t["c=b"][0], t["c=b"][1], t["c=b"][2] });
    }

    [Fact]
    public void OneHot_LeavesItsInputUnchanged()
    {
        DataFrame cars = Cars();
        _ = cars.OneHot("origin");
        Assert.Equal(new[] { "mpg", "origin", "cylinders" }, Names(cars));
    }

    [Fact]
    public void OneHot_RejectsANullFrame()
    {
        Assert.Equal("frame", Assert.Throws<ArgumentNullException>(() => ((DataFrame)null!).OneHot("c")).ParamName);
    }

    [Theory]
    [InlineData("nope", false)]
    [InlineData(null, false)]
    public void OneHot_RejectsAnUnknownColumn(string? column, bool dropFirst)
    {
        var error = Assert.Throws<ArgumentException>(() => Cars().OneHot(column!, dropFirst));
        Assert.Equal("column", error.ParamName);
    }

    [Fact]
    public void OneHot_RejectsDroppingTheOnlyLevel()
    {
        var error = Assert.Throws<ArgumentException>(() => new DataFrame(new StringDataFrameColumn("c", new[] { "a", "a" })).OneHot("c", dropFirst: true));
        Assert.Equal("column", error.ParamName);
    }

    [Fact]
    public void OneHot_RejectsANameThatAlreadyExists()
    {
        var t = new DataFrame(new StringDataFrameColumn("c", new[] { "a", "b" }), new DoubleDataFrameColumn("c=a", new[] { 1.0, 2.0 }));
        Assert.Equal("column", Assert.Throws<ArgumentException>(() => t.OneHot("c")).ParamName);
    }
}
