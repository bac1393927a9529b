using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Syntax;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// Markdown with LaTeX math as Jupyter writes it: Markdig's advanced extensions (tables, footnotes,
/// heading ids, ...) plus its Mathematics extension, so that <c>$…$</c> and <c>$$…$$</c> are kept
/// verbatim (an underscore inside math never becomes emphasis). Math is written as KaTeX targets
/// (see <see cref="KatexMathRenderers"/>); the browser typesets it.
/// </summary>
internal static partial class MathMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    /// <summary>Parses one markdown cell into Markdig's syntax tree.</summary>
    public static MarkdownDocument Parse(string markdown) =>
        Markdown.Parse(NormaliseDisplayLines(markdown), Pipeline);

    /// <summary>Renders a parsed (and possibly rewritten) cell to HTML with KaTeX math targets.</summary>
    public static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        KatexMathRenderers.Install(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// Jupyter accepts a display equation written on one line, <c>$$ y = x \tag{1.1} $$</c>, which
    /// Markdig reads as text when a space follows the opening <c>$$</c>. Such a line becomes a
    /// three-line <c>$$</c> block; lines inside fenced code are left alone.
    /// </summary>
    internal static string NormaliseDisplayLines(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = new StringBuilder(markdown.Length + 16);
        var inFence = false;
        foreach (var line in lines)
        {
            if (FenceLine().IsMatch(line))
                inFence = !inFence;
            var display = inFence ? null : OneLineDisplay().Match(line);
            if (display is { Success: true })
                result.Append(display.Groups["indent"].Value).Append("$$\n")
                      .Append(display.Groups["indent"].Value).Append(display.Groups["tex"].Value.Trim()).Append('\n')
                      .Append(display.Groups["indent"].Value).Append("$$\n");
            else
                result.Append(line).Append('\n');
        }
        return result.ToString(0, Math.Max(0, result.Length - 1));
    }

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex FenceLine();

    [GeneratedRegex(@"^(?<indent>\s{0,3}(>\s?)*)\$\$(?<tex>(?:(?!\$\$).)+)\$\$\s*$")]
    private static partial Regex OneLineDisplay();
}
