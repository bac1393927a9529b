using MlDerivations.Notebooks.Rendering;
using MlDerivations.Notebooks.Tests.Rendering;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Browser;

/// <summary>
/// The offline book in headless Chromium with the network blocked: every figure draws (plotly's
/// svg is there), every equation typesets without a KaTeX error, the console stays clean, and the
/// theme toggles.
/// </summary>
public sealed class OfflineBookBrowserTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteSampleBook() => BookWriter.Write(
        [SampleChapters.Foundations(), SampleChapters.Regression(), SampleChapters.FailedSvm()],
        new BookOptions(_folder.Path, AssetSource.Offline, NodeModules()));

    internal static string NodeModules()
    {
        var nodeModules = Path.Combine(Repository.Root, "node_modules");
        Assert.True(Directory.Exists(nodeModules), "node_modules is missing: run `npm ci` in the repository (./test.sh does).");
        return nodeModules;
    }

    [Theory]
    [InlineData("01-foundations.html")]
    [InlineData("05-linear-regression.html")]
    [InlineData("08-svm.html")]
    [InlineData("index.html")]
    public async Task OfflinePage_TypesetsEveryEquationWithACleanConsole(string page)
    {
        WriteSampleBook();
        await using var opened = await chromium.OpenOfflineAsync(_folder.File(page));
        var report = await PageReport.ReadAsync(opened);
        Assert.Empty(opened.Problems);
        Assert.True(report.MathElements > 0, "the page has no equations");
        Assert.Equal(report.MathElements, report.Typeset);
        Assert.Equal(0, report.KatexErrors);
    }

    [Fact]
    public async Task OfflineChapter_DrawsItsPlotlyFigure()
    {
        WriteSampleBook();
        await using var opened = await chromium.OpenOfflineAsync(_folder.File("05-linear-regression.html"));
        var report = await PageReport.ReadAsync(opened);
        Assert.Empty(opened.Problems);
        Assert.Equal(1, report.Figures);
        Assert.Equal(1, report.FiguresDrawn);
    }

    [Fact]
    public async Task TaggedAlignedEquation_TypesetsWithItsNumberAndKeepsItsAnchor()
    {
        WriteSampleBook();
        await using var opened = await chromium.OpenOfflineAsync(_folder.File("05-linear-regression.html"));
        await PageReport.ReadAsync(opened);
        var tagText = await opened.Page.EvaluateAsync<string>(
            "() => document.getElementById('eq-5.1')?.querySelector('.tag')?.textContent ?? ''");
        Assert.Equal("(5.1)", tagText);
        var hasAlignedTable = await opened.Page.EvaluateAsync<bool>(
            "() => document.getElementById('eq-5.1')?.querySelector('.katex-display .mtable') != null");
        Assert.True(hasAlignedTable, "the aligned environment did not typeset as a table");
    }

    [Fact]
    public async Task ThemeToggle_FlipsTheThemeAndRemembersIt()
    {
        WriteSampleBook();
        await using var opened = await chromium.OpenOfflineAsync(_folder.File("01-foundations.html"));
        var before = await opened.Page.GetAttributeAsync("html", "data-theme");
        await opened.Page.ClickAsync("#theme-toggle");
        var after = await opened.Page.GetAttributeAsync("html", "data-theme");
        Assert.Contains(before, new[] { "light", "dark" });
        Assert.Equal(before == "light" ? "dark" : "light", after);
        await opened.Page.ReloadAsync();
        Assert.Equal(after, await opened.Page.GetAttributeAsync("html", "data-theme"));
        Assert.Empty(opened.Problems);
    }

    [Fact]
    public async Task SolutionCells_AreFoldedUntilOpened()
    {
        WriteSampleBook();
        await using var opened = await chromium.OpenOfflineAsync(_folder.File("05-linear-regression.html"));
        var solution = opened.Page.Locator("details.solution pre.source");
        Assert.False(await solution.IsVisibleAsync());
        await opened.Page.ClickAsync("details.solution > summary");
        Assert.True(await solution.IsVisibleAsync());
    }

    [Fact]
    public async Task CdnBookOpenedWithoutNetwork_IsCaughtByTheBlockedRequests()
    {
        // The instrument's own check: a page that needs the network must not pass for an offline one.
        BookWriter.Write([SampleChapters.Regression()], new BookOptions(_folder.Path, AssetSource.Cdn));
        await using var opened = await chromium.OpenOfflineAsync(_folder.File("05-linear-regression.html"));
        var report = await PageReport.ReadAsync(opened);
        Assert.Contains(opened.Problems, p => p.StartsWith("network request blocked: https://cdn.", StringComparison.Ordinal));
        Assert.Equal(0, report.Typeset);
        Assert.Equal(0, report.FiguresDrawn);
    }
}
