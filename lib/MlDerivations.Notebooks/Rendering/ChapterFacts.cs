using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// The title (first heading) and one-line summary (first paragraph after it) of a chapter, read
/// from its markdown cells, as plain text and as inline HTML with math targets.
/// </summary>
internal sealed record ChapterFacts(string? Title, string? TitleHtml, string? SummaryHtml)
{
    public static ChapterFacts Read(Notebook notebook)
    {
        HeadingBlock? heading = null;
        ParagraphBlock? paragraph = null;
        foreach (var cell in notebook.Cells.Where(c => c.Type == CellType.Markdown))
        {
            foreach (var block in MathMarkdown.Parse(cell.Source).Descendants<LeafBlock>())
            {
                if (heading is null && block is HeadingBlock h)
                    heading = h;
                else if (heading is not null && block is ParagraphBlock p && p.Parent is MarkdownDocument)
                    paragraph = p;
                if (paragraph is not null)
                    break;
            }
            if (paragraph is not null)
                break;
        }
        return new ChapterFacts(
            heading is null ? null : PlainText(heading.Inline),
            heading is null ? null : InlineHtml(heading),
            paragraph is null ? null : InlineHtml(paragraph));
    }

    private static string InlineHtml(LeafBlock block)
    {
        using var writer = new StringWriter();
        // Links are dropped: the summary sits inside the index's own link to the chapter.
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = true };
        KatexMathRenderers.Install(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new PlainLinkRenderer());
        renderer.WriteLeafInline(block);
        writer.Flush();
        return writer.ToString().Trim();
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var node in inline?.Descendants() ?? [])
        {
            switch (node)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case MathInline math: text.Append(math.Content.ToString()); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }
        return text.ToString().Trim();
    }

    private sealed class PlainLinkRenderer : Markdig.Renderers.Html.HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link) => renderer.WriteChildren(link);
    }
}
