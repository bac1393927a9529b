using System.Text.RegularExpressions;
using MlDerivations.Plotting;
using MlDerivations.Tests.Formatting;

namespace MlDerivations.Tests.Plotting;

/// <summary>How a figure shows itself: in a notebook host (found as the kernel finds it), as a page, as text.</summary>
public sealed class FigureRenderingTests
{
    private static readonly Figure Ridge = new Figure().Title("Ridge path").XAxis("log₁₀ λ", log: true).YAxis("coefficient")
        .Add(Enumerable.Range(0, 8).Select(k => Trace.Lines([0.1, 1, 10], [k, k / 2.0, 0]).Named("β" + k)));

    [Fact]
    public void KernelDiscovery_FindsAnHtmlFormatterThatEmbedsTheFiguresJson()
    {
        string html = KernelFormatterDiscovery.Format(Ridge, "text/html");

        Assert.Contains("var figure = " + Ridge.ToJson() + ";", html);
        Assert.Contains($"<div id=\"{Figure.ElementId(Ridge.ToJson())}\"", html);
    }

    [Fact]
    public void KernelDiscovery_FindsAPlainTextFormatterThatWritesOneLine()
    {
        string text = KernelFormatterDiscovery.Format(Ridge, "text/plain");

        Assert.Equal("Figure \"Ridge path\": 8 traces (lines), 0 frames", text);
    }

    [Fact]
    public void KernelDiscovery_SeesHtmlAsThePreferredMimeType()
    {
        Assert.Equal(["text/html"], KernelFormatterDiscovery.PreferredMimeTypes(typeof(Figure))!);
    }

    [Fact]
    public void PlainText_CountsTracesByKindAndFrames()
    {
        var figure = new Figure().Add(Trace.Markers([1], [1]), Trace.Lines([1.0]), Trace.Markers([2], [2]), Trace.Bar(["a"], [1]))
            .AddFrame("0", Trace.Markers([1], [2]));

        Assert.Equal("Figure: 4 traces (markers, lines, bar), 1 frame", figure.ToString());
        Assert.Equal("Figure: 0 traces, 0 frames", new Figure().ToString());
    }

    [Fact]
    public void Html_DrawsWithWindowPlotlyElseRequireJsElseTheCdn()
    {
        string html = KernelFormatterDiscovery.Format(Ridge, "text/html");

        int plotly = html.IndexOf("if (window.Plotly)", StringComparison.Ordinal);
        int require = html.IndexOf("typeof require === \"function\"", StringComparison.Ordinal);
        int cdn = html.IndexOf("loader.src = \"https://cdn.plot.ly/plotly-2.35.2.min.js\"", StringComparison.Ordinal);
        Assert.True(plotly >= 0 && require > plotly && cdn > require, "the three ways to get plotly.js, in order");
        Assert.Contains("require.config({paths: {plotly: \"https://cdn.plot.ly/plotly-2.35.2.min\"}})", html);
        Assert.Contains("Plotly.newPlot(el, figure.data, figure.layout, config)", html);
        Assert.Contains("\"responsive\": true, \"displaylogo\": false", html);
    }

    [Fact]
    public void Html_AddsTheFramesOfAnAnimatedFigure()
    {
        string html = KernelFormatterDiscovery.Format(Ridge.AddFrame("0", Trace.Lines([1.0])), "text/html");

        Assert.Contains("Plotly.addFrames(gd, figure.frames)", html);
        Assert.Contains("\"frames\":[", html);
    }

    [Fact]
    public void ElementId_IsAHashOfTheJsonSoItIsStableAcrossRuns()
    {
        string id = Figure.ElementId(Ridge.ToJson());

        Assert.Matches(new Regex("^plot-[0-9a-f]{12}$"), id);
        // SHA-256("") starts e3b0c442 98fc: a published constant, independent of our code.
        Assert.Equal("plot-e3b0c44298fc", Figure.ElementId(""));
        Assert.NotEqual(id, Figure.ElementId(Ridge.Title("other").ToJson()));
    }

    [Fact]
    public void ToHtml_IsAStandalonePageThatLoadsPlotlyFromTheCdnOrAGivenPath()
    {
        string page = Ridge.ToHtml();
        string offline = Ridge.ToHtml("assets/plotly.min.js");

        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("<title>Ridge path</title>", page);
        Assert.Contains("<script src=\"https://cdn.plot.ly/plotly-2.35.2.min.js\" charset=\"utf-8\"></script>", page);
        Assert.Contains("<script src=\"assets/plotly.min.js\" charset=\"utf-8\"></script>", offline);
        Assert.Contains(Ridge.ToJson(), page);
        Assert.EndsWith("</html>\n", page);
    }

    [Fact]
    public void PlotlyVersion_MatchesTheCdnUrl()
    {
        Assert.Equal("2.35.2", PlotlyJs.Version);
        Assert.Equal("https://cdn.plot.ly/plotly-2.35.2.min.js", PlotlyJs.CdnUrl);
    }
}
