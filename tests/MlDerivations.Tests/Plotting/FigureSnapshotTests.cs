using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Plotting;
using MlDerivations.Tests.Formatting;

namespace MlDerivations.Tests.Plotting;

/// <summary>
/// Pins each kind of figure's plotly.js JSON by an approved file in Snapshots/. A change to the JSON
/// fails here with the first differing line, and the new JSON lands next to the approved file.
/// </summary>
public sealed class FigureSnapshotTests
{
    private const string Folder = "tests/MlDerivations.Tests/Plotting/Snapshots";

    private static readonly double[] X = [0, 1, 2, 3];
    private static readonly double[] Y = [1, 0.5, 0.25, 0.125];
    private static readonly double[,] Z = { { 1, 2, 3 }, { 4, 5, 6 } };

    private static void Verify(string name, Figure figure) => ApprovedFile.Verify(Folder, name, figure.ToJson(indented: true));

    [Fact]
    public void Scatter_WritesMarkersLinesErrorBarsAndFill() => Verify("scatter", new Figure()
        .Title("Scatter kinds")
        .Add(Trace.Markers(X, Y).Named("data").Size(8).Symbol("x").ErrorY([0.1, 0.1, 0.05, 0.05]))
        .Add(Trace.Lines(X, Y).Named("fit").Color("crimson").Dash("dash").Width(3))
        .Add(Trace.LinesAndMarkers(X, [0.5, 0.5, 0.5, 0.5]).Fill("tozeroy", "rgba(0,0,255,0.2)").HideLegend())
        .Add(Trace.Band(X, [0, 0, 0, 0], [1, 1, 1, 1]).Named("band").Group("g"))
        .Add(Trace.Markers([1, 2], [3, 4]).ColoredBy(new[] { 0, 1 }, "Jet").Hover(["a", "b"]).Opacity(0.5)));

    [Fact]
    public void Bar_WritesNumericAndCategoricalBarsWithErrors() => Verify("bar", new Figure()
        .BarMode("group")
        .Add(Trace.Bar(["bmi", "bp", "s5"], [0.5, 0.25, -0.125]).Named("ridge").ErrorY([0.01, 0.02, 0.03]))
        .Add(Trace.Bar(["bmi", "bp", "s5"], [0.4, 0, -0.1]).Named("lasso").Color("#ff7f0e")));

    [Fact]
    public void Histogram_WritesBinsAndNormalisation() => Verify("histogram", new Figure()
        .BarMode("overlay")
        .Add(Trace.Histogram([1, 2, 2, 3, 3, 3], bins: 3).Normalized().Opacity(0.6).Named("sample")));

    [Fact]
    public void Heatmap_WritesRowsOfZWithAxesAndColorScale() => Verify("heatmap", new Figure()
        .Add(Trace.Heatmap(Z, x: [10, 20, 30], y: [0, 1]).ColorScale("RdBu").ColorRange(-6, 6)));

    [Fact]
    public void Contour_WritesLevelsAndLineColoring() => Verify("contour", new Figure()
        .Add(Trace.Contour(Matrix<double>.Build.DenseOfArray(Z)).Levels(1, 6, 1).LinesOnly()));

    [Fact]
    public void Surface_WritesASceneWithAxisTitles() => Verify("surface", new Figure()
        .XAxis("w₁").YAxis("w₂").ZAxis("loss")
        .Add(Trace.Surface([0, 1, 2], [0, 1], (x, y) => x * x + y * y).ColorScale("Viridis", showScale: false)));

    [Fact]
    public void Scatter3d_WritesMarkersAndLinesIn3d() => Verify("scatter3d", new Figure()
        .Add(Trace.Markers3d([0, 1], [0, 1], [0, 1]).Size(3).Color("black"))
        .Add(Trace.Lines3d([0, 1], [1, 0], [0.5, 0.5]).Width(4)));

    [Fact]
    public void Layout_WritesLogAxesRangesLegendShapesAndAnnotations() => Verify("layout", new Figure()
        .Title("Ridge path").Height(500).Width(700).Legend("top left")
        .XAxis("λ", log: true, range: (0.01, 100)).YAxis("coefficient", range: (-1, 1))
        .Add(Trace.Lines([0.01, 1, 100], [0.5, 0.25, 0]).Named("bmi"))
        .Line(0.01, 0, 100, 0).VerticalLine(1, color: "green").HorizontalLine(0.5, dash: "dot")
        .Rectangle(0.1, -0.5, 10, 0.5).Circle(1, 0, 0.5)
        .Annotate(1, 0.25, "λ chosen by CV").Annotate(100, 0, "all shrunk", arrow: false));

    [Fact]
    public void Subplots_PlaceTracesOnNumberedAxesWithDomainsAndTitles() => Verify("subplots", new Figure()
        .Grid(2, 2, "loss", "path", "surface")
        .XAxis("iteration", row: 1, column: 1).YAxis("loss", log: true, row: 1, column: 1)
        .XAxis("w₁", row: 1, column: 2).YAxis("w₂", row: 1, column: 2).EqualAspect(1, 2)
        .ZAxis("f", row: 2, column: 1)
        .Add(Trace.Lines([1, 0.1, 0.01]))
        .Add(Trace.LinesAndMarkers([1, 0.5, 0], [1, 0.2, 0]).OnSubplot(1, 2))
        .Add(Trace.Surface(Z).OnSubplot(2, 1))
        .Add(Trace.Histogram([1, 2, 2]).OnSubplot(2, 2))
        .VerticalLine(0, row: 1, column: 2).Annotate(0, 0, "minimum", row: 1, column: 2));

    [Fact]
    public void Animation_WritesFramesSliderAndPlayPauseButtons() => Verify("animation", new Figure()
        .Title("Gradient descent").Animation(frameMilliseconds: 300, sliderPrefix: "iteration ")
        .Add(Trace.Contour([-1, 0, 1], [-1, 0, 1], (x, y) => x * x + 2 * y * y).LinesOnly(labels: false))
        .Add(Trace.LinesAndMarkers([1], [1]).Named("iterates"))
        .AddFrame("0", Trace.Contour([-1, 0, 1], [-1, 0, 1], (x, y) => x * x + 2 * y * y).LinesOnly(labels: false),
            Trace.LinesAndMarkers([1], [1]))
        .AddFrame("1", [Trace.LinesAndMarkers([1, 0.5], [1, -0.5])], title: "iteration 1", firstTrace: 1)
        .AddFrame("2", [Trace.LinesAndMarkers([1, 0.5, 0.25], [1, -0.5, 0.25])], firstTrace: 1));
}
