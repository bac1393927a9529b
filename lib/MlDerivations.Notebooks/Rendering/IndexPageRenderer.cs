using System.Globalization;
using System.Net;
using System.Text;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// The book's index: one row per chapter with its number, title, one-line summary, run time and
/// claims verified; a chapter that failed, or was not executed, is marked. The series' chapters that
/// have no notebook yet are listed in their place, unlinked, so a reader sees the whole plan.
/// </summary>
internal static class IndexPageRenderer
{
    public static string RenderMain(string bookTitle, IReadOnlyList<BookChapter> chapters)
    {
        var html = new StringBuilder();
        html.Append("<h1>").Append(WebUtility.HtmlEncode(bookTitle)).Append("</h1>\n")
            .Append("<p class=\"lede\">The executable companion to the series: every chapter's derivations, run, with each claim checked by code.</p>\n")
            .Append(Totals(chapters))
            .Append("<table class=\"chapters\">\n<thead><tr><th>#</th><th>Chapter</th><th>Run time</th><th>Claims verified</th></tr></thead>\n<tbody>\n");
        var present = chapters.Where(c => c.Number is not null).Select(c => c.Number!.Value).ToHashSet();
        int nextPlanned = 1;
        foreach (var chapter in chapters)
        {
            if (chapter.Number is int number)
                for (; nextPlanned < number; nextPlanned++)
                    if (!present.Contains(nextPlanned)) WritePlannedRow(html, nextPlanned);
            WriteRow(html, chapter);
        }
        if (present.Count > 0)
            for (; nextPlanned <= SeriesChapters.Titles.Count; nextPlanned++)
                if (!present.Contains(nextPlanned)) WritePlannedRow(html, nextPlanned);
        html.Append("</tbody>\n</table>\n");
        return html.ToString();
    }

    private static string Totals(IReadOnlyList<BookChapter> chapters)
    {
        var failed = chapters.Count(c => c.Run is { Succeeded: false });
        var claims = chapters.Sum(c => c.Run?.ClaimsPassed ?? 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"<p class=\"totals\">{chapters.Count} {(chapters.Count == 1 ? "chapter" : "chapters")}, {claims} claims verified{(failed > 0 ? $", <span class=\"failed\">{failed} failed</span>" : string.Empty)}.</p>\n");
    }

    private static void WriteRow(StringBuilder html, BookChapter chapter)
    {
        var run = chapter.Run;
        var state = run is null ? "not-run" : run.Succeeded && run.ClaimsFailed == 0 ? "passed" : "failed";
        html.Append("<tr class=\"").Append(state).Append("\">")
            .Append("<td class=\"number\">").Append(chapter.Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append("</td>")
            .Append("<td><a href=\"").Append(chapter.PageFileName).Append("\">").Append(chapter.TitleHtml).Append("</a>");
        if (state == "failed")
            html.Append(" <span class=\"badge failed\">failed</span>");
        else if (state == "not-run")
            html.Append(" <span class=\"badge not-run\">not run</span>");
        if (chapter.SummaryHtml.Length > 0)
            html.Append("<div class=\"summary\">").Append(chapter.SummaryHtml).Append("</div>");
        html.Append("</td>")
            .Append("<td class=\"time\">").Append(run is null ? "—" : FormatSeconds(run.Seconds)).Append("</td>")
            .Append("<td class=\"claims\">").Append(run is null ? "—" : ClaimsText(run)).Append("</td></tr>\n");
    }

    private static void WritePlannedRow(StringBuilder html, int number)
    {
        if (SeriesChapters.Title(number) is not string title) return;
        html.Append("<tr class=\"planned\"><td class=\"number\">").Append(number.ToString(CultureInfo.InvariantCulture))
            .Append("</td><td>").Append(WebUtility.HtmlEncode(title))
            .Append(" <span class=\"badge planned\">not yet written</span></td><td class=\"time\">—</td><td class=\"claims\">—</td></tr>\n");
    }

    internal static string ClaimsText(ChapterRunSummary run) =>
        run.ClaimsFailed == 0
            ? run.ClaimsPassed.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{run.ClaimsPassed} <span class=\"failed\">({run.ClaimsFailed} failed)</span>");

    /// <summary>Seconds with one decimal, invariant culture: "2.4 s".</summary>
    internal static string FormatSeconds(double seconds) =>
        seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
