using MlDerivations.Notebooks.Rendering;

namespace MlDerivations.Notebooks.Tests.Rendering;

public sealed class NotebookLinksTests
{
    [Theory]
    [InlineData("02-linear-algebra.ipynb", "02-linear-algebra.html")]
    [InlineData("03-probability.ipynb#eq-3.4", "03-probability.html#eq-3.4")]
    [InlineData("sub/x.IPYNB", "sub/x.html")]
    public void RelativeNotebookLink_PointsToItsPage(string url, string expected) =>
        Assert.Equal(expected, NotebookLinks.ToPage(url));

    [Theory]
    [InlineData("https://example.org/a.ipynb")]
    [InlineData("/abs/a.ipynb")]
    [InlineData("data/README.md")]
    [InlineData("#eq-5.3")]
    [InlineData("mailto:someone@example.org")]
    public void OtherLinks_AreLeftAlone(string url) => Assert.Null(NotebookLinks.ToPage(url));

    [Fact]
    public void MarkdownCell_RendersNotebookLinksAsPageLinks()
    {
        var document = MathMarkdown.Parse("Next: [chapter 2](02-linear-algebra.ipynb), see also [docs](https://example.org/a.ipynb).");
        NotebookLinks.PointToPages(document);
        var html = MathMarkdown.ToHtml(document);
        Assert.Contains("href=\"02-linear-algebra.html\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a.ipynb\"", html, StringComparison.Ordinal);
    }
}
