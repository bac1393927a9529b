using Microsoft.Data.Analysis;
using MlDerivations.Data;

namespace MlDerivations.Tests.Data;

public sealed class CsvReadingTests
{
    private static DataFrame Parse(string text, CsvLoadOptions? options = null) =>
        Csv.Parse(new StringReader(text), "test.csv", options);

    [Fact]
    public void Parse_KeepsCommasInsideQuotedFields()
    {
        DataFrame t = Parse("name,x\n\"Smith, John\",1\n\"a,b,c\",2\n");
        Assert.Equal(new string?[] { "Smith, John", "a,b,c" }, t.Categorical("name"));
        Assert.Equal(new[] { 1.0, 2.0 }, t.Numeric("x").ToArray());
    }

    [Fact]
    public void Parse_TurnsDoubledQuotesIntoOneQuote()
    {
        DataFrame t = Parse("quote\n\"He said \"\"hi\"\"\"\n\"\"\"\"\n");
        Assert.Equal(new string?[] { "He said \"hi\"", "\"" }, t.Categorical("quote"));
    }

    [Fact]
    public void Parse_KeepsLineBreaksInsideQuotedFieldsAndCountsLinesAfterThem()
    {
        // the record on line 2 spans lines 2-3, so the bad record starts on line 4
        string text = "note,x\n\"first line\nsecond line\",1\nplain,oops,extra\n";
        var error = Assert.Throws<DataFormatException>(() => Parse(text));
        Assert.Equal(4, error.LineNumber);
        Assert.Equal(2, error.RowNumber);
        DataFrame t = Parse("note,x\n\"first line\r\nsecond line\",1\n");
        Assert.Equal("first line\nsecond line", t.Categorical("note")[0]);
    }

    [Fact]
    public void Parse_ReadsCrLfLineEndsAndAByteOrderMark()
    {
        DataFrame t = Parse("\uFEFFa,b\r\n1,x\r\n2,y\r\n");
        Assert.Equal(new[] { "a", "b" }, t.Columns.Select(c => c.Name));
        Assert.Equal(new[] { 1.0, 2.0 }, t.Numeric("a").ToArray());
        Assert.Equal(new string?[] { "x", "y" }, t.Categorical("b"));
    }

    [Fact]
    public void Parse_ReadsALastLineWithoutLineEndAndSkipsBlankLines()
    {
        DataFrame t = Parse("a\n1\n\n2\n\n3");
        Assert.Equal(new[] { 1.0, 2.0, 3.0 }, t.Numeric("a").ToArray());
    }

    [Fact]
    public void Parse_UsesTheSeparatorOfTheOptions()
    {
        DataFrame t = Parse("a;b\n1,5;\"x;y\"\n", new CsvLoadOptions { Separator = ';' });
        Assert.IsType<StringDataFrameColumn>(t.Columns[0]); // "1,5" is not an invariant number
        Assert.Equal("x;y", t.Categorical("b")[0]);
    }

    [Fact]
    public void Parse_ThrowsNamingTheLineWhenAQuoteIsNeverClosed()
    {
        var error = Assert.Throws<DataFormatException>(() => Parse("a,b\n1,2\n3,\"open\n4,5\n"));
        Assert.Equal(3, error.LineNumber);
        Assert.Equal(2, error.RowNumber);
        Assert.Equal("b", error.ColumnName);
        Assert.Contains("never closed", error.Message);
    }

    [Fact]
    public void Parse_ThrowsWhenTextFollowsAClosingQuote()
    {
        var error = Assert.Throws<DataFormatException>(() => Parse("a,b\n\"x\"y,2\n"));
        Assert.Equal("a", error.ColumnName);
        Assert.Equal(1, error.RowNumber);
    }
}
