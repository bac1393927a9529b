using System.Net;
using System.Text.RegularExpressions;
using MlDerivations.Notebooks.Rendering;

namespace MlDerivations.Notebooks.Tests.Rendering;

public sealed class CSharpHighlighterTests
{
    [Fact]
    public void HandWorkedCell_ClassifiesEachToken() =>
        Assert.Equal(
            "<span class=\"tok-directive\">#r &quot;nuget: MathNet.Numerics, 5.0.0&quot;\n</span>" +
            "<span class=\"tok-keyword\">var</span> x = <span class=\"tok-number\">1.5</span>; " +
            "<span class=\"tok-comment\">// half &lt;3</span>\n" +
            "<span class=\"tok-keyword\">if</span> (x &gt; <span class=\"tok-number\">0</span>) Console.WriteLine(<span class=\"tok-string\">&quot;a &amp; b&quot;</span>);",
            CSharpHighlighter.ToHtml("#r \"nuget: MathNet.Numerics, 5.0.0\"\nvar x = 1.5; // half <3\nif (x > 0) Console.WriteLine(\"a & b\");"));

    [Theory]
    [InlineData("var s = $\"{x,5:F2} and {{braces}}\";\n/* multi\nline */ x")]
    [InlineData("#!csharp\n#i \"nuget: https://example\"\nusing System;\nvar m = \"\"\"\n raw \"\"\";")]
    [InlineData("class C { int value => 1; } async Task F() => await Task.Yield();")]
    [InlineData("this is not C# at all }{ \"unterminated")]
    public void Highlighting_ReproducesTheSourceTextExactly(string code)
    {
        var html = CSharpHighlighter.ToHtml(code);
        var text = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", string.Empty));
        Assert.Equal(code, text);
    }

    [Fact]
    public void IdentifierThatShadowsAContextualKeyword_IsNotHighlighted() =>
        Assert.Equal("<span class=\"tok-keyword\">int</span> value = <span class=\"tok-number\">2</span>;",
            CSharpHighlighter.ToHtml("int value = 2;"));
}
