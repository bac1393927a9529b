using System.Text.RegularExpressions;
using MlDerivations.Plotting;
using MlDerivations.Tests.Data;
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

        int plotly = html.IndexOf("if (isPlotly(window.Plotly))", StringComparison.Ordinal);
        int require = html.IndexOf("typeof require === \"function\"", StringComparison.Ordinal);
        int cdn = html.IndexOf("loader.src = \"https://cdn.plot.ly/plotly-2.35.2.min.js\"", StringComparison.Ordinal);
        Assert.True(plotly >= 0 && require > plotly && cdn > require, "the three ways to get plotly.js, in order");
        Assert.Contains("require.config({paths: {plotly: \"https://cdn.plot.ly/plotly-2.35.2.min\"}})", html);
        Assert.Contains("Plotly.newPlot(el, figure.data, figure.layout, config)", html);
        Assert.Contains("\"responsive\": true, \"displaylogo\": false", html);
    }

    [Fact]
    public void Html_HoldsAPendingNoteUntilDrawn_AndSaysWhenPlotlyCannotLoad()
    {
        string html = KernelFormatterDiscovery.Format(Ridge, "text/html");

        Assert.Contains("<p class=\"ml-plot-note\"", html);
        Assert.Contains("Interactive figure: drawn by plotly.js 2.35.2 where scripts run", html);
        Assert.Contains("el.textContent = \"\";", html);
        Assert.Contains("Figure not drawn: ", html);
        Assert.Contains("run MlDerivations.Plotting.PlotlyJs.Offline() in a cell once", html);
        Assert.Contains("typeof p.newPlot === \"function\"", html);
        Assert.Contains("setTimeout(function () { fail(\"plotly.js did not load within 20 s (offline?).\"); }, 20000);", html);
    }

    [Fact]
    public void Offline_EmbedsThePinnedBundleWithAmdHidden()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "plotly.min.js");
        File.WriteAllText(path, "/**\n* plotly.js v2.35.2\n*/\nwindow.Plotly = {newPlot: function () {}};");

        var offline = PlotlyJs.Offline(path);
        string html = KernelFormatterDiscovery.Format(offline, "text/html");

        Assert.Equal(path, offline.Path);
        Assert.StartsWith("<script type=\"text/javascript\">(function (define, exports, module) {\n/**", html);
        Assert.Contains("window.Plotly = {newPlot: function () {}};\n})();</script>", html);
        Assert.Contains($"plotly.js 2.35.2 embedded from {path} (0.0 MB)", KernelFormatterDiscovery.Format(offline, "text/plain"));
    }

    [Fact]
    public void Offline_RejectsAMissingFileAndAnotherVersion()
    {
        using var folder = new TempFolder();
        string missing = Path.Combine(folder.Path, "nope.js");
        var notFound = Assert.Throws<FileNotFoundException>(() => PlotlyJs.Offline(missing));
        Assert.Contains($"plotlyJsPath must name an existing plotly.min.js; got '{missing}'", notFound.Message);

        string old = Path.Combine(folder.Path, "old.js");
        File.WriteAllText(old, "/**\n* plotly.js v1.58.5\n*/");
        var wrong = Assert.Throws<ArgumentException>(() => PlotlyJs.Offline(old));
        Assert.Equal("plotlyJsPath", wrong.ParamName);
        Assert.Contains("must be plotly.js 2.35.2", wrong.Message);

        Assert.Throws<ArgumentException>(() => PlotlyJs.Offline(" "));
    }

    [Fact]
    public void Offline_FindsTheRepositorysNpmBundleByDefault()
    {
        // ./test.sh runs `npm ci`, which installs plotly.js-dist-min under node_modules.
        var offline = PlotlyJs.Offline();

        Assert.EndsWith(Path.Combine("node_modules", "plotly.js-dist-min", "plotly.min.js"), offline.Path);
        Assert.True(offline.Length > 1_000_000, $"the bundle is {offline.Length} characters");
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
