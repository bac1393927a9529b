using System.Net;
using System.Text;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>A link to a neighbouring page: its file name and its title as inline HTML.</summary>
internal sealed record PageLink(string Href, string TitleHtml);

/// <summary>What one page holds besides its main content.</summary>
internal sealed record PageParts(
    string BookTitle, string PageTitle, AssetUrls Assets, bool LoadsPlotly,
    IReadOnlyList<TocEntry> Toc, PageLink? Previous, PageLink? Next, string? FooterHtml);

/// <summary>
/// The HTML document around a page's content: head with assets (plotly.js before any figure's
/// script runs; the theme is set before the first paint), top bar with the theme toggle,
/// table of contents, prev/next links, footer. Pages carry no timestamp, so a rebuild of the
/// same notebooks gives the same bytes.
/// </summary>
internal static class PageLayout
{
    public static string Render(PageParts parts, string mainHtml)
    {
        var html = new StringBuilder(mainHtml.Length + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\" data-theme=\"light\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n") // no favicon request, online or off
            .Append("<title>").Append(WebUtility.HtmlEncode(parts.PageTitle)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(parts.Assets.KatexCss).Append("\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(parts.Assets.BookCss).Append("\">\n")
            .Append("<script src=\"").Append(parts.Assets.BookJs).Append("\"></script>\n")
            .Append("<script src=\"").Append(parts.Assets.KatexJs).Append("\"></script>\n");
        if (parts.LoadsPlotly)
            html.Append("<script src=\"").Append(parts.Assets.PlotlyJs).Append("\"></script>\n");
        html.Append("</head>\n<body>\n");
        WriteTopBar(html, parts);
        html.Append("<div class=\"layout\">\n");
        WriteToc(html, parts.Toc);
        html.Append("<main>\n").Append(mainHtml);
        WriteNeighbours(html, parts, "pager");
        html.Append("</main>\n</div>\n");
        if (parts.FooterHtml is not null)
            html.Append("<footer>").Append(parts.FooterHtml).Append("</footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteTopBar(StringBuilder html, PageParts parts)
    {
        html.Append("<header class=\"topbar\">\n<a class=\"book-title\" href=\"index.html\">")
            .Append(WebUtility.HtmlEncode(parts.BookTitle)).Append("</a>\n");
        WriteNeighbours(html, parts, "topnav");
        html.Append("<button type=\"button\" id=\"theme-toggle\" class=\"theme-toggle\" aria-label=\"Switch between light and dark theme\" title=\"Light / dark theme\">◐</button>\n")
            .Append("</header>\n");
    }

    private static void WriteNeighbours(StringBuilder html, PageParts parts, string cssClass)
    {
        if (parts.Previous is null && parts.Next is null)
            return;
        html.Append("<nav class=\"").Append(cssClass).Append("\">");
        if (parts.Previous is not null)
            html.Append("<a class=\"prev\" rel=\"prev\" href=\"").Append(parts.Previous.Href).Append("\">← ")
                .Append(parts.Previous.TitleHtml).Append("</a>");
        if (parts.Next is not null)
            html.Append("<a class=\"next\" rel=\"next\" href=\"").Append(parts.Next.Href).Append("\">")
                .Append(parts.Next.TitleHtml).Append(" →</a>");
        html.Append("</nav>\n");
    }

    // Sections (##) and subsections (###); the chapter title (#) heads the page already.
    private static void WriteToc(StringBuilder html, IReadOnlyList<TocEntry> toc)
    {
        var entries = toc.Where(e => e.Level is 2 or 3).ToList();
        if (entries.Count == 0)
            return;
        html.Append("<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ul>\n");
        foreach (var entry in entries)
            html.Append("<li class=\"toc-").Append(entry.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\"><a href=\"#").Append(entry.Id).Append("\">")
                .Append(entry.Html).Append("</a></li>\n");
        html.Append("</ul>\n</nav>\n");
    }
}
