using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;

namespace MlDerivations.Optimization;

/// <summary>The small HTML table that optimisation results show in a notebook.</summary>
internal static class ResultTable
{
    /// <summary>Writes the result's message (green when converged, red when not) and opens the table.</summary>
    public static void Open(TextWriter writer, string cssClass, bool converged, string message)
    {
        writer.Write($"<div class=\"{cssClass}\" style=\"font-family:system-ui,sans-serif\">");
        writer.Write($"<div style=\"color:{(converged ? "#15803d" : "#b91c1c")}\">{Html.Escape(message)}</div>");
        writer.Write("<table style=\"font-family:ui-monospace,monospace\">");
    }

    public static void Row(TextWriter writer, string name, string value) =>
        writer.Write($"<tr><td>{Html.Escape(name)}</td><td>{Html.Escape(value)}</td></tr>");

    public static void Close(TextWriter writer) => writer.Write("</table></div>");

    /// <summary>The first eight entries with eight significant digits, then "…".</summary>
    public static string Numbers(Vector<double> v) =>
        string.Join(", ", v.Take(8).Select(x => Html.Number(x, 8))) + (v.Count > 8 ? ", …" : "");
}
