using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>One entry of a chapter's table of contents: heading level, anchor id and inline HTML.</summary>
internal sealed record TocEntry(int Level, string Id, string Html);

/// <summary>
/// Heading anchors across a whole page. Markdig gives each heading an id per cell; a page joins
/// many cells, so a repeated id ("exercises" twice) gets a suffix "-2", "-3", ... here, and each
/// heading is recorded for the table of contents.
/// </summary>
internal sealed class HeadingAnchors
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<TocEntry> _entries = new();

    /// <summary>The headings seen so far, in page order.</summary>
    public IReadOnlyList<TocEntry> Entries => _entries;

    /// <summary>Makes the heading ids of <paramref name="document"/> unique on the page and records them.</summary>
    public void Claim(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            var id = Unique(string.IsNullOrEmpty(attributes.Id) ? "section" : attributes.Id);
            attributes.Id = id;
            _entries.Add(new TocEntry(heading.Level, id, InlineHtml(heading)));
        }
    }

    /// <summary>Ids the page uses for other things (equations), so a heading never takes one.</summary>
    public void Reserve(IEnumerable<string> ids)
    {
        foreach (var id in ids)
            _used.Add(id);
    }

    private string Unique(string id)
    {
        var candidate = id;
        for (var n = 2; !_used.Add(candidate); n++)
            candidate = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }

    private static string InlineHtml(HeadingBlock heading)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = true };
        KatexMathRenderers.Install(renderer);
        renderer.WriteLeafInline(heading);
        writer.Flush();
        return writer.ToString();
    }
}
