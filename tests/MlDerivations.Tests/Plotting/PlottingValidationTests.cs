using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Plotting;

namespace MlDerivations.Tests.Plotting;

/// <summary>Every public entry of the plotting surface rejects bad input naming the parameter, the rule and the value.</summary>
public sealed class PlottingValidationTests
{
    private static readonly double[] Three = [1, 2, 3];
    private static readonly double[] Two = [1, 2];
    private static readonly double[,] Z23 = { { 1, 2, 3 }, { 4, 5, 6 } };
    private static readonly Trace Line = Trace.Lines(Three, Three);
    private static readonly Figure OneTrace = new Figure().Add(Line);

    private static readonly Dictionary<string, (Func<object> Call, Type Exception, string Parameter)> Cases = new()
    {
        ["Lines with null x"] = (() => Trace.Lines(null!, Three), typeof(ArgumentNullException), "x"),
        ["Lines with null y"] = (() => Trace.Lines(Three, null!), typeof(ArgumentNullException), "y"),
        ["Lines with y shorter than x"] = (() => Trace.Lines(Three, Two), typeof(ArgumentException), "y"),
        ["Lines of y alone, null"] = (() => Trace.Lines(null!), typeof(ArgumentNullException), "y"),
        ["Markers with y shorter than x"] = (() => Trace.Markers(Three, Two), typeof(ArgumentException), "y"),
        ["LinesAndMarkers with y longer than x"] = (() => Trace.LinesAndMarkers(Two, Three), typeof(ArgumentException), "y"),
        ["Band with short lower"] = (() => Trace.Band(Three, Two, Three), typeof(ArgumentException), "lower"),
        ["Band with short upper"] = (() => Trace.Band(Three, Three, Two), typeof(ArgumentException), "upper"),
        ["Bar with short y"] = (() => Trace.Bar(Three, Two), typeof(ArgumentException), "y"),
        ["Bar with null categories"] = (() => Trace.Bar((string[])null!, Two), typeof(ArgumentNullException), "categories"),
        ["Bar with a null category"] = (() => Trace.Bar(["a", null!], Two), typeof(ArgumentException), "categories"),
        ["Bar with fewer categories than y"] = (() => Trace.Bar(["a", "b"], Three), typeof(ArgumentException), "y"),
        ["Histogram of null"] = (() => Trace.Histogram(null!), typeof(ArgumentNullException), "values"),
        ["Histogram with 0 bins"] = (() => Trace.Histogram(Three, bins: 0), typeof(ArgumentOutOfRangeException), "bins"),
        ["Heatmap of null array"] = (() => Trace.Heatmap((double[,])null!), typeof(ArgumentNullException), "z"),
        ["Heatmap of null matrix"] = (() => Trace.Heatmap((Matrix<double>)null!), typeof(ArgumentNullException), "z"),
        ["Heatmap of 0 rows"] = (() => Trace.Heatmap(new double[0, 3]), typeof(ArgumentException), "z"),
        ["Heatmap with x not one per column"] = (() => Trace.Heatmap(Z23, x: Two), typeof(ArgumentException), "x"),
        ["Contour with y not one per row"] = (() => Trace.Contour(Z23, y: Three), typeof(ArgumentException), "y"),
        ["Contour of a null function"] = (() => Trace.Contour(Three, Three, null!), typeof(ArgumentNullException), "f"),
        ["Contour over an empty x"] = (() => Trace.Contour([], Three, (a, b) => a), typeof(ArgumentException), "x"),
        ["Surface with y not one per row"] = (() => Trace.Surface(Matrix<double>.Build.DenseOfArray(Z23), y: Three), typeof(ArgumentException), "y"),
        ["Surface of a null function"] = (() => Trace.Surface(Three, Three, null!), typeof(ArgumentNullException), "f"),
        ["Markers3d with short z"] = (() => Trace.Markers3d(Three, Three, Two), typeof(ArgumentException), "z"),
        ["Lines3d with short y"] = (() => Trace.Lines3d(Three, Two, Three), typeof(ArgumentException), "y"),
        ["Named null"] = (() => Line.Named(null!), typeof(ArgumentNullException), "name"),
        ["Color empty"] = (() => Line.Color(""), typeof(ArgumentException), "color"),
        ["Width 0"] = (() => Line.Width(0), typeof(ArgumentOutOfRangeException), "pixels"),
        ["Width NaN"] = (() => Line.Width(double.NaN), typeof(ArgumentOutOfRangeException), "pixels"),
        ["Dash unknown"] = (() => Line.Dash("dotted"), typeof(ArgumentOutOfRangeException), "dash"),
        ["Size negative"] = (() => Line.Size(-1), typeof(ArgumentOutOfRangeException), "pixels"),
        ["Symbol blank"] = (() => Line.Symbol(" "), typeof(ArgumentException), "symbol"),
        ["Opacity above 1"] = (() => Line.Opacity(1.5), typeof(ArgumentOutOfRangeException), "opacity"),
        ["ColoredBy with too few values"] = (() => Line.ColoredBy(Two), typeof(ArgumentException), "values"),
        ["ColoredBy with an unknown scale"] = (() => Line.ColoredBy(Three, "viridis"), typeof(ArgumentOutOfRangeException), "colorScale"),
        ["ColoredBy null labels"] = (() => Line.ColoredBy((IEnumerable<int>)null!), typeof(ArgumentNullException), "labels"),
        ["ColorScale unknown"] = (() => Trace.Heatmap(Z23).ColorScale("Nope"), typeof(ArgumentOutOfRangeException), "name"),
        ["ColorRange empty"] = (() => Trace.Heatmap(Z23).ColorRange(1, 1), typeof(ArgumentOutOfRangeException), "max"),
        ["ColorRange NaN min"] = (() => Trace.Heatmap(Z23).ColorRange(double.NaN, 1), typeof(ArgumentOutOfRangeException), "min"),
        ["ErrorY too short"] = (() => Line.ErrorY(Two), typeof(ArgumentException), "errors"),
        ["ErrorX too long"] = (() => Line.ErrorX([1, 2, 3, 4]), typeof(ArgumentException), "errors"),
        ["Fill unknown"] = (() => Line.Fill("below"), typeof(ArgumentOutOfRangeException), "fill"),
        ["Fill colour blank"] = (() => Line.Fill("tozeroy", ""), typeof(ArgumentException), "color"),
        ["Hover of the wrong length"] = (() => Line.Hover(["a"]), typeof(ArgumentException), "text"),
        ["Group blank"] = (() => Line.Group(""), typeof(ArgumentException), "legendGroup"),
        ["Normalized unknown"] = (() => Trace.Histogram(Three).Normalized("pdf"), typeof(ArgumentOutOfRangeException), "histnorm"),
        ["Levels of size 0"] = (() => Trace.Contour(Z23).Levels(0, 1, 0), typeof(ArgumentOutOfRangeException), "size"),
        ["Levels ending before they start"] = (() => Trace.Contour(Z23).Levels(1, 0, 0.1), typeof(ArgumentOutOfRangeException), "end"),
        ["OnSubplot row 0"] = (() => Line.OnSubplot(0, 1), typeof(ArgumentOutOfRangeException), "row"),
        ["OnSubplot column 0"] = (() => Line.OnSubplot(1, 0), typeof(ArgumentOutOfRangeException), "column"),
        ["Add null array"] = (() => new Figure().Add((Trace[])null!), typeof(ArgumentNullException), "traces"),
        ["Add a null trace"] = (() => new Figure().Add([null!]), typeof(ArgumentNullException), "traces"),
        ["Add outside the grid"] = (() => new Figure().Add(Line.OnSubplot(1, 2)), typeof(ArgumentException), "traces"),
        ["Title null"] = (() => new Figure().Title(null!), typeof(ArgumentNullException), "title"),
        ["XAxis range reversed"] = (() => new Figure().XAxis(range: (1, 0)), typeof(ArgumentOutOfRangeException), "range"),
        ["XAxis log range from 0"] = (() => new Figure().XAxis(log: true, range: (0, 10)), typeof(ArgumentOutOfRangeException), "range"),
        ["YAxis row outside the grid"] = (() => new Figure().YAxis("y", row: 2), typeof(ArgumentOutOfRangeException), "row"),
        ["ZAxis column outside the grid"] = (() => new Figure().Grid(1, 2).ZAxis("z", column: 3), typeof(ArgumentOutOfRangeException), "column"),
        ["EqualAspect row 0"] = (() => new Figure().EqualAspect(row: 0), typeof(ArgumentOutOfRangeException), "row"),
        ["Height 10"] = (() => new Figure().Height(10), typeof(ArgumentOutOfRangeException), "pixels"),
        ["Width 0 px"] = (() => new Figure().Width(0), typeof(ArgumentOutOfRangeException), "pixels"),
        ["Legend unknown"] = (() => new Figure().Legend("left"), typeof(ArgumentOutOfRangeException), "position"),
        ["BarMode unknown"] = (() => new Figure().BarMode("stacked"), typeof(ArgumentOutOfRangeException), "mode"),
        ["Grid of 0 rows"] = (() => new Figure().Grid(0, 1), typeof(ArgumentOutOfRangeException), "rows"),
        ["Grid of 0 columns"] = (() => new Figure().Grid(1, 0), typeof(ArgumentOutOfRangeException), "columns"),
        ["Grid with more titles than cells"] = (() => new Figure().Grid(1, 1, "a", "b"), typeof(ArgumentException), "titles"),
        ["Grid with null titles"] = (() => new Figure().Grid(1, 1, null!), typeof(ArgumentNullException), "titles"),
        ["Line from NaN"] = (() => new Figure().Line(double.NaN, 0, 1, 1), typeof(ArgumentOutOfRangeException), "x0"),
        ["Line with an unknown dash"] = (() => new Figure().Line(0, 0, 1, 1, dash: "x"), typeof(ArgumentOutOfRangeException), "dash"),
        ["Line with a blank colour"] = (() => new Figure().Line(0, 0, 1, 1, color: ""), typeof(ArgumentException), "color"),
        ["VerticalLine at infinity"] = (() => new Figure().VerticalLine(double.PositiveInfinity), typeof(ArgumentOutOfRangeException), "x"),
        ["HorizontalLine at NaN"] = (() => new Figure().HorizontalLine(double.NaN), typeof(ArgumentOutOfRangeException), "y"),
        ["Rectangle with a blank fill"] = (() => new Figure().Rectangle(0, 0, 1, 1, fill: ""), typeof(ArgumentException), "fill"),
        ["Circle of radius 0"] = (() => new Figure().Circle(0, 0, 0), typeof(ArgumentOutOfRangeException), "r"),
        ["Annotate null text"] = (() => new Figure().Annotate(0, 0, null!), typeof(ArgumentNullException), "text"),
        ["Annotate at NaN"] = (() => new Figure().Annotate(double.NaN, 0, "a"), typeof(ArgumentOutOfRangeException), "x"),
        ["Annotate at x = 0 on a log x axis"] = (() => new Figure().XAxis(log: true).Annotate(0, 1, "a"), typeof(ArgumentOutOfRangeException), "x"),
        ["Annotate at y < 0 on a log y axis"] = (() => new Figure().YAxis(log: true).Annotate(1, -2, "a"), typeof(ArgumentOutOfRangeException), "y"),
        ["Log x axis under an annotation at x < 0"] = (() => new Figure().Annotate(-1, 1, "a").XAxis(log: true), typeof(ArgumentOutOfRangeException), "log"),
        ["Log y axis under an annotation at y = 0"] = (() => new Figure().Annotate(1, 0, "a").YAxis(log: true), typeof(ArgumentOutOfRangeException), "log"),
        ["AddFrame with a blank name"] = (() => OneTrace.AddFrame("", Line), typeof(ArgumentException), "name"),
        ["AddFrame with a repeated name"] = (() => OneTrace.AddFrame("a", Line).AddFrame("a", Line), typeof(ArgumentException), "name"),
        ["AddFrame before any trace"] = (() => new Figure().AddFrame("a", Line), typeof(ArgumentOutOfRangeException), "firstTrace"),
        ["AddFrame with more traces than the figure"] = (() => OneTrace.AddFrame("a", Line, Line), typeof(ArgumentException), "traces"),
        ["AddFrame with no traces"] = (() => OneTrace.AddFrame("a"), typeof(ArgumentException), "traces"),
        ["AddFrame with null traces"] = (() => OneTrace.AddFrame("a", null!, title: "t"), typeof(ArgumentNullException), "traces"),
        ["AddFrame from a trace past the end"] = (() => OneTrace.AddFrame("a", [Line], firstTrace: 1), typeof(ArgumentOutOfRangeException), "firstTrace"),
        ["Animation of 0 ms"] = (() => new Figure().Animation(0), typeof(ArgumentOutOfRangeException), "frameMilliseconds"),
        ["Animation with a null prefix"] = (() => new Figure().Animation(100, null!), typeof(ArgumentNullException), "sliderPrefix"),
        ["ToHtml from a blank source"] = (() => new Figure().ToHtml(""), typeof(ArgumentException), "plotlySource"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void PublicEntry_ThrowsNamingTheParameterAndTheValue(string name)
    {
        var (call, type, parameter) = Cases[name];

        var error = Assert.Throws(type, call);

        var argument = Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Equal(parameter, argument.ParamName);
        Assert.Matches(@"^(Trace|Figure)\.[A-Z]\w* must .*; got .*\.", argument.Message);
    }

    [Fact]
    public void LengthMismatch_NamesBothLengths()
    {
        var error = Assert.Throws<ArgumentException>(() => Trace.Lines(Three, Two));

        Assert.StartsWith("Trace.Y must have as many values as x; got x of length 3 and y of length 2.", error.Message);
    }
}
