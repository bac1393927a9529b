using System.Net;
using System.Text;
using Markdig.Syntax;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// The body of a chapter page: markdown cells with math and equation anchors, code cells with
/// highlighted source, outputs and checked claims; consecutive cells tagged <c>solution</c>
/// folded into one &lt;details&gt;. Also yields the table of contents from the headings.
/// </summary>
internal static class ChapterPageRenderer
{
    private const string SolutionTag = "solution";

    /// <summary>The rendered cells and the table of contents of one chapter.</summary>
    public sealed record Result(string BodyHtml, IReadOnlyList<TocEntry> Toc);

    /// <summary>Renders <paramref name="chapter"/>; "(N.k)" links to its own equations, else to <paramref name="otherPages"/>' (tag → page file).</summary>
    public static Result Render(BookChapter chapter, IReadOnlyDictionary<string, string>? otherPages = null)
    {
        var cells = chapter.Notebook.Cells;
        // 1) Parse every markdown cell first: "(5.3)" may be cited before (5.3) is displayed.
        var documents = cells.Select(c => c.Type == CellType.Markdown ? MathMarkdown.Parse(c.Source) : null).ToList();
        var tags = documents.OfType<MarkdownDocument>().SelectMany(EquationTags.Collect).ToHashSet(StringComparer.Ordinal);
        var anchors = new HeadingAnchors();
        anchors.Reserve(tags.Select(EquationTags.AnchorId));
        var targets = tags.ToDictionary(t => t, t => "#" + EquationTags.AnchorId(t), StringComparer.Ordinal);
        foreach (var (tag, page) in otherPages ?? new Dictionary<string, string>())
            targets.TryAdd(tag, page + "#" + EquationTags.AnchorId(tag));
        foreach (var document in documents.OfType<MarkdownDocument>())
        {
            EquationTags.LinkReferences(document, targets);
            NotebookLinks.PointToPages(document);
            anchors.Claim(document);
        }

        // 2) Write the cells in order, folding runs of solution cells.
        var html = new StringBuilder();
        var inSolution = false;
        for (var i = 0; i < cells.Count; i++)
        {
            var isSolution = cells[i].Tags.Contains(SolutionTag, StringComparer.Ordinal);
            if (isSolution && !inSolution)
                html.Append("<details class=\"solution\"><summary>Solution</summary>\n");
            else if (!isSolution && inSolution)
                html.Append("</details>\n");
            inSolution = isSolution;
            WriteCell(html, cells[i], i, documents[i], chapter.Run?.FailedCell == i);
        }
        if (inSolution)
            html.Append("</details>\n");
        return new Result(html.ToString(), anchors.Entries);
    }

    private static void WriteCell(StringBuilder html, Cell cell, int index, MarkdownDocument? markdown, bool failed)
    {
        switch (cell.Type)
        {
            case CellType.Markdown:
                html.Append("<section class=\"cell markdown\">\n").Append(MathMarkdown.ToHtml(markdown!)).Append("</section>\n");
                break;
            case CellType.Code:
                WriteCodeCell(html, cell, index, failed);
                break;
            default:
                break; // raw cells are for other converters; a web page shows nothing of them
        }
    }

    private static void WriteCodeCell(StringBuilder html, Cell cell, int index, bool failed)
    {
        var number = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var notRun = cell.Metadata["ml_derivations"] is System.Text.Json.Nodes.JsonObject ours && ours["not_run"] is not null;
        html.Append("<div class=\"cell code").Append(failed ? " failed" : notRun ? " not-run" : string.Empty)
            .Append("\" id=\"cell-").Append(number).Append("\">\n");
        html.Append("<pre class=\"source\"><code class=\"language-csharp\">")
            .Append(CSharpHighlighter.ToHtml(cell.Source)).Append("</code></pre>\n");
        OutputRenderer.Write(html, cell.Outputs);
        WriteClaims(html, CellClaim.Read(cell.Metadata));
        html.Append("</div>\n");
    }

    // A compact, expandable record of the claims the cell checked (displayed or not); a failed
    // claim opens it.
    private static void WriteClaims(StringBuilder html, IReadOnlyList<CellClaim> claims)
    {
        if (claims.Count == 0)
            return;
        var failed = claims.Count(c => !c.Passed);
        var count = claims.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        html.Append(failed > 0 ? "<details class=\"claims failed\" open><summary>✗ " : "<details class=\"claims\"><summary>✓ ")
            .Append(failed > 0 ? failed.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of " + count + " claims failed" : count + (claims.Count == 1 ? " claim verified" : " claims verified"))
            .Append("</summary>\n<ul>\n");
        foreach (var claim in claims)
            html.Append("<li class=\"").Append(claim.Passed ? "passed" : "failed").Append("\"><strong>")
                .Append(WebUtility.HtmlEncode(claim.Label)).Append("</strong>")
                .Append(claim.Message.Length > 0 ? " — " + WebUtility.HtmlEncode(claim.Message) : string.Empty).Append("</li>\n");
        html.Append("</ul>\n</details>\n");
    }
}
