using MlDerivations.Data;
using MlDerivations.Formatting;

namespace MlDerivations.Tests.Data;

public sealed class TableDisplayTests
{
    private static string Html(Table t)
    {
        var writer = new StringWriter();
        ((IRichDisplay)t).WriteHtml(writer);
        return writer.ToString();
    }

    private static string Plain(Table t)
    {
        var writer = new StringWriter();
        ((IRichDisplay)t).WritePlainText(writer);
        return writer.ToString();
    }

    [Fact]
    public void PlainText_GivesShapeAndKindCounts()
    {
        Table t = Table.FromColumns(("a", new[] { 1.0, 2.0 }), ("b", new string?[] { "x", "y" }), ("c", new[] { 3, 4 }));
        Assert.Equal("Table 2 × 3 (2 numeric, 1 categorical)", Plain(t));
        Assert.Equal(Plain(t), t.ToString());
    }

    [Fact]
    public void Html_EscapesColumnNamesAndText()
    {
        Table t = Table.FromColumns(("<b>&name", new string?[] { "<script>alert('x')</script>" }));
        string html = Html(t);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>&name", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("&lt;b&gt;&amp;name", html);
    }

    [Fact]
    public void Html_ShowsKindsMissingCountsAndInvariantNumbers()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            // a culture with a decimal comma (the tests run with invariant globalization, so build one)
            var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            Thread.CurrentThread.CurrentCulture = comma;
            Table t = Table.FromColumns(("x", new[] { 1.5, double.NaN }), ("l", new string?[] { null, "k" }));
            string html = Html(t);
            Assert.Contains("Table 2 &#215; 2 (1 numeric, 1 categorical)", html); // × encoded by WebUtility
            Assert.Contains("numeric, 1 missing", html);
            Assert.Contains("categorical, 1 missing", html);
            Assert.Contains(">1.5<", html);
            Assert.DoesNotContain("1,5", html);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Html_ShowsTheFirstTenRowsAndCountsTheRest()
    {
        Table t = Table.FromColumns(("id", Enumerable.Range(100, 25).ToArray()));
        string html = Html(t);
        Assert.Contains(">109<", html);
        Assert.DoesNotContain(">110<", html);
        Assert.Contains("15 more rows", html);
        Assert.Equal(10, html.Split("<tr><th style=").Length - 1);
    }

    [Fact]
    public void Table_CarriesTheFormatterSourceAttribute()
    {
        var attribute = typeof(Table).GetCustomAttributes(true).OfType<TypeFormatterSourceAttribute>().Single();
        Assert.Equal(typeof(RichDisplayFormatterSource), attribute.FormatterSourceType);
    }
}
