using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Data;

namespace MlDerivations.Tests.Data;

public sealed class OneHotTests
{
    private static Table Cars() => Table.FromColumns(
        ("mpg", new[] { 18.0, 30.0, 25.0, 20.0 }),
        ("origin", new string?[] { "USA", "Japan", "Europe", "Japan" }),
        ("cylinders", new[] { 8, 4, 4, 6 }));

    [Fact]
    public void OneHot_ReplacesTheColumnWithSortedIndicatorsInPlace()
    {
        Table t = Cars().OneHot("origin");
        Assert.Equal(new[] { "mpg", "origin=Europe", "origin=Japan", "origin=USA", "cylinders" }, t.ColumnNames);
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
        Table t = Cars().OneHot("origin", dropFirst: true);
        Assert.Equal(new[] { "mpg", "origin=Japan", "origin=USA", "cylinders" }, t.ColumnNames);
        // Europe is the reference: its row is all zeros
        var expected = Matrix<double>.Build.DenseOfArray(new[,] { { 0.0, 1.0 }, { 1.0, 0.0 }, { 0.0, 0.0 }, { 1.0, 0.0 } });
        Assert.Equal(expected, t.ToMatrix("origin=Japan", "origin=USA"));
    }

    [Fact]
    public void OneHot_EncodesANumericColumnByItsValuesInOrder()
    {
        Table t = Cars().OneHot("cylinders");
        Assert.Equal(new[] { "mpg", "origin", "cylinders=4", "cylinders=6", "cylinders=8" }, t.ColumnNames);
        Assert.Equal(new[] { 0.0, 1.0, 1.0, 0.0 }, t.Numeric("cylinders=4").ToArray());
        Assert.Equal(new[] { 1.0, 0.0, 0.0, 0.0 }, t.Numeric("cylinders=8").ToArray());
    }

    [Fact]
    public void OneHot_GivesAMissingRowNaNInEveryIndicator()
    {
        Table t = Table.FromColumns(("c", new string?[] { "a", null, "b" })).OneHot("c");
        Assert.Equal(new TableColumn("c=a", ColumnKind.Numeric, 1), t.Columns[0]);
        Assert.True(double.IsNaN(t.Numeric("c=a")[1]) && double.IsNaN(t.Numeric("c=b")[1]));
        Assert.Equal(1.0, t.Numeric("c=b")[2]);
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
        var error = Assert.Throws<ArgumentException>(() => Table.FromColumns(("c", new string?[] { "a", "a" })).OneHot("c", dropFirst: true));
        Assert.Equal("column", error.ParamName);
    }

    [Fact]
    public void OneHot_RejectsANameThatAlreadyExists()
    {
        Table t = Table.FromColumns(("c", new string?[] { "a", "b" }), ("c=a", new[] { 1.0, 2.0 }));
        Assert.Equal("column", Assert.Throws<ArgumentException>(() => t.OneHot("c")).ParamName);
    }
}
