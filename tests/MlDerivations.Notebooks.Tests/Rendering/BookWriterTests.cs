using System.Text.Json;
using System.Text.RegularExpressions;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Rendering;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Rendering;

public sealed class BookWriterTests
{
    private static readonly BookChapter[] Chapters =
        [SampleChapters.FailedSvm(), SampleChapters.Regression(), SampleChapters.Foundations()];

    [Fact]
    public void Index_ListsEveryNotebookInOrderAndEachPageExists()
    {
        using var folder = new TempFolder();
        var index = BookWriter.Write(Chapters, new BookOptions(folder.Path));
        var links = Regex.Matches(File.ReadAllText(index), "<td><a href=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["01-foundations.html", "05-linear-regression.html", "08-svm.html"], links);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(folder.Path, link)), link));
        Assert.Equal(Path.Combine(folder.Path, "index.html"), index);
    }

    [Fact]
    public void Index_ListsTheSeriesChaptersWithoutANotebookUnlinkedInTheirPlace()
    {
        using var folder = new TempFolder();
        var html = File.ReadAllText(BookWriter.Write(Chapters, new BookOptions(folder.Path)));
        var numbers = Regex.Matches(html, "<td class=\"number\">(\\d+)</td>").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 20), numbers);
        var planned = Regex.Matches(html, "<tr class=\"planned\"><td class=\"number\">(\\d+)</td><td>([^<]+) <span").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(17, planned.Count);
        Assert.Contains(("6", "Logistic regression"), planned);
        Assert.DoesNotContain(planned, p => p.Item1 is "1" or "5" or "8");
        Assert.Contains("3 chapters, ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_MatchesTheApprovedSnapshot()
    {
        using var folder = new TempFolder();
        var index = BookWriter.Write(Chapters, new BookOptions(folder.Path));
        Snapshot.Match("index", "html", File.ReadAllText(index));
    }

    [Fact]
    public void ReferenceToAnotherChaptersEquation_LinksToThatPageWhileOwnEquationsStayLocal()
    {
        using var folder = new TempFolder();
        var later = new BookChapter("09-later", SampleChapters.Executed(
            [SampleChapters.Markdown("# Later\n\nBy (1.1) and (5.2), with our own (9.1), but not (7.7).\n\n$$\na = b \\tag{9.1}\n$$")],
            seconds: 0.1, claimsPassed: 0));
        BookWriter.Write([SampleChapters.Foundations(), SampleChapters.Regression(), later], new BookOptions(folder.Path));
        Assert.Contains(
            "<p>By <a href=\"01-foundations.html#eq-1.1\" class=\"eqref\">(1.1)</a> and <a href=\"05-linear-regression.html#eq-5.2\" class=\"eqref\">(5.2)</a>, " +
            "with our own <a href=\"#eq-9.1\" class=\"eqref\">(9.1)</a>, but not (7.7).</p>",
            File.ReadAllText(folder.File("09-later.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Book_HoldsTheExecutedNotebooksAndItsOwnAssets()
    {
        using var folder = new TempFolder();
        BookWriter.Write(Chapters, new BookOptions(folder.Path));
        Assert.Equal(
            ["01-foundations.html", "05-linear-regression.html", "08-svm.html", "assets/book.css", "assets/book.js", "index.html",
             "notebooks/01-foundations.ipynb", "notebooks/05-linear-regression.ipynb", "notebooks/08-svm.ipynb"],
            folder.Files().Select(f => f.Replace('\\', '/')));
        var copy = NotebookReader.Read(folder.File("notebooks/05-linear-regression.ipynb"));
        Assert.Equal(SampleChapters.Regression().Notebook.Cells.Count, copy.Cells.Count);
    }

    [Fact]
    public void OfflineBook_CopiesKatexWithItsFontsAndPlotlyAndReferencesThemRelatively()
    {
        using var folder = new TempFolder();
        BookWriter.Write(Chapters, new BookOptions(folder.Path, AssetSource.Offline, OfflineNodeModules()));
        Assert.True(File.Exists(folder.File("assets/plotly.min.js")));
        Assert.True(File.Exists(folder.File("assets/katex/katex.min.js")));
        Assert.Contains(folder.Files(), f => f.Replace('\\', '/').StartsWith("assets/katex/fonts/KaTeX_Main-Regular.woff2", StringComparison.Ordinal));
        var page = File.ReadAllText(folder.File("05-linear-regression.html"));
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"assets/plotly.min.js\"></script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void OfflineBookWithoutNodeModules_ThrowsNamingTheFixAndTheParameter()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<ArgumentException>(() =>
            BookWriter.Write(Chapters, new BookOptions(folder.Path, AssetSource.Offline, folder.File("node_modules"))));
        Assert.Equal("options", error.ParamName);
        Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingOfflineAssets_NamesEveryFileAnEmptyFolderLacks()
    {
        using var folder = new TempFolder();
        Assert.Equal(
            [Path.Combine(folder.Path, "katex", "dist", "katex.min.css"), Path.Combine(folder.Path, "katex", "dist", "katex.min.js"),
             Path.Combine(folder.Path, "plotly.js-dist-min", "plotly.min.js"), Path.Combine(folder.Path, "katex", "dist", "fonts") + Path.DirectorySeparatorChar],
            BookWriter.MissingOfflineAssets(folder.Path));
        Assert.Empty(BookWriter.MissingOfflineAssets(OfflineNodeModules()));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void MissingOfflineAssets_RejectsABlankFolder(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => BookWriter.MissingOfflineAssets(path));
        Assert.Equal("nodeModulesDirectory", error.ParamName);
    }

    private static string OfflineNodeModules()
    {
        var nodeModules = Path.Combine(Repository.Root, "node_modules");
        Assert.True(Directory.Exists(nodeModules), "node_modules is missing: run `npm ci` in the repository (./test.sh does).");
        return nodeModules;
    }

    [Fact]
    public void TwoChaptersWithOneSlug_AreRejected()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<ArgumentException>(() =>
            BookWriter.Write([SampleChapters.Foundations(), SampleChapters.Foundations()], new BookOptions(folder.Path)));
        Assert.Equal("chapters", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("../escape")]
    [InlineData("a b")]
    public void ChapterWithAnUnsafeSlug_IsRejected(string slug)
    {
        var error = Assert.Throws<ArgumentException>(() => new BookChapter(slug, Notebook.CreateDotNet()));
        Assert.Equal("slug", error.ParamName);
        Assert.StartsWith("BookChapter.Slug must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chapter_ReadsNumberTitleAndRunFromTheNotebook()
    {
        var chapter = SampleChapters.Regression();
        Assert.Equal(5, chapter.Number);
        Assert.Equal("Linear regression: the normal equations", chapter.Title);
        Assert.Equal(new ChapterRunSummary(2.345, true, 3, 2, 0, null, null), chapter.Run);
    }

    [Fact]
    public void AssetVersions_MatchThoseLockedInPackageJson()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "package.json")));
        var dependencies = json.RootElement.GetProperty("dependencies");
        Assert.Equal(BookAssets.PlotlyVersion, dependencies.GetProperty("plotly.js-dist-min").GetString());
        Assert.Equal(BookAssets.KatexVersion, dependencies.GetProperty("katex").GetString());
    }
}
