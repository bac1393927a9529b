using MlDerivations.Notebooks.Rendering;

namespace MlDerivations.Notebooks.Tests.Rendering;

public sealed class MathMarkdownTests
{
    private static string Html(string markdown) => MathMarkdown.ToHtml(MathMarkdown.Parse(markdown));

    [Fact]
    public void InlineMath_IsKeptVerbatimAndEscaped() =>
        Assert.Equal("<p>Let <span class=\"math\">a_i &lt; b_i</span> hold.</p>\n", Html("Let $a_i < b_i$ hold."));

    [Fact]
    public void DisplayBlock_WithAlignedEnvironmentKeepsItsLineBreaksAndAmpersands() =>
        Assert.Equal(
            "<div class=\"math display\" id=\"eq-2.4\">\\begin{aligned} a &amp;= b \\\\\nc &amp;= d \\end{aligned} \\tag{2.4}</div>\n",
            Html("$$\n\\begin{aligned} a &= b \\\\\nc &= d \\end{aligned} \\tag{2.4}\n$$"));

    [Fact]
    public void OneLineDisplayWithSpaces_IsDisplayMathAsInJupyter() =>
        Assert.Equal("<div class=\"math display\" id=\"eq-1.1\">y = x_1 * x_2 \\tag{1.1}</div>\n", Html("$$ y = x_1 * x_2 \\tag{1.1} $$"));

    [Fact]
    public void OneLineDisplayInsideFencedCode_IsLeftAlone() =>
        Assert.Equal("```\n$$ a $$\n```", MathMarkdown.NormaliseDisplayLines("```\n$$ a $$\n```"));

    [Fact]
    public void DoubleDollarInsideAParagraph_IsDisplayMath() =>
        Assert.Equal("<p>so <span class=\"math display\">x</span> here</p>\n", Html("so $$x$$ here"));

    [Fact]
    public void RawHtmlInMarkdown_PassesThroughAsNotebooksAllow() =>
        Assert.Equal("<p>a <kbd>b</kbd></p>\n", Html("a <kbd>b</kbd>"));
}
