using System.Globalization;
using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Plotting;

namespace MlDerivations.Tests.Plotting;

/// <summary>The JSON read back with a JSON parser: values, NaN/∞, culture, determinism, immutability.</summary>
public sealed class FigureJsonTests
{
    private static JsonElement Parse(Figure figure) => JsonDocument.Parse(figure.ToJson()).RootElement;

    private static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    [Fact]
    public void ToJson_WritesNaNAndInfinitiesAsNull()
    {
        var json = Parse(new Figure().Add(Trace.Lines([0, 1, 2, 3], [1, double.NaN, double.PositiveInfinity, double.NegativeInfinity])));

        var y = json.GetProperty("data")[0].GetProperty("y").EnumerateArray().ToArray();

        Assert.Equal(1, y[0].GetDouble());
        Assert.All(y[1..], v => Assert.Equal(JsonValueKind.Null, v.ValueKind));
    }

    [Fact]
    public void ToJson_RoundTripsEveryDoubleExactly()
    {
        double[] values = [0.1 + 0.2, 1e-300, -1.7976931348623157e308, Math.PI, 1.0 / 3, -0.0, 5e-324];

        var y = Numbers(Parse(new Figure().Add(Trace.Lines(values))).GetProperty("data")[0].GetProperty("y"));

        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), y.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void ToJson_WritesNoCommaDecimalsUnderACommaCulture()
    {
        // The tests run with invariant globalization, so build a culture that writes "1,5" by hand.
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        Assert.Equal("1,5", 1.5.ToString(comma)); // the culture really is a comma culture
        var figure = new Figure().Title("t").XAxis("x", range: (0.5, 2.5)).Height(333)
            .Add(Trace.Lines([1.5, 2.25], [1234567.5, 0.125]).Width(1.5));

        string json = WithCulture(comma, () => figure.ToJson());

        Assert.Equal(figure.ToJson(), json);
        Assert.Contains("1.5", json);
        Assert.Contains("1234567.5", json);
        Assert.DoesNotContain("1,5", json);
    }

    [Fact]
    public void ToJson_GivesTheSameBytesForTheSameFigure()
    {
        Figure Build() => new Figure().Title("t").Grid(1, 2).Add(Trace.Markers([1, 2], [3, 4]).OnSubplot(1, 2))
            .Add(Trace.Heatmap(new double[,] { { 1, 2 } })).AddFrame("a", Trace.Markers([1], [1]));

        Figure figure = Build();

        Assert.Equal(figure.ToJson(), figure.ToJson());
        Assert.Equal(figure.ToJson(), Build().ToJson());
        Assert.Equal(figure.ToJson(indented: true), Build().ToJson(indented: true));
    }

    [Fact]
    public void Figure_IsUnchangedByCallsThatDeriveFromIt()
    {
        var template = new Figure().Title("base").XAxis("x");
        string before = template.ToJson();

        var derived = template.Add(Trace.Lines([1, 2])).Title("other").Grid(2, 1);

        Assert.Equal(before, template.ToJson());
        Assert.Equal(0, template.TraceCount);
        Assert.Equal(1, derived.TraceCount);
    }

    [Fact]
    public void Trace_CopiesItsDataSoLaterChangesToTheArrayDoNotShow()
    {
        double[] y = [1, 2, 3];
        var trace = Trace.Lines(y);

        y[0] = 99;

        Assert.Equal([1, 2, 3], Numbers(JsonDocument.Parse(trace.ToJson()).RootElement.GetProperty("y")));
    }

    [Fact]
    public void Trace_AcceptsArraysSequencesAndMathNetVectorsAlike()
    {
        double[] x = [1, 2, 3];
        string fromArrays = Trace.Lines(x, x).ToJson();

        Assert.Equal(fromArrays, Trace.Lines(x.Select(v => v), x.AsEnumerable()).ToJson());
        Assert.Equal(fromArrays, Trace.Lines(Vector<double>.Build.DenseOfArray(x), Vector<double>.Build.DenseOfArray(x)).ToJson());
    }

    [Fact]
    public void Heatmap_WritesZAsRowsWhereRowIHoldsTheValuesAtYi()
    {
        var z = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } });

        var trace = JsonDocument.Parse(Trace.Heatmap(z, x: [10, 20, 30], y: [-1, 1]).ToJson()).RootElement;

        var rows = trace.GetProperty("z").EnumerateArray().Select(Numbers).ToArray();
        Assert.Equal([[1, 2, 3], [4, 5, 6]], rows);
        Assert.Equal([10, 20, 30], Numbers(trace.GetProperty("x")));
        Assert.Equal([-1, 1], Numbers(trace.GetProperty("y")));
    }

    [Fact]
    public void Contour_FromAFunctionEvaluatesZijAtXjYi()
    {
        double[] x = [0, 1, 2], y = [10, 20];
        var byHand = new double[,] { { 10, 11, 12 }, { 20, 21, 22 } }; // f(x, y) = x + y

        Assert.Equal(Trace.Contour(byHand, x, y).ToJson(), Trace.Contour(x, y, (a, b) => a + b).ToJson());
    }

    [Fact]
    public void Band_IsOneClosedPolygonUpperForwardsThenLowerBackwards()
    {
        var band = JsonDocument.Parse(Trace.Band([1, 2, 3], [0, 1, 2], [5, 6, 7]).ToJson()).RootElement;

        Assert.Equal([1, 2, 3, 3, 2, 1], Numbers(band.GetProperty("x")));
        Assert.Equal([5, 6, 7, 2, 1, 0], Numbers(band.GetProperty("y")));
        Assert.Equal("toself", band.GetProperty("fill").GetString());
    }

    [Fact]
    public void LogAxis_RangeIsWrittenInLog10UnitsAsPlotlyExpects()
    {
        var axis = Parse(new Figure().XAxis("λ", log: true, range: (0.01, 1000))).GetProperty("layout").GetProperty("xaxis");

        Assert.Equal("log", axis.GetProperty("type").GetString());
        Assert.Equal([-2, 3], Numbers(axis.GetProperty("range")));
    }

    [Fact]
    public void Grid_CellsTileTheFigureWithGapsRowOneAtTheTop()
    {
        var layout = Parse(new Figure().Grid(2, 2).Add(
            Trace.Markers([1], [1]), Trace.Markers([1], [1]).OnSubplot(1, 2),
            Trace.Markers([1], [1]).OnSubplot(2, 1), Trace.Markers([1], [1]).OnSubplot(2, 2))).GetProperty("layout");

        // 2 columns with a 0.08 gap: width (1 − 0.08)/2 = 0.46; 2 rows with a 0.18 gap: height 0.41.
        Assert.Equal([0, 0.46], Numbers(layout.GetProperty("xaxis").GetProperty("domain")));
        Assert.Equal([0.54, 1], Numbers(layout.GetProperty("xaxis2").GetProperty("domain")));
        Assert.Equal([0.59, 1], Numbers(layout.GetProperty("yaxis").GetProperty("domain")));
        Assert.Equal([0, 0.41], Numbers(layout.GetProperty("yaxis4").GetProperty("domain")));
        Assert.Equal("y3", layout.GetProperty("xaxis3").GetProperty("anchor").GetString());
    }

    [Fact]
    public void Trace_OnSubplotRefersToThatCellsAxes()
    {
        var data = Parse(new Figure().Grid(2, 3).Add(Trace.Markers([1], [1]).OnSubplot(2, 3), Trace.Surface(new double[,] { { 1 } }).OnSubplot(1, 2)))
            .GetProperty("data");

        Assert.Equal("x6", data[0].GetProperty("xaxis").GetString());
        Assert.Equal("y6", data[0].GetProperty("yaxis").GetString());
        Assert.Equal("scene2", data[1].GetProperty("scene").GetString());
    }

    [Fact]
    public void Frames_EachGetASliderStepAndPlayAnimatesThemAll()
    {
        var figure = new Figure().Add(Trace.Lines([0.0]), Trace.Lines([1.0]))
            .AddFrame("a", Trace.Lines([2.0])).AddFrame("b", [Trace.Lines([3.0])], firstTrace: 1);

        var json = Parse(figure);

        var frames = json.GetProperty("frames");
        Assert.Equal(["a", "b"], frames.EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal([1], frames[1].GetProperty("traces").EnumerateArray().Select(e => e.GetInt32()));
        var steps = json.GetProperty("layout").GetProperty("sliders")[0].GetProperty("steps");
        Assert.Equal(["a", "b"], steps.EnumerateArray().Select(s => s.GetProperty("args")[0][0].GetString()));
        var buttons = json.GetProperty("layout").GetProperty("updatemenus")[0].GetProperty("buttons");
        Assert.Equal(["Play", "Pause"], buttons.EnumerateArray().Select(b => b.GetProperty("label").GetString()));
        Assert.Equal(JsonValueKind.Null, buttons[0].GetProperty("args")[0].ValueKind);
        Assert.Equal(JsonValueKind.Null, buttons[1].GetProperty("args")[0][0].ValueKind);
    }

    [Fact]
    public void Colorway_IsPinnedSoColoursAreStable()
    {
        var colorway = Parse(new Figure()).GetProperty("layout").GetProperty("colorway");

        Assert.Equal("#1f77b4", colorway[0].GetString());
        Assert.Equal(10, colorway.GetArrayLength());
    }

    [Fact]
    public void Json_EscapesAngleBracketsSoItCannotCloseAScriptElement()
    {
        string json = new Figure().Title("</script><b>x</b>").ToJson();

        Assert.DoesNotContain("</script>", json);
        Assert.Equal("</script><b>x</b>", JsonDocument.Parse(json).RootElement.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void StylingCalls_ThatDoNotApplyToTheTraceTypeSayWhy()
    {
        var heatmap = Trace.Heatmap(new double[,] { { 1 } });

        var error = Assert.Throws<InvalidOperationException>(() => heatmap.ErrorY([1.0]));

        Assert.Equal("Trace.ErrorY applies to scatter or bar traces; this trace is a heatmap.", error.Message);
        Assert.Throws<InvalidOperationException>(() => Trace.Lines([1.0]).Levels(0, 1, 0.1));
        Assert.Throws<InvalidOperationException>(() => new Figure().Grid(1, 2).Grid(2, 1));
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Annotate_OnALogAxis_WritesLog10CoordinatesAsPlotlyExpects()
    {
        // plotly reads annotation x/y on a log axis as log₁₀ units (traces and shapes take data units),
        // so an annotation at x = 100 must be written as 2 to sit at 100.
        var json = Parse(new Figure().XAxis(log: true).YAxis(log: true).Add(Trace.Lines([1, 1000], [1, 10]))
            .Annotate(100, 1, "on log axes").Annotate(2, 3, "between ticks"));

        var notes = json.GetProperty("layout").GetProperty("annotations").EnumerateArray().ToArray();

        Assert.Equal(2, notes[0].GetProperty("x").GetDouble(), 12);
        Assert.Equal(0, notes[0].GetProperty("y").GetDouble(), 12);
        Assert.Equal(Math.Log10(2), notes[1].GetProperty("x").GetDouble(), 12);
        Assert.Equal(Math.Log10(3), notes[1].GetProperty("y").GetDouble(), 12);
    }

    [Fact]
    public void Annotate_OnALinearAxis_WritesDataCoordinates()
    {
        var json = Parse(new Figure().XAxis(log: true).Add(Trace.Lines([1, 2], [1, 2])).Annotate(100, 7, "x log, y linear"));

        var note = json.GetProperty("layout").GetProperty("annotations")[0];

        Assert.Equal(2, note.GetProperty("x").GetDouble(), 12);
        Assert.Equal(7, note.GetProperty("y").GetDouble());
    }
}
