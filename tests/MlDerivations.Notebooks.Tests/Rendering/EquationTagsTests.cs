using MlDerivations.Notebooks.Rendering;

namespace MlDerivations.Notebooks.Tests.Rendering;

public sealed class EquationTagsTests
{
    [Theory]
    [InlineData(@"a = b \tag{5.3}", "5.3")]
    [InlineData(@"a = b \tag*{12.10}", "12.10")]
    [InlineData(@"\begin{aligned} a &= b \end{aligned} \tag { 4.1a }", "4.1a")]
    public void Find_ReadsTheTagOfAnEquation(string tex, string expected) =>
        Assert.Equal([expected], EquationTags.Find(tex));

    [Fact]
    public void Find_ReturnsNothingForAnUntaggedEquation() => Assert.Empty(EquationTags.Find(@"\frac{1}{2}"));

    [Theory]
    [InlineData("5.3", "eq-5.3")]
    [InlineData("A 1", "eq-A-1")]
    [InlineData("<x>", "eq--x-")]
    public void AnchorId_KeepsSafeCharactersAndReplacesTheRest(string tag, string expected) =>
        Assert.Equal(expected, EquationTags.AnchorId(tag));

    [Fact]
    public void ReferenceToAnEquationOnThePage_BecomesALinkAndTheRestOfTheTextStays()
    {
        var document = MathMarkdown.Parse("From (2.1) and (2.2), but not (3.1), we get $x_1$ (2.1).");
        EquationTags.LinkReferences(document, new Dictionary<string, string> { ["2.1"] = "#eq-2.1", ["2.2"] = "#eq-2.2" });
        Assert.Equal(
            "<p>From <a href=\"#eq-2.1\" class=\"eqref\">(2.1)</a> and <a href=\"#eq-2.2\" class=\"eqref\">(2.2)</a>, " +
            "but not (3.1), we get <span class=\"math\">x_1</span> <a href=\"#eq-2.1\" class=\"eqref\">(2.1)</a>.</p>\n",
            MathMarkdown.ToHtml(document));
    }

    [Fact]
    public void ReferenceInsideALink_IsNotLinkedAgain()
    {
        var document = MathMarkdown.Parse("[see (2.1)](other.html)");
        EquationTags.LinkReferences(document, new Dictionary<string, string> { ["2.1"] = "#eq-2.1" });
        Assert.Equal("<p><a href=\"other.html\">see (2.1)</a></p>\n", MathMarkdown.ToHtml(document));
    }

    [Fact]
    public void Collect_FindsTagsInDisplayMathOnly()
    {
        var document = MathMarkdown.Parse("Inline $a \\tag{1.9}$ no.\n\n$$\nb \\tag{1.1}\n$$\n\nand $$c \\tag{1.2}$$ inline display.");
        Assert.Equal(["1.1", "1.2"], EquationTags.Collect(document).Order(StringComparer.Ordinal));
    }
}
