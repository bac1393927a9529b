using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Iterative;

namespace MlDerivations.Optimization;

/// <summary>The small HTML table that optimisation results show in a notebook.</summary>
internal static class ResultTable
{
    /// <summary>Writes how the iteration ended (green when converged, red and marked "NOT converged" when not) and opens the table.</summary>
    public static void Open(TextWriter writer, string cssClass, Convergence convergence)
    {
        writer.Write($"<div class=\"{cssClass}\" style=\"font-family:system-ui,sans-serif\">");
        ((IRichDisplay)convergence).WriteHtml(writer);
        writer.Write("<table style=\"font-family:ui-monospace,monospace\">");
    }

    public static void Row(TextWriter writer, string name, string value) =>
        writer.Write($"<tr><td>{Html.Escape(name)}</td><td>{Html.Escape(value)}</td></tr>");

    public static void Close(TextWriter writer) => writer.Write("</table></div>");

    /// <summary>The first eight entries with eight significant digits, then "…".</summary>
    public static string Numbers(Vector<double> v) =>
        string.Join(", ", v.Take(8).Select(x => Html.Number(x, 8))) + (v.Count > 8 ? ", …" : "");
}
