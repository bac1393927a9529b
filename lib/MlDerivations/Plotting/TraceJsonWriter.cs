using System.Text.Json;

namespace MlDerivations.Plotting;

/// <summary>Writes one <see cref="Trace"/> as a plotly.js trace object, attributes in a fixed order.</summary>
internal static class TraceJsonWriter
{
    public static void Write(Utf8JsonWriter w, Trace t, SubplotAxes axes)
    {
        w.WriteStartObject();
        w.WriteString("type", t.Type);
        if (t.Name is not null) w.WriteString("name", t.Name);
        if (t.Mode is not null) w.WriteString("mode", t.Mode);
        WriteData(w, t);
        WriteMarker(w, t);
        WriteLine(w, t);
        WriteErrors(w, "error_x", t.ErrorXValues);
        WriteErrors(w, "error_y", t.ErrorYValues);
        if (t.FillValue is not null) w.WriteString("fill", t.FillValue);
        if (t.FillColor is not null) w.WriteString("fillcolor", t.FillColor);
        if (t.OpacityValue is double opacity) Json.Number(w, "opacity", opacity);
        if (t.ShowLegend is bool show) w.WriteBoolean("showlegend", show);
        if (t.LegendGroup is not null) w.WriteString("legendgroup", t.LegendGroup);
        if (t.BinCount is int bins) w.WriteNumber("nbinsx", bins);
        if (t.HistNorm is not null) w.WriteString("histnorm", t.HistNorm);
        WriteColorScale(w, t);
        WriteContours(w, t);
        WriteAxes(w, t, axes);
        w.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter w, Trace t)
    {
        if (t.Categories is not null) Json.Strings(w, "x", t.Categories);
        if (t.X is not null) Json.Numbers(w, "x", t.X);
        if (t.Y is not null) Json.Numbers(w, "y", t.Y);
        if (t.Z is not null) Json.Numbers(w, "z", t.Z);
        if (t.Grid is not null) Json.Rows(w, "z", t.Grid);
        if (t.HoverText is not null) Json.Strings(w, "text", t.HoverText);
    }

    private static void WriteMarker(Utf8JsonWriter w, Trace t)
    {
        bool hasMarkers = t.Mode is null || t.Mode.Contains("markers");
        bool colored = hasMarkers && t.Type is "scatter" or "scatter3d" or "bar" or "histogram";
        string? color = colored && t.MarkerValues is null ? t.ColorValue : null;
        if (color is null && t.MarkerSize is null && t.SymbolValue is null && t.MarkerValues is null) return;
        w.WriteStartObject("marker");
        if (color is not null) w.WriteString("color", color);
        if (t.MarkerValues is not null)
        {
            Json.Numbers(w, "color", t.MarkerValues);
            w.WriteString("colorscale", t.ColorScaleName);
            w.WriteBoolean("showscale", t.ShowScale ?? false);
        }
        if (t.MarkerSize is double size) Json.Number(w, "size", size);
        if (t.SymbolValue is not null) w.WriteString("symbol", t.SymbolValue);
        w.WriteEndObject();
    }

    private static void WriteLine(Utf8JsonWriter w, Trace t)
    {
        bool hasLines = t.Mode is not null && t.Mode.Contains("lines");
        string? color = hasLines ? t.ColorValue : null;
        if (color is null && t.LineWidth is null && t.DashValue is null) return;
        w.WriteStartObject("line");
        if (color is not null) w.WriteString("color", color);
        if (t.LineWidth is double width) Json.Number(w, "width", width);
        if (t.DashValue is not null) w.WriteString("dash", t.DashValue);
        w.WriteEndObject();
    }

    private static void WriteErrors(Utf8JsonWriter w, string name, double[]? errors)
    {
        if (errors is null) return;
        w.WriteStartObject(name);
        w.WriteString("type", "data");
        Json.Numbers(w, "array", errors);
        w.WriteBoolean("visible", true);
        w.WriteEndObject();
    }

    private static void WriteColorScale(Utf8JsonWriter w, Trace t)
    {
        if (t.Grid is null) return;
        w.WriteString("colorscale", t.ColorScaleName ?? "Viridis");
        if (t.ShowScale is bool show) w.WriteBoolean("showscale", show);
        if (t.ZRange is var (min, max))
        {
            Json.Number(w, "zmin", min);
            Json.Number(w, "zmax", max);
        }
    }

    private static void WriteContours(Utf8JsonWriter w, Trace t)
    {
        if (t.ContourLevels is null && !t.ContourLinesOnly) return;
        if (t.ContourLevels is not null) w.WriteBoolean("autocontour", false);
        w.WriteStartObject("contours");
        if (t.ContourLevels is var (start, end, size))
        {
            Json.Number(w, "start", start);
            Json.Number(w, "end", end);
            Json.Number(w, "size", size);
        }
        if (t.ContourLinesOnly) w.WriteString("coloring", "lines");
        if (t.ContourLabels) w.WriteBoolean("showlabels", true);
        w.WriteEndObject();
    }

    private static void WriteAxes(Utf8JsonWriter w, Trace t, SubplotAxes axes)
    {
        if (axes.Cell == 1) return;
        if (t.IsThreeDimensional)
        {
            w.WriteString("scene", axes.Scene);
            return;
        }
        w.WriteString("xaxis", axes.X);
        w.WriteString("yaxis", axes.Y);
    }
}
