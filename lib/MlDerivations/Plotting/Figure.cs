using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Plotting;

/// <summary>
/// A plotly.js figure built fluently in a notebook cell:
/// <code>
/// new Figure().Title("Ridge path").XAxis("log₁₀ λ", log: true).YAxis("coefficient")
///     .Add(Trace.Lines(lambdas, path).Named("bmi"))
/// </code>
/// Figures are immutable: every call returns a new figure, so a half-built figure can be reused as
/// a template, and <see cref="ToJson"/> gives the same bytes for the same figure. In a notebook the
/// figure draws itself (text/html through the by-name <c>TypeFormatterSourceAttribute</c>
/// convention); <see cref="ToHtml"/> gives a standalone page.
/// </summary>
/// <remarks>
/// The JSON uses plotly.js attribute names (<c>data</c>, <c>layout.xaxis.type = "log"</c>,
/// <c>scaleanchor</c>, <c>shapes</c>, <c>annotations</c>, <c>updatemenus</c>, <c>sliders</c>,
/// <c>frames</c>), so https://plotly.com/javascript/reference/ documents it. Numbers are written
/// in their shortest round-trip form with no culture; NaN and ±∞ are written as null (a gap).
/// Why not Plotly.NET: measured in the real .NET Interactive kernel (1.0.712001, the last release),
/// Plotly.NET 6.0.0 (the only version our registry serves) needs FSharp.Core 10.1 while the kernel
/// loads FSharp.Core 10.0, so every Plotly.NET chart fails there with a FileNotFoundException; this model
/// has no dependency and renders in the kernel, in our runner and in the book alike. The test suite's
/// Plotly.NET probe says when that changes.
/// </remarks>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed partial record Figure : IRichDisplay
{
    private const string F = nameof(Figure);

    /// <summary>An empty figure: no traces, plotly's default look, 420 px high, full width.</summary>
    public Figure() { }

    internal string? TitleText { get; init; }
    internal ImmutableList<Trace> Traces { get; init; } = [];
    internal ImmutableSortedDictionary<int, AxisSettings> XAxes { get; init; } = ImmutableSortedDictionary<int, AxisSettings>.Empty;
    internal ImmutableSortedDictionary<int, AxisSettings> YAxes { get; init; } = ImmutableSortedDictionary<int, AxisSettings>.Empty;
    internal ImmutableSortedDictionary<int, AxisSettings> ZAxes { get; init; } = ImmutableSortedDictionary<int, AxisSettings>.Empty;
    internal ImmutableSortedSet<int> EqualAspectCells { get; init; } = [];
    internal int Rows { get; init; } = 1;
    internal int Columns { get; init; } = 1;
    internal ImmutableList<string> SubplotTitles { get; init; } = [];
    internal int? WidthPx { get; init; }
    internal int? HeightPx { get; init; }
    internal string LegendPosition { get; init; } = "right";
    internal string? BarModeValue { get; init; }
    internal ImmutableList<Shape> Shapes { get; init; } = [];
    internal ImmutableList<Annotation> Annotations { get; init; } = [];
    internal ImmutableList<AnimationFrame> Frames { get; init; } = [];
    internal int FrameMilliseconds { get; init; } = 500;
    internal string SliderPrefix { get; init; } = "";

    /// <summary>The number of traces added so far.</summary>
    public int TraceCount => Traces.Count;

    /// <summary>The number of animation frames added so far.</summary>
    public int FrameCount => Frames.Count;

    /// <summary>The height in pixels: as set, else 420 (320 per row for grids), plus 100 for an animation's controls.</summary>
    internal int ResolvedHeight => HeightPx ?? (Rows == 1 ? 420 : 320 * Rows) + (Frames.IsEmpty ? 0 : 100);

    /// <summary>Adds traces, drawn in order (later traces on top).</summary>
    public Figure Add(params Trace[] traces) => Add((IEnumerable<Trace>)traces);

    /// <summary>Adds traces, drawn in order (later traces on top).</summary>
    public Figure Add(IEnumerable<Trace> traces)
    {
        Trace[] added = Guard.NotNull(traces, F, nameof(traces)).ToArray();
        foreach (Trace? t in added) CheckPlaced(t, nameof(traces));
        return this with { Traces = Traces.AddRange(added) };
    }

    /// <summary>
    /// The figure as plotly.js JSON: <c>{"data": [...], "layout": {...}, "frames": [...]}</c> (frames
    /// only when animated). Same figure, same bytes.
    /// </summary>
    public string ToJson(bool indented = false) => Json.Write(w => FigureJsonWriter.Write(w, this), indented);

    /// <summary>
    /// A standalone HTML page that draws the figure, loading plotly.js from
    /// <paramref name="plotlySource"/> (a URL or a relative path), by default <see cref="PlotlyJs.CdnUrl"/>.
    /// </summary>
    public string ToHtml(string? plotlySource = null)
    {
        string source = plotlySource is null ? PlotlyJs.CdnUrl : Guard.Text(plotlySource, F, nameof(plotlySource));
        var writer = new StringWriter();
        ((IRichDisplay)this).WriteHtml(writer);
        return PlotlyJs.Page(TitleText ?? "Figure", source, writer.ToString());
    }

    /// <summary>One line, e.g. <c>Figure "Ridge path": 8 traces (lines), 0 frames</c>.</summary>
    public override string ToString()
    {
        string title = TitleText is null ? "" : $" \"{TitleText}\"";
        string kinds = Traces.IsEmpty ? "" : $" ({string.Join(", ", Traces.Select(t => t.Kind).Distinct())})";
        string traces = Traces.Count == 1 ? "1 trace" : $"{Traces.Count} traces";
        string frames = Frames.Count == 1 ? "1 frame" : $"{Frames.Count} frames";
        return $"Figure{title}: {traces}{kinds}, {frames}";
    }

    /// <summary>A deterministic element id: "plot-" and 12 hex digits of the SHA-256 of the JSON.</summary>
    internal static string ElementId(string json) =>
        "plot-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)), 0, 6).ToLowerInvariant();

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        string json = ToJson();
        writer.Write(PlotlyJs.Fragment(ElementId(json), json, ResolvedHeight));
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());

    /// <summary>The grid cell (1-based, row-major) of subplot (row, column).</summary>
    internal int Cell(int row, int column) => (row - 1) * Columns + column;

    private void CheckPlaced(Trace? trace, string parameter)
    {
        if (trace is null)
            throw new ArgumentNullException(parameter, $"Figure.{Guard.Capitalise(parameter)} must not contain null; got a null trace.");
        var (row, column) = trace.Subplot;
        if (row > Rows || column > Columns)
            throw new ArgumentException(
                $"Figure.{Guard.Capitalise(parameter)} must sit inside the {Rows}×{Columns} grid; got a trace on subplot ({row}, {column}). Call Grid(rows, columns) first.",
                parameter);
    }
}
