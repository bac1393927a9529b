using System.Text.Json;

namespace MlDerivations.Plotting;

/// <summary>
/// Writes an animated figure's <c>frames</c>, and in its layout the Play/Pause buttons
/// (<c>updatemenus</c>) and the slider (<c>sliders</c>) with one step per frame. Each button and
/// step calls plotly's <c>animate</c> with the frames it names.
/// </summary>
internal static class AnimationJsonWriter
{
    public static void WriteFrames(Utf8JsonWriter w, Figure f)
    {
        w.WriteStartArray("frames");
        foreach (AnimationFrame frame in f.Frames)
        {
            w.WriteStartObject();
            w.WriteString("name", frame.Name);
            w.WritePropertyName("data");
            FigureJsonWriter.WriteTraces(w, f, frame.Traces);
            // Frame trace i replaces figure trace FirstTrace + i.
            w.WriteStartArray("traces");
            for (int i = 0; i < frame.Traces.Count; i++) w.WriteNumberValue(frame.FirstTrace + i);
            w.WriteEndArray();
            if (frame.Title is not null)
            {
                w.WriteStartObject("layout");
                FigureJsonWriter.WriteTitle(w, frame.Title);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void WriteControls(Utf8JsonWriter w, Figure f)
    {
        w.WriteStartArray("updatemenus");
        w.WriteStartObject();
        w.WriteString("type", "buttons");
        w.WriteString("direction", "left");
        w.WriteBoolean("showactive", false);
        Json.Number(w, "x", 0);
        Json.Number(w, "y", 0);
        w.WriteString("xanchor", "left");
        w.WriteString("yanchor", "top");
        WritePad(w, top: 70, left: 0);
        w.WriteStartArray("buttons");
        // Play: args[0] = null animates all frames in order, from the current one.
        WriteButton(w, "Play", f, playAll: true);
        // Pause: args[0] = [null] interrupts the running animation.
        WriteButton(w, "Pause", f, playAll: false);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        WriteSlider(w, f);
    }

    private static void WriteButton(Utf8JsonWriter w, string label, Figure f, bool playAll)
    {
        w.WriteStartObject();
        w.WriteString("label", label);
        w.WriteString("method", "animate");
        w.WriteStartArray("args");
        if (playAll) w.WriteNullValue();
        else
        {
            w.WriteStartArray();
            w.WriteNullValue();
            w.WriteEndArray();
        }
        WriteAnimationOptions(w, playAll ? f.FrameMilliseconds : 0, playAll && f.FramesNeedRedraw, fromCurrent: playAll);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSlider(Utf8JsonWriter w, Figure f)
    {
        w.WriteStartArray("sliders");
        w.WriteStartObject();
        w.WriteNumber("active", 0);
        Json.Number(w, "x", 0.15);
        Json.Number(w, "len", 0.85);
        Json.Number(w, "y", 0);
        w.WriteString("xanchor", "left");
        w.WriteString("yanchor", "top");
        WritePad(w, top: 50, left: 0);
        w.WriteStartObject("currentvalue");
        w.WriteBoolean("visible", true);
        w.WriteString("prefix", f.SliderPrefix);
        w.WriteString("xanchor", "right");
        w.WriteEndObject();
        w.WriteStartArray("steps");
        foreach (AnimationFrame frame in f.Frames)
        {
            w.WriteStartObject();
            w.WriteString("label", frame.Name);
            w.WriteString("method", "animate");
            w.WriteStartArray("args");
            w.WriteStartArray();
            w.WriteStringValue(frame.Name);
            w.WriteEndArray();
            WriteAnimationOptions(w, f.FrameMilliseconds, f.FramesNeedRedraw, fromCurrent: false);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteAnimationOptions(Utf8JsonWriter w, int milliseconds, bool redraw, bool fromCurrent)
    {
        w.WriteStartObject();
        w.WriteString("mode", "immediate");
        if (fromCurrent) w.WriteBoolean("fromcurrent", true);
        w.WriteStartObject("frame");
        w.WriteNumber("duration", milliseconds);
        w.WriteBoolean("redraw", redraw);
        w.WriteEndObject();
        w.WriteStartObject("transition");
        w.WriteNumber("duration", 0);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WritePad(Utf8JsonWriter w, int top, int left)
    {
        w.WriteStartObject("pad");
        w.WriteNumber("t", top);
        w.WriteNumber("l", left);
        w.WriteEndObject();
    }
}
