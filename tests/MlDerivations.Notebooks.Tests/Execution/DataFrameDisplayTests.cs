using System.Text.RegularExpressions;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Execution;

/// <summary>
/// A Microsoft.Data.Analysis DataFrame, referenced by <c>#r "nuget:"</c> as the chapters do, shows as
/// a table in our runner as it does in the real kernel (where the package's extension formats it),
/// although the runner itself does not reference the package.
/// </summary>
public sealed class DataFrameDisplayTests
{
    [Fact]
    public async Task DataFrame_ShowsAsAnHtmlTableOfItsFirstRowsAlone()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "frame.ipynb",
            "#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"\nusing Microsoft.Data.Analysis;",
            "var frame = new DataFrame(\n" +
            "    new DoubleDataFrameColumn(\"x\", Enumerable.Range(0, 12).Select(i => i == 1 ? (double?)null : i * 0.5)),\n" +
            "    new StringDataFrameColumn(\"a<b & c\", Enumerable.Range(0, 12).Select(i => $\"r{i}\")));\n" +
            "frame");

        var run = await TestNotebook.RunAsync(path, timeoutSeconds: 120);

        Assert.True(run.Succeeded, run.ErrorMessage);
        var result = Assert.Single(run.Executed.Cells[1].Outputs);
        Assert.Equal(OutputType.ExecuteResult, result.Type);
        string html = result.Data["text/html"];
        Assert.Contains("DataFrame: 12 rows × 2 columns", html);
        Assert.Contains("<thead><tr><th><i>index</i></th><th>x</th><th>a&lt;b &amp; c</th></tr></thead>", html);
        Assert.Contains("<tr><td><i>0</i></td><td>0</td><td>r0</td></tr>", html);
        Assert.Contains("<tr><td><i>1</i></td><td>&lt;null&gt;</td><td>r1</td></tr>", html);
        Assert.Contains("<tr><td><i>9</i></td><td>4.5</td><td>r9</td></tr>", html);
        Assert.DoesNotContain("r10", html);
        Assert.Equal(10, Regex.Matches(html, "<tr><td>").Count);
        Assert.Contains("(2 more rows)", html);
        Assert.Equal(["text/html"], result.Data.Keys);   // as the kernel writes it
    }
}
