using System.Text.Json;

namespace MlDerivations.Plotting;

/// <summary>Writes a <see cref="Figure"/> as <c>{"data": [...], "layout": {...}, "frames": [...]}</c>.</summary>
internal static class FigureJsonWriter
{
    /// <summary>d3's category10, plotly's own default colour sequence, pinned so colours never shift.</summary>
    internal static readonly string[] Colorway =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    public static void Write(Utf8JsonWriter w, Figure f)
    {
        w.WriteStartObject();
        w.WritePropertyName("data");
        WriteTraces(w, f, f.Traces);
        w.WritePropertyName("layout");
        WriteLayout(w, f);
        if (!f.Frames.IsEmpty) AnimationJsonWriter.WriteFrames(w, f);
        w.WriteEndObject();
    }

    internal static void WriteTraces(Utf8JsonWriter w, Figure f, IEnumerable<Trace> traces)
    {
        w.WriteStartArray();
        foreach (Trace t in traces)
            TraceJsonWriter.Write(w, t, new SubplotAxes(f.Cell(t.Subplot.Row, t.Subplot.Column)));
        w.WriteEndArray();
    }

    private static void WriteLayout(Utf8JsonWriter w, Figure f)
    {
        w.WriteStartObject();
        if (f.TitleText is not null) WriteTitle(w, f.TitleText);
        Json.Strings(w, "colorway", Colorway);
        w.WriteBoolean("autosize", true);
        if (f.WidthPx is int width) w.WriteNumber("width", width);
        w.WriteNumber("height", f.ResolvedHeight);
        WriteMargin(w, f);
        WriteLegend(w, f.LegendPosition);
        if (f.BarModeValue is not null) w.WriteString("barmode", f.BarModeValue);
        SubplotJsonWriter.WriteAxes(w, f);
        SubplotJsonWriter.WriteShapes(w, f);
        SubplotJsonWriter.WriteAnnotations(w, f);
        if (!f.Frames.IsEmpty) AnimationJsonWriter.WriteControls(w, f);
        w.WriteEndObject();
    }

    internal static void WriteTitle(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject("title");
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static void WriteMargin(Utf8JsonWriter w, Figure f)
    {
        // Tighter than plotly's 80 px on every side, which wastes a notebook's narrow column; room
        // at the top for a title, at the bottom for an animation's slider and buttons.
        w.WriteStartObject("margin");
        w.WriteNumber("l", 60);
        w.WriteNumber("r", 30);
        w.WriteNumber("t", f.TitleText is null && f.SubplotTitles.IsEmpty ? 30 : 60);
        w.WriteNumber("b", f.Frames.IsEmpty ? 50 : 150);
        w.WriteEndObject();
    }

    private static void WriteLegend(Utf8JsonWriter w, string position)
    {
        if (position == "right") return;
        if (position == "hidden")
        {
            w.WriteBoolean("showlegend", false);
            return;
        }
        w.WriteStartObject("legend");
        if (position == "below")
        {
            w.WriteString("orientation", "h");
            Json.Number(w, "x", 0);
            Json.Number(w, "y", -0.15);
            w.WriteString("yanchor", "top");
        }
        else
        {
            bool left = position.EndsWith("left", StringComparison.Ordinal);
            bool top = position.StartsWith("top", StringComparison.Ordinal);
            Json.Number(w, "x", left ? 0.01 : 0.99);
            Json.Number(w, "y", top ? 0.99 : 0.01);
            w.WriteString("xanchor", left ? "left" : "right");
            w.WriteString("yanchor", top ? "top" : "bottom");
            w.WriteString("bgcolor", "rgba(255,255,255,0.7)");
        }
        w.WriteEndObject();
    }
}
