namespace MlDerivations.Plotting;

/// <summary>
/// One plotly.js trace: a scatter (markers, lines or both, with error bars or fill), bar,
/// histogram, heatmap, contour, surface or scatter3d. Create one with a factory such as
/// <see cref="Lines(IEnumerable{double}, IEnumerable{double})"/>, style it fluently
/// (<c>Trace.Lines(x, y).Named("bmi").Dash("dot")</c>) and add it to a <see cref="Figure"/>.
/// A trace is immutable: every styling call returns a new trace and copies of the data are taken
/// on creation, so one trace can be reused in several figures and frames.
/// </summary>
/// <remarks>
/// The names follow plotly.js attributes (<c>mode</c>, <c>error_y</c>, <c>fill</c>, <c>marker</c>,
/// <c>line</c>, <c>colorscale</c>, <c>nbinsx</c>, <c>histnorm</c>, <c>contours</c>), so plotly's
/// reference at https://plotly.com/javascript/reference/ describes what each one draws.
/// </remarks>
public sealed partial record Trace
{
    private Trace(string type) => Type = type;

    /// <summary>The plotly.js trace type: "scatter", "bar", "histogram", "heatmap", "contour", "surface" or "scatter3d".</summary>
    public string Type { get; }

    /// <summary>The legend entry, or null for plotly's default ("trace 0", …).</summary>
    public string? Name { get; private init; }

    /// <summary>For scatter and scatter3d: "markers", "lines" or "lines+markers".</summary>
    internal string? Mode { get; init; }

    internal double[]? X { get; init; }
    internal string[]? Categories { get; init; }
    internal double[]? Y { get; init; }
    /// <summary>z of a scatter3d: one value per point.</summary>
    internal double[]? Z { get; init; }
    /// <summary>z of a heatmap, contour or surface: Grid[i, j] is the value at (x[j], y[i]).</summary>
    internal double[,]? Grid { get; init; }

    internal string? ColorValue { get; init; }
    internal double? LineWidth { get; init; }
    internal string? DashValue { get; init; }
    internal double? MarkerSize { get; init; }
    internal string? SymbolValue { get; init; }
    internal double[]? MarkerValues { get; init; }
    internal string? ColorScaleName { get; init; }
    internal bool? ShowScale { get; init; }
    internal (double Min, double Max)? ZRange { get; init; }
    internal double[]? ErrorXValues { get; init; }
    internal double[]? ErrorYValues { get; init; }
    internal string? FillValue { get; init; }
    internal string? FillColor { get; init; }
    internal double? OpacityValue { get; init; }
    internal bool? ShowLegend { get; init; }
    internal string? LegendGroup { get; init; }
    internal string[]? HoverText { get; init; }
    internal int? BinCount { get; init; }
    internal string? HistNorm { get; init; }
    internal (double Start, double End, double Size)? ContourLevels { get; init; }
    internal bool ContourLabels { get; init; }
    internal bool ContourLinesOnly { get; init; }

    /// <summary>The subplot (1-based row and column) this trace is drawn in; (1, 1) unless placed.</summary>
    public (int Row, int Column) Subplot { get; private init; } = (1, 1);

    /// <summary>True for traces drawn in a 3-D scene rather than on x/y axes.</summary>
    internal bool IsThreeDimensional => Type is "surface" or "scatter3d";

    /// <summary>A short word for summaries: the mode of a scatter, else the plotly type.</summary>
    internal string Kind => Mode is null ? Type : Type == "scatter3d" ? "scatter3d " + Mode : Mode;

    /// <summary>The trace as plotly.js JSON, e.g. <c>{"type":"scatter","mode":"lines","x":[…],"y":[…]}</c>.</summary>
    public string ToJson(bool indented = false) =>
        Json.Write(w => TraceJsonWriter.Write(w, this, SubplotAxes.Single), indented);

    /// <summary>A one-line summary, e.g. <c>Trace scatter (lines) "bmi": 50 points</c>.</summary>
    public override string ToString()
    {
        string name = Name is null ? "" : $" \"{Name}\"";
        string size = Grid is not null
            ? $"{Grid.GetLength(0)}×{Grid.GetLength(1)} grid"
            : $"{(Y ?? X ?? []).Length} points";
        string mode = Mode is null ? "" : $" ({Mode})";
        return $"Trace {Type}{mode}{name}: {size}";
    }
}
