using System.Globalization;
using MlDerivations.Formatting;

namespace MlDerivations.Plotting;

/// <summary>
/// The pinned plotly.js bundle, shown once in a notebook session so that every later figure draws
/// without network (a classroom without Wi-Fi, a plane). Made by <see cref="PlotlyJs.Offline"/>.
/// </summary>
/// <remarks>
/// Its HTML is one inline script holding the bundle, run with <c>define</c>, <c>exports</c> and
/// <c>module</c> hidden so that plotly.js sets <c>window.Plotly</c> even where require.js is present
/// (VS Code, Jupyter) instead of registering an anonymous AMD module, and a line saying what was
/// embedded. Figures look for <c>window.Plotly</c> first. The output carries the whole bundle (about
/// 4.6 MB), so it is opt-in rather than part of every chapter's first cell.
/// </remarks>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class OfflinePlotly : IRichDisplay
{
    private readonly string bundle;

    internal OfflinePlotly(string path, string bundle)
    {
        Path = path;
        this.bundle = bundle;
    }

    /// <summary>The plotly.min.js file that was embedded.</summary>
    public string Path { get; }

    /// <summary>The length of the embedded bundle in characters (about 4.6 million for plotly.js 2.35.2).</summary>
    public int Length => bundle.Length;

    /// <summary>One line, e.g. <c>plotly.js 2.35.2 embedded from /repo/node_modules/… (4.6 MB)</c>.</summary>
    public override string ToString() =>
        $"plotly.js {PlotlyJs.Version} embedded from {Path} ({(bundle.Length / 1e6).ToString("0.0", CultureInfo.InvariantCulture)} MB): figures in this session draw without network.";

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        writer.Write("<script type=\"text/javascript\">(function (define, exports, module) {\n");
        writer.Write(bundle);
        writer.Write("\n})();</script>\n<p class=\"ml-plotly-offline\">");
        writer.Write(Html.Escape(ToString()));
        writer.Write("</p>");
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());
}
