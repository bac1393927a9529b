using System.Text.RegularExpressions;
using MlDerivations.Notebooks.Rendering;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Rendering;

public sealed class ChapterPageTests
{
    private static string RegressionPage() => BookWriter.RenderChapter(
        SampleChapters.Regression(), "ML Math Derivations", BookAssets.Urls(AssetSource.Offline),
        SampleChapters.Foundations(), SampleChapters.FailedSvm());

    [Fact]
    public void ChapterPage_MatchesTheApprovedSnapshot() =>
        Snapshot.Match("chapter-05", "html", RegressionPage());

    [Fact]
    public void FailedChapterPage_MatchesTheApprovedSnapshot() =>
        Snapshot.Match("chapter-08-failed", "html", BookWriter.RenderChapter(
            SampleChapters.FailedSvm(), "ML Math Derivations", BookAssets.Urls(AssetSource.Cdn), SampleChapters.Regression(), null));

    [Fact]
    public void ScriptInAStreamOutput_AppearsAsTextNotAsAnElement()
    {
        var page = RegressionPage();
        Assert.Contains("&lt;script&gt;alert(&#39;stream&#39;)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert('stream')", page, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainTextResult_IsEscapedWhileHtmlResultIsLive()
    {
        var page = RegressionPage();
        // The sample cell has a text/plain and a text/html output: the first escaped, the second live.
        Assert.Contains(SampleChapters.FigureHtml, page, StringComparison.Ordinal);
        var html = OutputHtml(SampleChapters.Result("text/plain", "<b>not bold</b> & friends"));
        Assert.Equal("<pre class=\"output text\">&lt;b&gt;not bold&lt;/b&gt; &amp; friends</pre>\n", html);
    }

    [Fact]
    public void ErrorOutput_IsStyledEscapedAndFreeOfTerminalColourCodes()
    {
        var html = OutputHtml(MlDerivations.Notebooks.Format.Output.Error("E", "a < b", ["\u001b[31mE: a < b\u001b[0m", "   at <Main>"]));
        Assert.Equal("<pre class=\"output error\">E: a &lt; b\n   at &lt;Main&gt;</pre>\n", html);
    }

    [Fact]
    public void TaggedEquation_GetsAnAnchorAndReferencesToItBecomeLinks()
    {
        var page = RegressionPage();
        Assert.Contains("<div class=\"math display\" id=\"eq-5.1\">", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"math display\" id=\"eq-5.2\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#eq-5.1\" class=\"eqref\">(5.1)</a>", page, StringComparison.Ordinal);
        // cited in the first cell, displayed in the second: still linked
        Assert.Contains("(see <a href=\"#eq-5.2\" class=\"eqref\">(5.2)</a>)", page, StringComparison.Ordinal);
        Assert.Contains("while (9.9) is not", page, StringComparison.Ordinal);
        Assert.Contains("<code>(5.1)</code>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void SubscriptsInMath_StayTeXAndNeverBecomeEmphasis()
    {
        var page = RegressionPage();
        Assert.Contains("<span class=\"math\">x_i</span> and <span class=\"math\">y_i</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsecutiveSolutionCells_AreFoldedTogetherInOneDetails()
    {
        var page = RegressionPage();
        var folded = Regex.Match(page, "<details class=\"solution\">(.*?)</details>", RegexOptions.Singleline);
        Assert.True(folded.Success);
        Assert.Single(Regex.Matches(page, "<details class=\"solution\">"));
        Assert.Contains("gram", folded.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("The quadratic form is a squared norm.", folded.Groups[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("A second section", folded.Groups[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedHeadings_GetDistinctAnchorsListedInTheTableOfContents()
    {
        var page = RegressionPage();
        Assert.Contains("<h2 id=\"exercises\">", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"exercises-2\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#exercises-2\">Exercises</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#normal-equations\">Normal equations</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void PrevAndNextLinks_PointToTheNeighbouringChapters()
    {
        var page = RegressionPage();
        Assert.Contains("<a class=\"prev\" rel=\"prev\" href=\"01-foundations.html\">← Foundations of learning theory</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"next\" rel=\"next\" href=\"08-svm.html\">Support vector machines →</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Footer_ShowsRunTimeClaimsAndTheDownloadLink()
    {
        var page = RegressionPage();
        Assert.Contains("Executed in 2.3 s, 2 claims verified.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"notebooks/05-linear-regression.ipynb\" download", page, StringComparison.Ordinal);
    }

    private static string OutputHtml(MlDerivations.Notebooks.Format.Output output)
    {
        var html = new System.Text.StringBuilder();
        OutputRenderer.Write(html, [output]);
        return html.ToString();
    }
}
