using MlDerivations.Data;

namespace MlDerivations.Tests.Data;

public sealed class TableLoadTests
{
    [Fact]
    public void Load_ReadsEmptyNaAndNaNAsMissing()
    {
        using var folder = new TempFolder();
        string path = folder.Write("m.csv", "x,label\n1,a\n,b\nNA,\nNaN,NA\n 5 , c \n");
        Table t = Table.Load(path);
        double[] x = t.Numeric("x").ToArray();
        Assert.Equal(1.0, x[0]);
        Assert.True(double.IsNaN(x[1]) && double.IsNaN(x[2]) && double.IsNaN(x[3]));
        Assert.Equal(5.0, x[4]);
        Assert.Equal(new string?[] { "a", "b", null, null, " c " }, t.Categorical("label"));
        Assert.Equal(new TableColumn("x", ColumnKind.Numeric, 3), t.Columns[0]);
        Assert.Equal(new TableColumn("label", ColumnKind.Categorical, 2), t.Columns[1]);
    }

    [Fact]
    public void Load_InfersNumericOnlyWhenEveryValueParsesInTheInvariantCulture()
    {
        using var folder = new TempFolder();
        string path = folder.Write("k.csv", "a,b,c,d\n1.5,1e3,1,\n-2,2,x,\n");
        Table t = Table.Load(path);
        Assert.Equal(new[] { ColumnKind.Numeric, ColumnKind.Numeric, ColumnKind.Categorical, ColumnKind.Numeric },
            t.Columns.Select(c => c.Kind));
        Assert.Equal(new[] { 1000.0, 2.0 }, t.Numeric("b").ToArray());
        Assert.Equal(new string?[] { "1", "x" }, t.Categorical("c"));
    }

    [Fact]
    public void Load_HonoursForcedColumnKinds()
    {
        using var folder = new TempFolder();
        string path = folder.Write("f.csv", "zip,n\n02139,1\n10001,2\n");
        var options = new TableLoadOptions { ColumnKinds = new Dictionary<string, ColumnKind> { ["zip"] = ColumnKind.Categorical } };
        Table t = Table.Load(path, options);
        Assert.Equal(new string?[] { "02139", "10001" }, t.Categorical("zip"));
    }

    [Fact]
    public void Load_ThrowsNamingFileRowAndColumnOnARaggedRow()
    {
        using var folder = new TempFolder();
        string path = folder.Write("ragged.csv", "a,b,c\n1,2,3\n4,5\n");
        var error = Assert.Throws<DataFormatException>(() => Table.Load(path));
        Assert.Equal(path, error.FileName);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal(2, error.RowNumber);
        Assert.Equal("c", error.ColumnName);
        Assert.Equal($"{path}, line 3 (data row 2), column 'c': the row has 2 fields but the header has 3; the first missing field is 'c'", error.Message);
        Assert.IsAssignableFrom<FormatException>(error);
    }

    [Fact]
    public void Load_ThrowsOnARowWithTooManyFields()
    {
        using var folder = new TempFolder();
        string path = folder.Write("long.csv", "a,b\n1,2\n3,4\n5,6,7\n");
        var error = Assert.Throws<DataFormatException>(() => Table.Load(path));
        Assert.Equal((4, 3, "b"), (error.LineNumber, error.RowNumber!.Value, error.ColumnName!));
    }

    [Fact]
    public void Load_ThrowsNamingTheCellWhenAForcedNumericColumnHoldsText()
    {
        using var folder = new TempFolder();
        string path = folder.Write("text.csv", "id,bmi\n1,22.5\n2,abc\n");
        var options = new TableLoadOptions { ColumnKinds = new Dictionary<string, ColumnKind> { ["bmi"] = ColumnKind.Numeric } };
        var error = Assert.Throws<DataFormatException>(() => Table.Load(path, options));
        Assert.Equal((3, 2, "bmi"), (error.LineNumber, error.RowNumber!.Value, error.ColumnName!));
        Assert.Contains("'abc' is not a number", error.Message);
        Assert.StartsWith(path, error.Message);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("a,,c\n1,2,3\n", "no name")]
    [InlineData("a,b,a\n1,2,3\n", "twice")]
    public void Load_ThrowsOnABadHeader(string text, string problem)
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<DataFormatException>(() => Table.Load(folder.Write("h.csv", text)));
        Assert.Null(error.RowNumber);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Load_ReadsAGzipFileWhenThePathEndsInGz()
    {
        using var folder = new TempFolder();
        string path = folder.WriteGzip("z.csv.gz", "\uFEFFa,b\r\n1,\"q,r\"\r\n");
        Table t = Table.Load(path);
        Assert.Equal(1.0, t.Numeric("a")[0]);
        Assert.Equal("q,r", t.Categorical("b")[0]);
    }

    [Fact]
    public void Load_ThrowsFileNotFoundNamingThePath()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "absent.csv");
        var error = Assert.Throws<FileNotFoundException>(() => Table.Load(path));
        Assert.Contains("absent.csv", error.Message);
    }

    public static TheoryData<string?, TableLoadOptions?, string> InvalidLoads() => new()
    {
        { null, null, "path" },
        { "  ", null, "path" },
        { "VALID", new TableLoadOptions { Separator = '"' }, "options" },
        { "VALID", new TableLoadOptions { Separator = '\n' }, "options" },
        { "VALID", new TableLoadOptions { MissingValues = null! }, "options" },
        { "VALID", new TableLoadOptions { ColumnKinds = new Dictionary<string, ColumnKind> { ["nope"] = ColumnKind.Numeric } }, "options" },
    };

    [Theory]
    [MemberData(nameof(InvalidLoads))]
    public void Load_RejectsInvalidArguments(string? path, TableLoadOptions? options, string parameter)
    {
        using var folder = new TempFolder();
        string valid = folder.Write("ok.csv", "a\n1\n");
        var error = Assert.Throws<ArgumentException>(() => Table.Load(path == "VALID" ? valid : path!, options));
        Assert.Equal(parameter, error.ParamName);
    }
}
