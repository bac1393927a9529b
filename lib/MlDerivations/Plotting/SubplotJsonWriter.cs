using System.Text.Json;

namespace MlDerivations.Plotting;

/// <summary>
/// Writes the layout parts that belong to subplots: each cell's axes with their domains (the
/// fraction of the figure the cell covers, row 1 at the top), 3-D scenes, shapes and annotations.
/// </summary>
internal static class SubplotJsonWriter
{
    // Fractions of the plot area between cells; a row gap leaves room for tick labels, an x-axis title
    // and the next row's subplot title.
    private const double ColumnGap = 0.08, RowGap = 0.18;

    public static void WriteAxes(Utf8JsonWriter w, Figure f)
    {
        bool grid = f.Rows * f.Columns > 1;
        for (int cell = 1; cell <= f.Rows * f.Columns; cell++)
        {
            var axes = new SubplotAxes(cell);
            var traces = f.Traces.Where(t => f.Cell(t.Subplot.Row, t.Subplot.Column) == cell).ToList();
            bool threeD = traces.Any(t => t.IsThreeDimensional) || f.ZAxes.ContainsKey(cell);
            bool flat = traces.Any(t => !t.IsThreeDimensional) || f.XAxes.ContainsKey(cell) || f.YAxes.ContainsKey(cell)
                || f.EqualAspectCells.Contains(cell) || f.Shapes.Any(s => s.Cell == cell) || f.Annotations.Any(a => a.Cell == cell);
            var (x, y) = Domain(f, cell);
            if (flat && !(threeD && traces.All(t => t.IsThreeDimensional)))
            {
                WriteAxis(w, axes.XAxisKey, f.XAxes.GetValueOrDefault(cell), grid ? x : null, grid ? axes.Y : null, null);
                WriteAxis(w, axes.YAxisKey, f.YAxes.GetValueOrDefault(cell), grid ? y : null, grid ? axes.X : null,
                    f.EqualAspectCells.Contains(cell) ? axes.X : null);
            }
            if (threeD) WriteScene(w, f, cell, axes, grid ? (x, y) : null);
        }
    }

    /// <summary>The cell's [start, end] along x and along y, rounded to 6 digits so the bytes are stable.</summary>
    internal static ((double, double) X, (double, double) Y) Domain(Figure f, int cell)
    {
        int row = (cell - 1) / f.Columns, column = (cell - 1) % f.Columns; // 0-based
        double width = (1 - (f.Columns - 1) * ColumnGap) / f.Columns;
        double height = (1 - (f.Rows - 1) * RowGap) / f.Rows;
        double x0 = column * (width + ColumnGap), y1 = 1 - row * (height + RowGap);
        return ((Round(x0), Round(x0 + width)), (Round(y1 - height), Round(y1)));
    }

    private static double Round(double v) => Math.Clamp(Math.Round(v, 6), 0, 1);

    private static void WriteAxis(Utf8JsonWriter w, string key, AxisSettings? axis, (double, double)? domain, string? anchor, string? scaleAnchor)
    {
        if (axis is null && domain is null && scaleAnchor is null) return;
        w.WriteStartObject(key);
        WriteAxisSettings(w, axis);
        if (domain is var (start, end)) Json.Numbers(w, "domain", [start, end]);
        if (anchor is not null) w.WriteString("anchor", anchor);
        if (scaleAnchor is not null)
        {
            w.WriteString("scaleanchor", scaleAnchor);
            w.WriteNumber("scaleratio", 1);
        }
        w.WriteEndObject();
    }

    private static void WriteAxisSettings(Utf8JsonWriter w, AxisSettings? axis)
    {
        if (axis is null) return;
        if (axis.Title is not null) FigureJsonWriter.WriteTitle(w, axis.Title);
        if (axis.Log)
        {
            w.WriteString("type", "log");
            // Ticks as 10⁻⁶ rather than plotly's SI default ("1μ"), which misreads as a unit.
            w.WriteString("exponentformat", "power");
        }
        if (axis.Range is var (min, max))
            Json.Numbers(w, "range", axis.Log ? [Math.Log10(min), Math.Log10(max)] : [min, max]);
    }

    private static void WriteScene(Utf8JsonWriter w, Figure f, int cell, SubplotAxes axes, ((double, double) X, (double, double) Y)? domain)
    {
        var settings = new[] { ("xaxis", f.XAxes), ("yaxis", f.YAxes), ("zaxis", f.ZAxes) }
            .Where(a => a.Item2.ContainsKey(cell)).Select(a => (Key: a.Item1, Axis: a.Item2[cell])).ToList();
        if (domain is null && settings.Count == 0) return;
        w.WriteStartObject(axes.Scene);
        if (domain is var (x, y))
        {
            w.WriteStartObject("domain");
            Json.Numbers(w, "x", [x.Item1, x.Item2]);
            Json.Numbers(w, "y", [y.Item1, y.Item2]);
            w.WriteEndObject();
        }
        foreach (var (key, axis) in settings)
        {
            w.WriteStartObject(key);
            WriteAxisSettings(w, axis);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    public static void WriteShapes(Utf8JsonWriter w, Figure f)
    {
        if (f.Shapes.IsEmpty) return;
        w.WriteStartArray("shapes");
        foreach (Shape s in f.Shapes)
        {
            var axes = new SubplotAxes(s.Cell);
            w.WriteStartObject();
            w.WriteString("type", s.Kind);
            w.WriteString("xref", s.SpansX ? axes.X + " domain" : axes.X);
            w.WriteString("yref", s.SpansY ? axes.Y + " domain" : axes.Y);
            Json.Number(w, "x0", s.X0);
            Json.Number(w, "y0", s.Y0);
            Json.Number(w, "x1", s.X1);
            Json.Number(w, "y1", s.Y1);
            w.WriteStartObject("line");
            if (s.LineColor is not null) w.WriteString("color", s.LineColor);
            w.WriteNumber("width", s.FillColor is null ? 2 : 0);
            if (s.Dash is not null) w.WriteString("dash", s.Dash);
            w.WriteEndObject();
            if (s.FillColor is not null) w.WriteString("fillcolor", s.FillColor);
            w.WriteString("layer", s.FillColor is null ? "above" : "below");
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>An annotation coordinate in the units plotly expects: log₁₀ of a positive value on a log axis.</summary>
    private static double OnAxis(double value, AxisSettings? axis) => axis is { Log: true } && value > 0 ? Math.Log10(value) : value;

    public static void WriteAnnotations(Utf8JsonWriter w, Figure f)
    {
        if (f.Annotations.IsEmpty && f.SubplotTitles.IsEmpty) return;
        w.WriteStartArray("annotations");
        for (int cell = 1; cell <= f.SubplotTitles.Count; cell++)
        {
            var (x, y) = Domain(f, cell);
            w.WriteStartObject();
            w.WriteString("text", f.SubplotTitles[cell - 1]);
            w.WriteString("xref", "paper");
            w.WriteString("yref", "paper");
            Json.Number(w, "x", Round((x.Item1 + x.Item2) / 2));
            Json.Number(w, "y", y.Item2);
            w.WriteString("xanchor", "center");
            w.WriteString("yanchor", "bottom");
            w.WriteBoolean("showarrow", false);
            w.WriteEndObject();
        }
        foreach (Annotation a in f.Annotations)
        {
            var axes = new SubplotAxes(a.Cell);
            w.WriteStartObject();
            w.WriteString("text", a.Text);
            w.WriteString("xref", axes.X);
            w.WriteString("yref", axes.Y);
            // Unlike traces and shapes, plotly places annotations on a log axis in log₁₀ units.
            Json.Number(w, "x", OnAxis(a.X, f.XAxes.GetValueOrDefault(a.Cell)));
            Json.Number(w, "y", OnAxis(a.Y, f.YAxes.GetValueOrDefault(a.Cell)));
            w.WriteBoolean("showarrow", a.Arrow);
            if (a.Arrow) w.WriteNumber("arrowhead", 2);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
