using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Rendering;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Browser;

/// <summary>
/// The repository's own chapters (notebooks/*.ipynb), executed and written as the offline book by
/// <c>mlderiv build</c>, then opened page by page in headless Chromium with the network blocked: the
/// index lists every notebook, each chapter page draws every figure and typesets every equation with
/// a clean console, and every figure of the downloadable notebooks carries a static image that is not
/// blank. Whether a chapter's claims hold is the notebook tests' business; a chapter that fails still
/// has to render.
/// </summary>
public sealed class RepositoryBookBrowserTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EveryChapterPage_DrawsItsFiguresAndEquationsOffline_AndEveryDownloadableFigureHasAStaticImage()
    {
        var files = Directory.Exists(Repository.Notebooks)
            ? Directory.GetFiles(Repository.Notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
            return; // no chapters yet: OfflineBookBrowserTests covers the book with its sample chapters
        Assert.True(File.Exists(Repository.LibraryDll), $"{Repository.LibraryDll} is missing: run `dotnet build` first.");

        // The book as ./build.sh writes it: `mlderiv build notebooks --offline`.
        var (exitCode, stdout, stderr) = Cli.Run(Repository.Root,
            "build", "notebooks", "--output", _folder.Path, "--offline", "--node-modules", OfflineBookBrowserTests.NodeModules());
        Assert.True(exitCode is 0 or 1, $"mlderiv build exited {exitCode}:\n{stdout}\n{stderr}");
        Assert.DoesNotContain("no static images", stderr, StringComparison.Ordinal);
        var slugs = files.Select(f => Path.GetFileNameWithoutExtension(f)!).ToList();

        var problems = new List<string>();
        await using (var opened = await chromium.OpenOfflineAsync(_folder.File("index.html")))
        {
            var listed = await opened.Page.EvaluateAsync<string[]>(
                "() => Array.from(document.querySelectorAll('table.chapters td > a')).map(a => a.getAttribute('href'))");
            Assert.Equal(slugs.Select(s => s + ".html"), listed);
            problems.AddRange(opened.Problems.Select(p => "index.html: " + p));
        }
        foreach (var slug in slugs)
        {
            problems.AddRange(await PageProblemsAsync(slug + ".html"));
            problems.AddRange(await StaticImageProblemsAsync(slug + ".ipynb"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // Every figure of the downloadable notebook has an image/png beside its HTML and inside it, and
    // the image is not blank: decoded by Chromium, a visible share of its pixels is not background.
    private async Task<IEnumerable<string>> StaticImageProblemsAsync(string notebook)
    {
        var executed = NotebookReader.Read(Path.Combine(_folder.Path, "notebooks", notebook));
        var figures = FigureImages.Find(executed);
        var problems = new List<string>();
        if (figures.Count == 0)
            problems.Add("no figures found in the downloadable notebook");
        await using var opened = await chromium.OpenOfflineAsync(_folder.File("index.html"));
        for (int i = 0; i < figures.Count; i++)
        {
            var data = figures[i].Output.Data;
            if (!data.TryGetValue("image/png", out var png))
            {
                problems.Add($"figure {i + 1} has no image/png");
                continue;
            }
            if (!data["text/html"].Contains("data:image/png;base64," + png, StringComparison.Ordinal))
                problems.Add($"figure {i + 1}'s HTML does not show its static image");
            double inked = await opened.Page.EvaluateAsync<double>(InkedShare, "data:image/png;base64," + png);
            if (!(inked > 0.01))
                problems.Add($"figure {i + 1}'s static image is blank ({inked:P2} of its pixels differ from the background)");
        }
        return problems.Select(p => notebook + ": " + p);
    }

    private const string InkedShare = """
        async (url) => {
          const image = new Image();
          image.src = url;
          await image.decode();
          const canvas = document.createElement("canvas");
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          const context = canvas.getContext("2d");
          context.drawImage(image, 0, 0);
          const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
          let inked = 0;
          for (let i = 0; i < pixels.length; i += 4) {
            if (pixels[i] !== pixels[0] || pixels[i + 1] !== pixels[1] || pixels[i + 2] !== pixels[2]) inked++;
          }
          return inked / (pixels.length / 4);
        }
        """;

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
