using System.Globalization;
using System.Net;
using System.Text;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// Writes the HTML book: index.html, one page per chapter (in slug order, linked prev/next), the
/// executed notebooks under notebooks/ (each page links its own for download), and assets/.
/// </summary>
public static class BookWriter
{
    /// <summary>Writes the book of <paramref name="chapters"/> and returns the full path of its index.html.</summary>
    /// <exception cref="ArgumentException">Two chapters share a slug, or offline assets are missing.</exception>
    public static string Write(IReadOnlyList<BookChapter> chapters, BookOptions options)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        ArgumentNullException.ThrowIfNull(options);
        Validate(chapters, options);
        var ordered = chapters.OrderBy(c => c.Slug, StringComparer.Ordinal).ToList();
        var output = Path.GetFullPath(options.OutputDirectory);
        Directory.CreateDirectory(Path.Combine(output, "notebooks"));
        BookAssets.Write(Path.Combine(output, "assets"), options.Assets, options.NodeModulesDirectory);
        var urls = BookAssets.Urls(options.Assets);
        var equationPages = EquationPages(ordered);

        for (var i = 0; i < ordered.Count; i++)
        {
            var chapter = ordered[i];
            var page = RenderChapter(chapter, options.Title, urls,
                i > 0 ? ordered[i - 1] : null, i + 1 < ordered.Count ? ordered[i + 1] : null, equationPages);
            File.WriteAllText(Path.Combine(output, chapter.PageFileName), page, Utf8);
            NotebookWriter.WriteAtomic(chapter.Notebook, Path.Combine(output, "notebooks", chapter.NotebookFileName));
        }
        var index = Path.Combine(output, "index.html");
        File.WriteAllText(index, RenderIndex(ordered, options.Title, urls), Utf8);
        return index;
    }

    /// <summary>
    /// The files <see cref="AssetSource.Offline"/> needs that <paramref name="nodeModulesDirectory"/>
    /// lacks (plotly.js-dist-min's plotly.min.js, KaTeX's style sheet, script and fonts); empty when complete.
    /// </summary>
    public static IReadOnlyList<string> MissingOfflineAssets(string nodeModulesDirectory)
    {
        if (string.IsNullOrWhiteSpace(nodeModulesDirectory))
            throw new ArgumentException(
                $"BookWriter.NodeModulesDirectory must be a folder path; got \"{nodeModulesDirectory}\".", nameof(nodeModulesDirectory));
        return BookAssets.MissingOfflineFiles(nodeModulesDirectory);
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    internal static string RenderChapter(
        BookChapter chapter, string bookTitle, AssetUrls urls, BookChapter? previous, BookChapter? next,
        IReadOnlyDictionary<string, string>? equationPages = null)
    {
        var body = ChapterPageRenderer.Render(chapter, equationPages);
        var main = new StringBuilder();
        if (chapter.Run is { } run && (!run.Succeeded || run.ClaimsFailed > 0))
            main.Append("<div class=\"run-failed\" role=\"alert\"><strong>This chapter failed when it was executed.</strong> ")
                .Append(WebUtility.HtmlEncode(run.Error ?? $"{run.ClaimsFailed} claims failed."))
                .Append(run.FailedCell is int cell ? string.Create(CultureInfo.InvariantCulture, $" <a href=\"#cell-{cell}\">Go to the cell.</a>") : string.Empty)
                .Append("</div>\n");
        main.Append("<article class=\"chapter\">\n").Append(body.BodyHtml).Append("</article>\n");
        var parts = new PageParts(bookTitle, chapter.Title + " — " + bookTitle, urls, LoadsPlotly: true, body.Toc,
            Link(previous), Link(next), ChapterFooter(chapter));
        return PageLayout.Render(parts, main.ToString());
    }

    internal static string RenderIndex(IReadOnlyList<BookChapter> chapters, string bookTitle, AssetUrls urls)
    {
        var parts = new PageParts(bookTitle, bookTitle, urls, LoadsPlotly: false, [], null, null, null);
        return PageLayout.Render(parts, IndexPageRenderer.RenderMain(bookTitle, chapters));
    }

    // Which page displays each tagged equation, so "(4.2)" in chapter 5 links to chapter 4's page.
    // A tag displayed by two chapters links to the first.
    private static Dictionary<string, string> EquationPages(IEnumerable<BookChapter> chapters)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
            foreach (var cell in chapter.Notebook.Cells.Where(c => c.Type == CellType.Markdown))
                foreach (var tag in EquationTags.Collect(MathMarkdown.Parse(cell.Source)))
                    pages.TryAdd(tag, chapter.PageFileName);
        return pages;
    }

    private static PageLink? Link(BookChapter? chapter) =>
        chapter is null ? null : new PageLink(chapter.PageFileName, chapter.TitleHtml);

    private static string ChapterFooter(BookChapter chapter)
    {
        var footer = new StringBuilder();
        if (chapter.Run is { } run)
            footer.Append("Executed in ").Append(IndexPageRenderer.FormatSeconds(run.Seconds)).Append(", ")
                .Append(IndexPageRenderer.ClaimsText(run)).Append(run.ClaimsPassed == 1 ? " claim verified. " : " claims verified. ");
        else
            footer.Append("Not executed. ");
        footer.Append("<a href=\"notebooks/").Append(chapter.NotebookFileName).Append("\" download>Download the executed notebook</a>.");
        return footer.ToString();
    }

    private static void Validate(IReadOnlyList<BookChapter> chapters, BookOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.OutputDirectory))
            throw new ArgumentException($"BookOptions.OutputDirectory must be a folder path; got \"{options.OutputDirectory}\".", nameof(options));
        var duplicate = chapters.GroupBy(c => c.Slug, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"BookWriter.Chapters must have distinct slugs; got \"{duplicate.Key}\" twice.", nameof(chapters));
        if (options.Assets != AssetSource.Offline)
            return;
        var missing = options.NodeModulesDirectory is null ? ["node_modules"] : BookAssets.MissingOfflineFiles(options.NodeModulesDirectory);
        if (missing.Count > 0)
            throw new ArgumentException(
                $"BookOptions.NodeModulesDirectory must hold the npm packages plotly.js-dist-min and katex (run `npm ci`); got \"{options.NodeModulesDirectory}\", missing {string.Join(", ", missing)}.",
                nameof(options));
    }
}
