using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Browser;

/// <summary>
/// The library's figure HTML, as the runner writes it, in headless Chromium under the conditions
/// that made figures vanish in real hosts: no network, require.js arriving before the plotly.js
/// bundle runs, and the offline embed. A figure either draws or says in its box why it did not.
/// </summary>
public sealed class FigureScriptBrowserTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private const string Cdn = "https://cdn.plot.ly/plotly-2.35.2.min.js";

    // Installs a minimal require.js stand-in: define() records an anonymous module the way
    // require.js does, and require(["plotly"]) hands back that module (or fails).
    private const string FakeRequireJs = """
        <script>
        (function () {
          var factory = null;
          window.amdDefines = 0;
          window.define = function (deps, f) { window.amdDefines++; factory = typeof deps === "function" ? deps : f; };
          window.define.amd = {};
          window.require = function (names, ok, fail) { if (factory) ok(factory()); else if (fail) fail(new Error("no module")); };
          window.require.config = function () {};
        })();
        </script>
        """;

    private readonly TempFolder _folder = new();
    private string _figureHtml = "";
    private string _offlineHtml = "";

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Repository.LibraryDll), $"{Repository.LibraryDll} is missing: run `dotnet build` first.");
        string path = TestNotebook.Write(_folder.Path, "figure.ipynb",
            $"#r \"{Repository.LibraryDll}\"\nusing MlDerivations.Plotting;",
            "new Figure().Title(\"Three points\").XAxis(\"x\").YAxis(\"y\").Add(Trace.Lines(new double[] { 1, 3, 2 }).Named(\"line\"))",
            $"PlotlyJs.Offline(\"{PlotlyBundle()}\")");
        var run = await TestNotebook.RunAsync(path);
        Assert.True(run.Succeeded, run.ErrorMessage);
        _figureHtml = Html(run.Executed.Cells[1]);
        _offlineHtml = Html(run.Executed.Cells[2]);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private static string Html(Cell cell) =>
        cell.Outputs.Single(o => o.Type == OutputType.ExecuteResult).Data["text/html"];

    private static string PlotlyBundle() =>
        Path.Combine(OfflineBookBrowserTests.NodeModules(), "plotly.js-dist-min", "plotly.min.js");

    private string Page(string name, params string[] parts)
    {
        string path = _folder.File(name);
        File.WriteAllText(path, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + string.Concat(parts) + "</body></html>");
        return path;
    }

    private static Task<bool> DrawnAsync(OpenedPage opened) =>
        opened.Page.WaitForFunctionAsync("() => document.querySelector('.ml-plot svg.main-svg') !== null", null, new() { Timeout = HeadlessChromium.PatienceMilliseconds })
            .ContinueWith(t => t.IsCompletedSuccessfully);

    [Fact]
    public async Task WithoutNetwork_TheBoxSaysWhyAndNamesTheOfflineRemedy()
    {
        await using var opened = await chromium.OpenOfflineAsync(Page("offline.html", _figureHtml));
        await opened.Page.WaitForFunctionAsync(
            "() => document.querySelector('.ml-plot-note').textContent.startsWith('Figure not drawn')", null, new() { Timeout = HeadlessChromium.PatienceMilliseconds });

        string note = await opened.Page.TextContentAsync(".ml-plot-note") ?? "";
        Assert.Contains($"plotly.js could not be loaded from {Cdn} (offline?)", note);
        Assert.Contains("PlotlyJs.Offline()", note);
        Assert.Contains(opened.Problems, p => p.Contains("network request blocked: " + Cdn, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutScripts_TheBoxShowsItsPendingNote()
    {
        // What a viewer that runs no script shows (GitHub, nbviewer): the note, not an empty box.
        await using var opened = await chromium.OpenOfflineAsync(Page("noscript.html", _figureHtml.Split("<script")[0]));
        string note = await opened.Page.TextContentAsync(".ml-plot-note") ?? "";
        Assert.StartsWith("Interactive figure: drawn by plotly.js 2.35.2", note);
    }

    [Fact]
    public async Task FromTheCdn_DrawsAndRemovesTheNote()
    {
        await using var opened = await chromium.OpenOfflineAsync(Page("cdn.html", _figureHtml),
            new Dictionary<string, string> { [Cdn] = PlotlyBundle() });

        Assert.True(await DrawnAsync(opened), "the figure did not draw: " + string.Join("; ", opened.Problems));
        Assert.Equal(0, await opened.Page.Locator(".ml-plot-note").CountAsync());
        Assert.Empty(opened.Problems);
    }

    [Fact]
    public async Task RequireJsArrivingBeforeTheBundleRuns_StillDraws()
    {
        // The figure's script finds neither Plotly nor require.js and adds the CDN script; require.js
        // then arrives first, so the bundle registers an anonymous AMD module and window.Plotly stays
        // unset. The figure must notice and load plotly.js through require.js.
        await using var opened = await chromium.OpenOfflineAsync(Page("race.html", _figureHtml, FakeRequireJs),
            new Dictionary<string, string> { [Cdn] = PlotlyBundle() });

        Assert.True(await DrawnAsync(opened), "the figure did not draw: " + string.Join("; ", opened.Problems));
        Assert.Equal(1, await opened.Page.EvaluateAsync<int>("() => window.amdDefines"));
        Assert.False(await opened.Page.EvaluateAsync<bool>("() => 'Plotly' in window"));
        Assert.Empty(opened.Problems);
    }

    [Fact]
    public async Task OfflineEmbed_SetsWindowPlotlyEvenWithRequireJsPresent_AndFiguresDrawWithoutNetwork()
    {
        await using var opened = await chromium.OpenOfflineAsync(Page("embedded.html", FakeRequireJs, _offlineHtml, _figureHtml));

        Assert.True(await DrawnAsync(opened), "the figure did not draw: " + string.Join("; ", opened.Problems));
        Assert.Equal(0, await opened.Page.EvaluateAsync<int>("() => window.amdDefines"));
        Assert.True(await opened.Page.EvaluateAsync<bool>("() => typeof window.Plotly.newPlot === 'function'"));
        Assert.Empty(opened.Problems);
        Assert.Contains("plotly.js 2.35.2 embedded from", await opened.Page.TextContentAsync(".ml-plotly-offline") ?? "");
    }
}
