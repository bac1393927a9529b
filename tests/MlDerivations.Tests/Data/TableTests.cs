using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Data;

namespace MlDerivations.Tests.Data;

public sealed class TableTests
{
    // A hand-made table: 4 rows, one missing number and one missing label.
    private static Table Sample() => Table.FromColumns(
        ("x", new[] { 1.0, 2.0, double.NaN, 4.0 }),
        ("n", new[] { 10, 20, 30, 40 }),
        ("label", new string?[] { "a", "b", "a", null }));

    [Fact]
    public void FromColumns_KeepsNamesKindsAndMissingCounts()
    {
        Table t = Sample();
        Assert.Equal(4, t.RowCount);
        Assert.Equal(3, t.ColumnCount);
        Assert.Equal(
            new[] { new TableColumn("x", ColumnKind.Numeric, 1), new TableColumn("n", ColumnKind.Numeric, 0), new TableColumn("label", ColumnKind.Categorical, 1) },
            t.Columns);
    }

    [Fact]
    public void FromColumns_CopiesItsInputsAndHandsOutCopies()
    {
        var x = new[] { 1.0, 2.0 };
        var labels = new string?[] { "p", "q" };
        Table t = Table.FromColumns(("x", x), ("l", labels));
        x[0] = 99;
        labels[0] = "changed";
        t.Numeric("x")[1] = -1;
        t.Categorical("l")[1] = "changed";
        Assert.Equal(new[] { 1.0, 2.0 }, t.Numeric("x").ToArray());
        Assert.Equal(new string?[] { "p", "q" }, t.Categorical("l"));
    }

    [Fact]
    public void FromColumns_AcceptsAMathNetVector()
    {
        Table t = Table.FromColumns(("v", Vector<double>.Build.DenseOfArray(new[] { 3.0, 4.0 })));
        Assert.Equal(new[] { 3.0, 4.0 }, t.Numeric("v").ToArray());
    }

    [Fact]
    public void ToMatrix_PutsTheNamedColumnsSideBySide()
    {
        Table t = Sample().DropMissing("x");
        Matrix<double> x = t.ToMatrix("n", "x");
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
    public void Select_AndDrop_KeepTheRequestedColumnsInOrder()
    {
        Assert.Equal(new[] { "label", "x" }, Sample().Select("label", "x").ColumnNames);
        Assert.Equal(new[] { "x", "label" }, Sample().Drop("n").ColumnNames);
    }

    [Fact]
    public void Where_KeepsTheRowsThatSatisfyThePredicate()
    {
        Table t = Sample().Where(row => row.Text("label") == "a" && row.Number("n") > 15);
        Assert.Equal(1, t.RowCount);
        Assert.Equal(30.0, t.Numeric("n")[0]);
        Assert.True(Sample().Where(row => row.Index == 2).Select("x").Where(r => r.IsMissing("x")).RowCount == 1);
    }

    [Fact]
    public void DropMissing_ChecksOnlyTheNamedColumns()
    {
        Assert.Equal(new[] { 10.0, 20.0, 40.0 }, Sample().DropMissing("x").Numeric("n").ToArray());
        Assert.Equal(new[] { 10.0, 20.0, 30.0 }, Sample().DropMissing("label").Numeric("n").ToArray());
        Assert.Equal(new[] { 10.0, 20.0 }, Sample().DropMissing().Numeric("n").ToArray());
    }

    [Fact]
    public void Rows_TakesPositionsInTheGivenOrderWithRepeats()
    {
        Assert.Equal(new[] { 40.0, 10.0, 40.0 }, Sample().Rows(new[] { 3, 0, 3 }).Numeric("n").ToArray());
    }

    public static TheoryData<Action, string> InvalidCalls() => new()
    {
        { () => Sample().Numeric("missing"), "name" },
        { () => Sample().Numeric("label"), "name" },
        { () => Sample().Numeric(null!), "name" },
        { () => Sample().Categorical("x"), "name" },
        { () => Sample().Categorical("nope"), "name" },
        { () => Sample().ToMatrix("label"), "columns" },
        { () => Sample().ToMatrix("x"), "columns" },
        { () => Sample().ToMatrix("nope"), "columns" },
        { () => Sample().ToMatrix(null!), "columns" },
        { () => Sample().Select(), "columns" },
        { () => Sample().Select("x", "x"), "columns" },
        { () => Sample().Select("nope"), "columns" },
        { () => Sample().Select(null!), "columns" },
        { () => Sample().Drop("nope"), "columns" },
        { () => Sample().Drop("x", "n", "label"), "columns" },
        { () => Sample().Drop(null!), "columns" },
        { () => Sample().Where(null!), "predicate" },
        { () => Sample().Where(r => r.Number("label") > 0), "column" },
        { () => Sample().Where(r => r.Text("x") == "a"), "column" },
        { () => Sample().Where(r => r.IsMissing("nope")), "column" },
        { () => Sample().DropMissing("nope"), "columns" },
        { () => Sample().DropMissing(null!), "columns" },
        { () => Sample().Rows(new[] { 4 }), "indices" },
        { () => Sample().Rows(new[] { -1 }), "indices" },
        { () => Sample().Rows(null!), "indices" },
        { () => Table.FromColumns(), "columns" },
        { () => Table.FromColumns(null!), "columns" },
        { () => Table.FromColumns(("a", new[] { 1.0 }), ("b", new[] { 1.0, 2.0 })), "columns" },
        { () => Table.FromColumns(("a", new[] { 1.0 }), ("a", new[] { 2.0 })), "columns" },
        { () => Table.FromColumns((" ", new[] { 1.0 })), "columns" },
        { () => Table.FromColumns(("a", new List<double> { 1.0 })), "columns" },
        { () => Table.FromColumns(("a", null!)), "columns" },
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
        Assert.StartsWith("Table.Name must name a column of the table (x, n, label); got 'agee'.", error.Message);
    }
}
