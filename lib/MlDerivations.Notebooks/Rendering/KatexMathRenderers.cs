using System.Net;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// Writes math as elements the page script hands to <c>katex.render</c>: the TeX, HTML-escaped, in
/// <c>&lt;span class="math"&gt;</c> (inline) or <c>&lt;div class="math display"&gt;</c>. A display
/// equation with <c>\tag{N.k}</c> gets the anchor id <c>eq-N.k</c>, so "(N.k)" can link to it.
/// <c>$$…$$</c> inside a paragraph is display math too, as in Jupyter.
/// </summary>
internal static class KatexMathRenderers
{
    /// <summary>Replaces Markdig's MathJax-style math renderers on <paramref name="renderer"/>.</summary>
    public static void Install(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlMathInlineRenderer>(new InlineRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlMathBlockRenderer>(new BlockRenderer());
    }

    private static void WriteMath(HtmlRenderer renderer, string element, string tex, bool display)
    {
        var tags = EquationTags.Find(tex);
        // Any tag after the first gets an empty anchor of its own, before the equation.
        foreach (var extra in tags.Skip(1))
            renderer.Write("<span class=\"eq-anchor\" id=\"").Write(EquationTags.AnchorId(extra)).Write("\"></span>");
        renderer.Write('<').Write(element).Write(display ? " class=\"math display\"" : " class=\"math\"");
        if (tags.Count > 0)
            renderer.Write(" id=\"").Write(EquationTags.AnchorId(tags[0])).Write('"');
        renderer.Write('>').Write(WebUtility.HtmlEncode(tex.Trim())).Write("</").Write(element).Write('>');
    }

    private sealed class InlineRenderer : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline math) =>
            WriteMath(renderer, "span", math.Content.ToString(), display: math.DelimiterCount >= 2);
    }

    private sealed class BlockRenderer : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock math)
        {
            renderer.EnsureLine();
            WriteMath(renderer, "div", math.Lines.ToString(), display: true);
            renderer.WriteLine();
        }
    }
}
