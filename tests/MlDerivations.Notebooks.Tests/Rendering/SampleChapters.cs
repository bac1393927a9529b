using System.Text.Json.Nodes;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Rendering;

namespace MlDerivations.Notebooks.Tests.Rendering;

/// <summary>
/// Hand-written executed notebooks that exercise everything a page shows: inline, display,
/// aligned and tagged math, references, highlighted code, every kind of output (a hostile
/// &lt;script&gt; in a stream, a live plotly figure), claims, solutions and a failed run.
/// </summary>
internal static class SampleChapters
{
    public const string FigureHtml =
        "<div id=\"fig-squares\" style=\"width:560px;height:320px\"></div>\n" +
        "<script>window.Plotly.newPlot('fig-squares', [{x:[1,2,3,4], y:[1,4,9,16], type:'scatter', mode:'lines+markers'}], " +
        "{title:{text:'squares'}, margin:{t:40}});</script>";

    public static BookChapter Regression() => new("05-linear-regression", RegressionNotebook());

    public static BookChapter Foundations() => new("01-foundations", Executed(
        [
            Markdown("# Foundations of learning theory\n\nEmpirical risk $\\hat R_n(h) = \\frac{1}{n}\\sum_{i=1}^n \\ell(h(x_i), y_i)$ and its bound.\n\n## Hoeffding\n\n$$\n\\Pr\\big(|\\hat R_n - R| > \\epsilon\\big) \\le 2 e^{-2 n \\epsilon^2} \\tag{1.1}\n$$\n\nBy (1.1) the gap shrinks."),
            Code("Console.WriteLine(2 * Math.Exp(-2 * 100 * 0.01));", Output.Stream("stdout", "0.2706705664732254\n")),
        ], seconds: 0.8, claimsPassed: 0));

    public static BookChapter FailedSvm() => new("08-svm", Executed(
        [
            Markdown("# Support vector machines\n\nMargins, the dual with multipliers $\\alpha_i \\ge 0$, and SMO."),
            Code("throw new InvalidOperationException(\"boom\");",
                Output.Error("System.InvalidOperationException", "boom", ["\u001b[31mSystem.InvalidOperationException: boom\u001b[0m", "   at Submission#1"])),
        ], seconds: 0.3, claimsPassed: 0, failedCell: 1, error: "Cell 2: System.InvalidOperationException: boom"));

    private static Notebook RegressionNotebook() => Executed(
    [
        Markdown("# Linear regression: the normal equations\n\nLeast squares as a projection, with $x_i$ and $y_i$ and weights $w_j$ (see (5.2)).\n\n## Normal equations"),
        Markdown("The loss is\n$$\n\\begin{aligned}\nL(w) &= \\tfrac12 \\lVert X w - y \\rVert^2 \\\\\n\\nabla L(w) &= X^\\top (X w - y)\n\\end{aligned} \\tag{5.1}\n$$\nSetting (5.1) to zero gives\n\n$$ X^\\top X w = X^\\top y \\tag{5.2} $$\n\nwhile (9.9) is not on this page and `(5.1)` in code stays code."),
        Code("#r \"nuget: MathNet.Numerics, 5.0.0\"\n// the data\nvar xs = new[] { 1.0, 2.5 };\nstring name = \"ols\";\nConsole.WriteLine($\"{name}: {xs.Length}\");",
            Output.Stream("stdout", "ols: 2\n<script>alert('stream')</script>\n")),
        Code("new { A = 1 }", Result("text/plain", "<b>not bold</b> & friends"), Result("text/html", FigureHtml)),
        Markdown("## Exercises\n\n1. Show that $X^\\top X$ is positive semi-definite."),
        WithTag(Code("var gram = 4.0; // x^T X x = ||X x||^2 >= 0\ngram", Result("text/plain", "4")), "solution"),
        WithTag(Markdown("The quadratic form is a squared norm."), "solution"),
        Markdown("## Exercises\n\nA second section with the same title gets its own anchor."),
    ], seconds: 2.345, claimsPassed: 2, claims: (3, [("(5.2) normal equations = QR", true, "max |Δ| = 3e-12 ≤ 1e-9"), ("(5.1) gradient", true, "")]));

    public static Cell Markdown(string source) => new() { Id = "m" + Guid.NewGuid().ToString("N")[..8], Type = CellType.Markdown, Source = source };

    public static Cell Code(string source, params Output[] outputs)
    {
        var cell = new Cell { Id = "c" + Guid.NewGuid().ToString("N")[..8], Type = CellType.Code, Source = source, ExecutionCount = 1 };
        cell.Outputs.AddRange(outputs);
        return cell;
    }

    public static Output Result(string mime, string content)
    {
        var output = new Output { Type = OutputType.DisplayData };
        output.Data[mime] = content;
        return output;
    }

    public static Cell WithTag(Cell cell, string tag)
    {
        cell.Metadata["tags"] = new JsonArray(tag);
        return cell;
    }

    public static Notebook Executed(
        Cell[] cells, double seconds, int claimsPassed, int? failedCell = null, string? error = null,
        (int Cell, (string Label, bool Passed, string Message)[] List)? claims = null)
    {
        var notebook = Notebook.CreateDotNet();
        notebook.Cells.AddRange(cells);
        var run = new JsonObject
        {
            ["seconds"] = seconds,
            ["succeeded"] = failedCell is null,
            ["cells"] = cells.Count(c => c.Type == CellType.Code),
            ["claims_passed"] = claimsPassed,
            ["claims_failed"] = 0,
        };
        if (failedCell is int failed)
            run["failed_cell"] = failed;
        if (error is not null)
            run["error"] = error;
        notebook.Metadata["ml_derivations"] = new JsonObject { ["run"] = run };
        if (claims is { } c)
        {
            var list = new JsonArray();
            foreach (var (label, passed, message) in c.List)
                list.Add(new JsonObject { ["label"] = label, ["passed"] = passed, ["message"] = message });
            cells[c.Cell].Metadata["ml_derivations"] = new JsonObject { ["seconds"] = 0.01, ["claims"] = list };
        }
        return notebook;
    }
}
