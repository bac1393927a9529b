using MlDerivations.Notebooks.Execution;
using MlDerivations.Notebooks.Rendering;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Browser;

/// <summary>
/// The repository's own chapters (notebooks/*.ipynb), executed and written as the offline book,
/// then opened page by page in headless Chromium with the network blocked: the index lists every
/// notebook, and each chapter page draws every figure and typesets every equation with a clean
/// console. Whether a chapter's claims hold is the notebook tests' business; a chapter that fails
/// still has to render.
/// </summary>
public sealed class RepositoryBookBrowserTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EveryChapterPage_DrawsItsFiguresAndEquationsOffline()
    {
        var files = Directory.Exists(Repository.Notebooks)
            ? Directory.GetFiles(Repository.Notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
            return; // no chapters yet: OfflineBookBrowserTests covers the book with its sample chapters
        Assert.True(File.Exists(Repository.LibraryDll), $"{Repository.LibraryDll} is missing: run `dotnet build` first.");

        var chapters = new BookChapter[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, token) => chapters[i] = new BookChapter(
                Path.GetFileNameWithoutExtension(files[i]), (await NotebookRunner.RunAsync(files[i], new RunOptions(), token)).Executed));
        var index = BookWriter.Write(chapters, new BookOptions(_folder.Path, AssetSource.Offline, OfflineBookBrowserTests.NodeModules()));

        var problems = new List<string>();
        await using (var opened = await chromium.OpenOfflineAsync(index))
        {
            var listed = await opened.Page.EvaluateAsync<string[]>(
                "() => Array.from(document.querySelectorAll('table.chapters td > a')).map(a => a.getAttribute('href'))");
            Assert.Equal(chapters.Select(c => c.Slug + ".html"), listed);
            problems.AddRange(opened.Problems.Select(p => "index.html: " + p));
        }
        foreach (var chapter in chapters)
            problems.AddRange(await PageProblemsAsync(chapter.Slug + ".html"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<IEnumerable<string>> PageProblemsAsync(string page)
    {
        await using var opened = await chromium.OpenOfflineAsync(_folder.File(page));
        var report = await PageReport.ReadAsync(opened);
        var problems = opened.Problems.ToList();
        if (report.FiguresDrawn < report.Figures)
            problems.Add($"{report.Figures - report.FiguresDrawn} of {report.Figures} figures did not draw");
        if (report.MathElements == 0)
            problems.Add("no equations");
        if (report.Typeset < report.MathElements || report.KatexErrors > 0)
            problems.Add($"{report.MathElements - report.Typeset} equations not typeset, {report.KatexErrors} KaTeX errors");
        return problems.Select(p => page + ": " + p);
    }
}
