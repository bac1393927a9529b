using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using MlDerivations.Data;

namespace MlDerivations.Tests.Data;

public sealed class DataFrameBridgeTests
{
    // A hand-made frame: 4 rows, one missing number (row 2) and one missing label (row 3).
    private static DataFrame Sample() => new(
        new DoubleDataFrameColumn("x", new double?[] { 1, 2, null, 4 }),
        new Int32DataFrameColumn("n", new[] { 10, 20, 30, 40 }),
        new StringDataFrameColumn("label", new[] { "a", "b", "a", null }));

    [Fact]
    public void ToMatrix_PutsTheNamedColumnsSideBySide()
    {
        Matrix<double> x = Sample().DropMissing("x").ToMatrix("n", "x");
        var expected = Matrix<double>.Build.DenseOfArray(new[,] { { 10.0, 1.0 }, { 20.0, 2.0 }, { 40.0, 4.0 } });
        Assert.Equal(expected, x);
    }

    [Fact]
    public void ToMatrix_WithoutNamesTakesEveryNumericColumn()
    {
        Matrix<double> x = Sample().DropMissing().ToMatrix();
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 10.0 }, { 2.0, 20.0 } }), x);
    }

    [Fact]
    public void ToMatrix_RefusesAMissingValueNamingTheColumnAndTheRow()
    {
        var error = Assert.Throws<ArgumentException>(() => Sample().ToMatrix("n", "x"));
        Assert.Equal("columns", error.ParamName);
        Assert.StartsWith("DataFrame.Columns must name columns without missing values; got column 'x' missing at row 2 (0-based; 1 missing in all); call DropMissing first.", error.Message);
    }

    [Fact]
    public void ToMatrix_RefusesNaNAsAMissingValue()
    {
        var frame = new DataFrame(new DoubleDataFrameColumn("v", new[] { 1.0, double.NaN }));
        Assert.Contains("missing at row 1", Assert.Throws<ArgumentException>(() => frame.ToMatrix()).Message);
        Assert.Equal(new[] { 1.0 }, frame.DropMissing().Numeric("v").ToArray());
    }

    [Fact]
    public void Numeric_GivesANewVectorAndRefusesMissingValues()
    {
        DataFrame t = Sample();
        Vector<double> n = t.Numeric("n");
        n[0] = -1;
        Assert.Equal(new[] { 10.0, 20.0, 30.0, 40.0 }, t.Numeric("n").ToArray());
        var error = Assert.Throws<ArgumentException>(() => t.Numeric("x"));
        Assert.Equal("name", error.ParamName);
        Assert.Contains("column 'x' missing at row 2", error.Message);
    }

    [Fact]
    public void Categorical_GivesTheLabelsWithNullWhereMissing()
    {
        DataFrame t = Sample();
        string?[] labels = t.Categorical("label");
        Assert.Equal(new string?[] { "a", "b", "a", null }, labels);
        labels[0] = "changed";
        Assert.Equal("a", t.Categorical("label")[0]);
    }

    [Fact]
    public void DropMissing_ChecksOnlyTheNamedColumns()
    {
        Assert.Equal(new[] { 10.0, 20.0, 40.0 }, Sample().DropMissing("x").Numeric("n").ToArray());
        Assert.Equal(new[] { 10.0, 20.0, 30.0 }, Sample().DropMissing("label").Numeric("n").ToArray());
        Assert.Equal(new[] { 10.0, 20.0 }, Sample().DropMissing().Numeric("n").ToArray());
        Assert.Equal(4, Sample().DropMissing("n").Rows.Count);
    }

    [Fact]
    public void DropMissing_LeavesItsInputUnchanged()
    {
        DataFrame t = Sample();
        _ = t.DropMissing();
        Assert.Equal(4, t.Rows.Count);
    }

    public static TheoryData<Action, string> InvalidCalls() => new()
    {
        { () => Sample().Numeric("missing"), "name" },
        { () => Sample().Numeric("label"), "name" },
        { () => Sample().Numeric(null!), "name" },
        { () => ((DataFrame)null!).Numeric("x"), "frame" },
        { () => Sample().Categorical("x"), "name" },
        { () => Sample().Categorical("nope"), "name" },
        { () => ((DataFrame)null!).Categorical("x"), "frame" },
        { () => Sample().ToMatrix("label"), "columns" },
        { () => Sample().ToMatrix("x"), "columns" },
        { () => Sample().ToMatrix("nope"), "columns" },
        { () => Sample().ToMatrix(null!), "columns" },
        { () => ((DataFrame)null!).ToMatrix(), "frame" },
        { () => Sample().DropMissing("nope"), "columns" },
        { () => Sample().DropMissing(null!), "columns" },
        { () => ((DataFrame)null!).DropMissing(), "frame" },
    };

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public void PublicEntries_RejectInvalidInputNamingTheParameter(Action call, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(call);
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void ErrorMessages_FollowTheTypeParameterRuleValueShape()
    {
        var error = Assert.Throws<ArgumentException>(() => Sample().Numeric("agee"));
        Assert.StartsWith("DataFrame.Name must name a column of the data frame (x, n, label); got 'agee'.", error.Message);
        error = Assert.Throws<ArgumentException>(() => Sample().Numeric("label"));
        Assert.StartsWith("DataFrame.Name must name a numeric column; got text column 'label' (use Categorical, or OneHot to encode it).", error.Message);
    }
}
