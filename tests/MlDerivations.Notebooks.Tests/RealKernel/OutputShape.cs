using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Tests.RealKernel;

/// <summary>One rich output: its code cell (1-based), kind and MIME types.</summary>
internal sealed record Bundle(int CodeCell, OutputType Type, IReadOnlyList<string> MimeTypes)
{
    public override string ToString() => $"code cell {CodeCell}: {Type}[{string.Join(",", MimeTypes)}]";
}

/// <summary>What the real kernel and our runner must agree on in an executed notebook.</summary>
internal sealed record OutputShape(int Claims, int Figures, IReadOnlyList<string> Errors, IReadOnlyList<Bundle> Bundles)
{
    public static OutputShape Of(Notebook executed)
    {
        var cells = executed.Cells.Where(c => c.Type == CellType.Code).ToList();
        var rich = cells.SelectMany((c, i) => c.Outputs
            .Where(o => o.Type is OutputType.DisplayData or OutputType.ExecuteResult && !IsHostOutput(o))
            .Select(o => (Cell: i + 1, Output: o))).ToList();
        return new OutputShape(
            Claims: rich.Count(r => r.Output.Data.Values.Any(v => v.Contains('✓'))),
            Figures: rich.Count(r => r.Output.Data.TryGetValue("text/html", out var html) && html.Contains("Plotly.newPlot", StringComparison.Ordinal)),
            Errors: cells.SelectMany((c, i) => c.Outputs.Where(o => o.Type == OutputType.Error).Select(o => $"code cell {i + 1}: {o.EName}: {o.EValue}")).ToList(),
            Bundles: rich.Select(r => new Bundle(r.Cell, r.Output.Type, r.Output.Data.Keys.ToList())).ToList());
    }

    /// <summary>
    /// What the kernel shows about itself rather than about the cell's code: the script by which its
    /// front end finds the output cell, the "Installed Packages" list of a <c>#r "nuget:"</c> cell, and
    /// the "Loading extensions from `…`" line when such a package carries a kernel extension (as
    /// Microsoft.Data.Analysis does, for its DataFrame formatter; measured with 0.23.1).
    /// </summary>
    private static bool IsHostOutput(Output output) =>
        (output.Data.TryGetValue("text/html", out var html)
            && (html.Contains("dotnet-interactive-this-cell", StringComparison.Ordinal) || html.Contains("<strong>Installed Packages</strong>", StringComparison.Ordinal)))
        || (output.Data.Count == 1 && output.Data.TryGetValue("text/plain", out var text)
            && text.StartsWith("Loading extensions from `", StringComparison.Ordinal));
}
