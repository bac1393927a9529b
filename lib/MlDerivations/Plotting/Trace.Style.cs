using MlDerivations.Validation;
namespace MlDerivations.Plotting;

// Styling: each call returns a new trace with one plotly attribute set.
public sealed partial record Trace
{
    internal static readonly string[] Dashes = ["solid", "dot", "dash", "longdash", "dashdot", "longdashdot"];
    private static readonly string[] Fills = ["none", "tozeroy", "tozerox", "tonexty", "tonextx", "toself", "tonext"];
    private static readonly string[] HistNorms = ["", "percent", "probability", "density", "probability density"];

    /// <summary>plotly.js's built-in colour scales, by the names it accepts.</summary>
    public static IReadOnlyList<string> ColorScales { get; } =
    [
        "Blackbody", "Bluered", "Blues", "Cividis", "Earth", "Electric", "Greens", "Greys", "Hot", "Jet",
        "Picnic", "Portland", "Rainbow", "RdBu", "Reds", "Viridis", "YlGnBu", "YlOrRd",
    ];

    /// <summary>Sets the legend entry (<c>name</c>).</summary>
    public Trace Named(string name) => this with { Name = Guard.NotNull(name, T, nameof(name)) };

    /// <summary>Sets the colour of the line, markers or bars, as any CSS colour ("#1f77b4", "crimson", "rgba(0,0,0,0.5)").</summary>
    public Trace Color(string color)
    {
        RequireType(nameof(Color), "scatter", "scatter3d", "bar", "histogram");
        return this with { ColorValue = Guard.Text(color, T, nameof(color)) };
    }

    /// <summary>Sets the line width in pixels (<c>line.width</c>).</summary>
    public Trace Width(double pixels)
    {
        RequireType(nameof(Width), "scatter", "scatter3d");
        return this with { LineWidth = Guard.Positive(pixels, T, nameof(pixels)) };
    }

    /// <summary>Sets the line dash (<c>line.dash</c>): "solid", "dot", "dash", "longdash", "dashdot" or "longdashdot".</summary>
    public Trace Dash(string dash)
    {
        RequireType(nameof(Dash), "scatter", "scatter3d");
        return this with { DashValue = Guard.OneOf(dash, T, nameof(dash), Dashes) };
    }

    /// <summary>Sets the marker diameter in pixels (<c>marker.size</c>).</summary>
    public Trace Size(double pixels)
    {
        RequireType(nameof(Size), "scatter", "scatter3d");
        return this with { MarkerSize = Guard.Positive(pixels, T, nameof(pixels)) };
    }

    /// <summary>Sets the marker symbol (<c>marker.symbol</c>), e.g. "circle", "x", "diamond", "star", "circle-open".</summary>
    public Trace Symbol(string symbol)
    {
        RequireType(nameof(Symbol), "scatter", "scatter3d");
        return this with { SymbolValue = Guard.Text(symbol, T, nameof(symbol)) };
    }

    /// <summary>Sets the opacity of the whole trace, in [0, 1].</summary>
    public Trace Opacity(double opacity) => this with { OpacityValue = Guard.UnitInterval(opacity, T, nameof(opacity)) };

    /// <summary>
    /// Colours each marker by a value (e.g. a cluster label or a responsibility) through a colour
    /// scale: <c>marker.color</c> = values, <c>marker.colorscale</c>, <c>marker.showscale</c>.
    /// </summary>
    public Trace ColoredBy(IEnumerable<double> values, string colorScale = "Viridis", bool showScale = false)
    {
        RequireType(nameof(ColoredBy), "scatter", "scatter3d", "bar");
        double[] v = Guard.SameLength(values, T, nameof(values), Y ?? [], "the trace's points");
        return this with { MarkerValues = v, ColorScaleName = Guard.OneOf(colorScale, T, nameof(colorScale), ColorScales), ShowScale = showScale };
    }

    /// <summary>Colours each marker by an integer label (e.g. a class or cluster index).</summary>
    public Trace ColoredBy(IEnumerable<int> labels, string colorScale = "Viridis", bool showScale = false) =>
        ColoredBy(Guard.NotNull(labels, T, nameof(labels)).Select(l => (double)l), colorScale, showScale);

    /// <summary>Sets the colour scale of a heatmap, contour or surface, and whether its colour bar shows.</summary>
    public Trace ColorScale(string name, bool showScale = true)
    {
        RequireType(nameof(ColorScale), "heatmap", "contour", "surface");
        return this with { ColorScaleName = Guard.OneOf(name, T, nameof(name), ColorScales), ShowScale = showScale };
    }

    /// <summary>Pins the colour scale of a heatmap, contour or surface to [min, max] (<c>zmin</c>, <c>zmax</c>).</summary>
    public Trace ColorRange(double min, double max)
    {
        RequireType(nameof(ColorRange), "heatmap", "contour", "surface");
        Guard.Ordered(min, max, T, nameof(min), nameof(max));
        return this with { ZRange = (min, max) };
    }

    /// <summary>Draws symmetric error bars ±e_i on y (<c>error_y</c> of type "data").</summary>
    public Trace ErrorY(IEnumerable<double> errors)
    {
        RequireType(nameof(ErrorY), "scatter", "bar");
        return this with { ErrorYValues = Guard.SameLength(errors, T, nameof(errors), Y ?? [], "y") };
    }

    /// <summary>Draws symmetric error bars ±e_i on x (<c>error_x</c> of type "data").</summary>
    public Trace ErrorX(IEnumerable<double> errors)
    {
        RequireType(nameof(ErrorX), "scatter", "bar");
        return this with { ErrorXValues = Guard.SameLength(errors, T, nameof(errors), X ?? [], "x") };
    }

    /// <summary>
    /// Fills the area under or between lines (<c>fill</c>): "tozeroy" to y = 0, "tonexty" to the
    /// previous trace, "toself" inside a closed outline; <paramref name="color"/> sets <c>fillcolor</c>.
    /// </summary>
    public Trace Fill(string fill = "tozeroy", string? color = null)
    {
        RequireType(nameof(Fill), "scatter");
        return this with
        {
            FillValue = Guard.OneOf(fill, T, nameof(fill), Fills),
            FillColor = color is null ? null : Guard.Text(color, T, nameof(color)),
        };
    }

    /// <summary>Sets hover text, one string per point.</summary>
    public Trace Hover(IEnumerable<string> text)
    {
        string[] t = Guard.NotNull(text, T, nameof(text)).Select(s => s ?? "").ToArray();
        int n = (Y ?? X ?? []).Length;
        if (t.Length != n)
            throw new ArgumentException(
                $"Trace.Text must have one string per point; got {n} points and text of length {t.Length}.", nameof(text));
        return this with { HoverText = t };
    }

    /// <summary>Leaves this trace out of the legend (<c>showlegend = false</c>).</summary>
    public Trace HideLegend() => this with { ShowLegend = false };

    /// <summary>Groups legend entries so that clicking one toggles all traces of the group (<c>legendgroup</c>).</summary>
    public Trace Group(string legendGroup) => this with { LegendGroup = Guard.Text(legendGroup, T, nameof(legendGroup)) };

    /// <summary>Normalises a histogram (<c>histnorm</c>): "", "percent", "probability", "density" or "probability density".</summary>
    public Trace Normalized(string histnorm = "probability density")
    {
        RequireType(nameof(Normalized), "histogram");
        return this with { HistNorm = Guard.OneOf(histnorm, T, nameof(histnorm), HistNorms) };
    }

    /// <summary>Draws contour levels start, start + size, …, end (<c>contours.start/end/size</c>).</summary>
    public Trace Levels(double start, double end, double size)
    {
        RequireType(nameof(Levels), "contour");
        Guard.Ordered(start, end, T, nameof(start), nameof(end));
        return this with { ContourLevels = (start, end, Guard.Positive(size, T, nameof(size))) };
    }

    /// <summary>Draws contours as coloured lines on a white background, with level labels, for a path over them.</summary>
    public Trace LinesOnly(bool labels = true)
    {
        RequireType(nameof(LinesOnly), "contour");
        return this with { ContourLinesOnly = true, ContourLabels = labels };
    }

    /// <summary>Places the trace in subplot (row, column) of the figure's grid, both 1-based, row 1 at the top.</summary>
    public Trace OnSubplot(int row, int column) =>
        this with { Subplot = (Guard.AtLeast(row, T, nameof(row), 1), Guard.AtLeast(column, T, nameof(column), 1)) };

    private static string Either(string[] types) =>
        types.Length == 1 ? types[0] : string.Join(", ", types[..^1]) + " or " + types[^1];

    private void RequireType(string member, params string[] types)
    {
        if (!types.Contains(Type))
            throw new InvalidOperationException(
                $"Trace.{member} applies to {Either(types)} traces; this trace is a {Type}.");
    }
}
