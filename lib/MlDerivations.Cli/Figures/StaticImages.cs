using System.Diagnostics;
using System.Globalization;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Rendering;

namespace MlDerivations.Cli.Figures;

/// <summary>
/// Gives every figure of the book's downloadable notebooks a static image (see <see cref="FigureImages"/>),
/// rendered by <see cref="ChromiumFigureRenderer"/>, and rewrites those notebooks atomically.
/// </summary>
internal static class StaticImages
{
    /// <summary>
    /// Renders and attaches the images, rewriting <c>notebooks/SLUG.ipynb</c> under <paramref name="bookDirectory"/>.
    /// Returns false, after saying why on stderr, when Chromium or plotly.js is missing (the book is
    /// complete otherwise); a figure that Chromium cannot render is an error.
    /// </summary>
    public static async Task<bool> AddAsync(IReadOnlyList<BookChapter> chapters, string bookDirectory, string chromium, string nodeModules)
    {
        var withFigures = chapters.Select(c => (Chapter: c, Figures: FigureImages.Find(c.Notebook))).Where(c => c.Figures.Count > 0).ToList();
        if (withFigures.Count == 0)
            return true;
        string plotly = Path.Combine(Path.GetFullPath(nodeModules), "plotly.js-dist-min", "plotly.min.js");
        string? missing = !File.Exists(chromium) ? $"{chromium} is missing (apt-get install chromium, or pass --chromium)"
            : !File.Exists(plotly) ? $"{plotly} is missing (run `npm ci`, or pass --node-modules)"
            : null;
        if (missing is not null)
        {
            await Console.Error.WriteLineAsync(
                $"mlderiv build: the downloadable notebooks' figures have no static images for viewers that run no script: {missing}.");
            return false;
        }

        var clock = Stopwatch.StartNew();
        await using var renderer = await ChromiumFigureRenderer.StartAsync(chromium, plotly);
        foreach (var (chapter, figures) in withFigures)
        {
            foreach (var figure in figures)
                FigureImages.Attach(figure, await renderer.RenderAsync(figure));
            NotebookWriter.WriteAtomic(chapter.Notebook, Path.Combine(bookDirectory, "notebooks", chapter.Slug + ".ipynb"));
        }
        int count = withFigures.Sum(c => c.Figures.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} figures in the downloadable notebooks carry a static image ({clock.Elapsed.TotalSeconds:0.0} s in headless Chromium)."));
        return true;
    }
}
