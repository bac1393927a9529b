using MlDerivations.Notebooks.Execution;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Tests.Support;

/// <summary>Writes small notebooks for runner tests and runs them.</summary>
internal static class TestNotebook
{
    /// <summary>A .NET notebook of code cells (a leading "md:" makes a markdown cell; "tag:T\n" a tagged cell).</summary>
    public static string Write(string folder, string name, params string[] cells)
    {
        var notebook = Notebook.CreateDotNet();
        for (int i = 0; i < cells.Length; i++)
        {
            string source = cells[i];
            Cell cell;
            if (source.StartsWith("md:", StringComparison.Ordinal)) cell = Cell.CreateMarkdown(source[3..]);
            else if (source.StartsWith("tag:", StringComparison.Ordinal))
            {
                int end = source.IndexOf('\n');
                cell = Cell.CreateCode(source[(end + 1)..]);
                cell.Metadata["tags"] = new System.Text.Json.Nodes.JsonArray(source[4..end]);
            }
            else cell = Cell.CreateCode(source);
            cell.Id = $"cell{i}";
            notebook.Cells.Add(cell);
        }
        string path = Path.Combine(folder, name);
        NotebookWriter.WriteAtomic(notebook, path);
        return path;
    }

    public static Task<RunResult> RunAsync(string path, double timeoutSeconds = 60) =>
        NotebookRunner.RunAsync(path, new RunOptions { CellTimeout = TimeSpan.FromSeconds(timeoutSeconds) });

    /// <summary>
    /// The text of the cell's execute_result, or null when it has none: its text/plain (a string), or
    /// the text in the &lt;pre&gt; of its plain-value HTML (a number, an array), as the kernel writes them.
    /// </summary>
    public static string? Result(this RunResult run, int cell) =>
        run.Executed.Cells[cell].Outputs.SingleOrDefault(o => o.Type == OutputType.ExecuteResult) is { } result ? Text(result) : null;

    /// <summary>The text of a display_data or execute_result, as <see cref="Result"/> reads it.</summary>
    public static string Text(Output output)
    {
        if (output.Data.TryGetValue("text/plain", out var plain)) return plain;
        var pre = System.Text.RegularExpressions.Regex.Match(output.Data["text/html"], "^<div class=\"dni-plaintext\"><pre>(.*)</pre></div>$",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(pre.Success, "not a plain value's HTML: " + output.Data["text/html"]);
        return System.Net.WebUtility.HtmlDecode(pre.Groups[1].Value);
    }
}
