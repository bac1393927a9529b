using Microsoft.Data.Analysis;
using MlDerivations.Data;

namespace MlDerivations.Tests.Data;

public sealed class CsvLoadTests
{
    [Fact]
    public void Load_GivesDoubleAndStringColumnsWithNullWhereMissing()
    {
        using var folder = new TempFolder();
        string path = folder.Write("m.csv", "x,label\n1,a\n,b\nNA,\nNaN,NA\n 5 , c \n");
        DataFrame t = Csv.Load(path);
        Assert.IsType<DoubleDataFrameColumn>(t["x"]);
        Assert.IsType<StringDataFrameColumn>(t["label"]);
        Assert.Equal(new object?[] { 1.0, null, null, null, 5.0 }, Enumerable.Range(0, 5).Select(i => t["x"][i]));
        Assert.Equal(new string?[] { "a", "b", null, null, " c " }, t.Categorical("label"));
        Assert.Equal((3L, 2L), (t["x"].NullCount, t["label"].NullCount));
    }

    [Fact]
    public void Load_InfersNumericOnlyWhenEveryValueParsesInTheInvariantCulture()
    {
        using var folder = new TempFolder();
        string path = folder.Write("k.csv", "a,b,c,d\n1.5,1e3,1,\n-2,2,x,\n");
        DataFrame t = Csv.Load(path);
        Assert.Equal(new[] { typeof(double), typeof(double), typeof(string), typeof(double) }, t.Columns.Select(c => c.DataType));
        Assert.Equal(new[] { 1000.0, 2.0 }, t.Numeric("b").ToArray());
        Assert.Equal(new string?[] { "1", "x" }, t.Categorical("c"));
    }

    [Fact]
    public void Load_KeepsEveryDigitOfADouble()
    {
        // DataFrame.LoadCsv would read this as float (≈ 0.1234568); we keep the double.
        using var folder = new TempFolder();
        DataFrame t = Csv.Load(folder.Write("d.csv", "v\n0.12345678901234567\n"));
        Assert.Equal(0.12345678901234567, t.Numeric("v")[0]);
    }

    [Fact]
    public void Load_HonoursForcedColumnKinds()
    {
        using var folder = new TempFolder();
        string path = folder.Write("f.csv", "zip,n\n02139,1\n10001,2\n");
        var options = new CsvLoadOptions { ColumnKinds = new Dictionary<string, ColumnKind> { ["zip"] = ColumnKind.Categorical } };
        DataFrame t = Csv.Load(path, options);
        Assert.Equal(new string?[] { "02139", "10001" }, t.Categorical("zip"));
    }

    [Fact]
    public void Load_ThrowsNamingFileRowAndColumnOnARaggedRow()
    {
        using var folder = new TempFolder();
        string path = folder.Write("ragged.csv", "a,b,c\n1,2,3\n4,5\n");
        var error = Assert.Throws<DataFormatException>(() => Csv.Load(path));
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
        var error = Assert.Throws<DataFormatException>(() => Csv.Load(path));
        Assert.Equal((4, 3, "b"), (error.LineNumber, error.RowNumber!.Value, error.ColumnName!));
    }

    [Fact]
    public void Load_ThrowsOnAShortRowAfterTheFirstHundred()
    {
        // DataFrame.LoadCsv guesses types from 100 rows and then pads a short row with null silently.
        using var folder = new TempFolder();
        string rows = string.Concat(Enumerable.Range(0, 200).Select(i => $"{i},{i}\n"));
        var error = Assert.Throws<DataFormatException>(() => Csv.Load(folder.Write("late.csv", "a,b\n" + rows + "3\n")));
        Assert.Equal((202, 201, "b"), (error.LineNumber, error.RowNumber!.Value, error.ColumnName!));
    }

    [Fact]
    public void Load_ThrowsNamingTheCellWhenAForcedNumericColumnHoldsText()
    {
        using var folder = new TempFolder();
        string path = folder.Write("text.csv", "id,bmi\n1,22.5\n2,abc\n");
        var options = new CsvLoadOptions { ColumnKinds = new Dictionary<string, ColumnKind> { ["bmi"] = ColumnKind.Numeric } };
        var error = Assert.Throws<DataFormatException>(() => Csv.Load(path, options));
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
        var error = Assert.Throws<DataFormatException>(() => Csv.Load(folder.Write("h.csv", text)));
        Assert.Null(error.RowNumber);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Load_ReadsAGzipFileWhenThePathEndsInGz()
    {
        using var folder = new TempFolder();
        string path = folder.WriteGzip("z.csv.gz", "\uFEFFa,b\r\n1,\"q,r\"\r\n");
        DataFrame t = Csv.Load(path);
        Assert.Equal(1.0, t.Numeric("a")[0]);
        Assert.Equal("q,r", t.Categorical("b")[0]);
    }

    [Fact]
    public void Load_ThrowsFileNotFoundNamingThePath()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "absent.csv");
        var error = Assert.Throws<FileNotFoundException>(() => Csv.Load(path));
        Assert.Contains("absent.csv", error.Message);
    }

    /// <summary>
    /// Why the parsing is ours (see <see cref="Csv"/>): the package's own reader, on the same ragged
    /// row, names neither the file nor the column, and counts lines differently.
    /// </summary>
    [Fact]
    public void PackageLoadCsv_GivesNoFileOrColumnOnARaggedRow()
    {
        using var folder = new TempFolder();
        string path = folder.Write("long.csv", "a,b\n1,2\n3,4,5\n");
        var error = Assert.ThrowsAny<Exception>(() => DataFrame.LoadCsv(path));
        Assert.DoesNotContain("long.csv", error.Message);
        Assert.DoesNotContain("'b'", error.Message);
    }

    public static TheoryData<string?, CsvLoadOptions?, string> InvalidLoads() => new()
    {
        { null, null, "path" },
        { "  ", null, "path" },
        { "VALID", new CsvLoadOptions { Separator = '"' }, "options" },
        { "VALID", new CsvLoadOptions { Separator = '\n' }, "options" },
        { "VALID", new CsvLoadOptions { MissingValues = null! }, "options" },
        { "VALID", new CsvLoadOptions { ColumnKinds = new Dictionary<string, ColumnKind> { ["nope"] = ColumnKind.Numeric } }, "options" },
    };

    [Theory]
    [MemberData(nameof(InvalidLoads))]
    public void Load_RejectsInvalidArguments(string? path, CsvLoadOptions? options, string parameter)
    {
        using var folder = new TempFolder();
        string valid = folder.Write("ok.csv", "a\n1\n");
        var error = Assert.Throws<ArgumentException>(() => Csv.Load(path == "VALID" ? valid : path!, options));
        Assert.Equal(parameter, error.ParamName);
    }
}
