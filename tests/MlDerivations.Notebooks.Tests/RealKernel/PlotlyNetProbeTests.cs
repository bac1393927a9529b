using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;
using Xunit.Abstractions;

namespace MlDerivations.Notebooks.Tests.RealKernel;

/// <summary>
/// Figures use the library's own plotly.js model because Plotly.NET 6.0.0 (the only version our registry
/// serves) needs FSharp.Core 10.1 and the final kernel loads FSharp.Core 10.0. This probe tries one
/// Plotly.NET chart in the real kernel and says whether it renders, so the day a served Plotly.NET or
/// kernel makes it work, the suite says so and the choice can be revisited. It passes either way once
/// the probe has run.
/// </summary>
public sealed class PlotlyNetProbeTests(ITestOutputHelper log)
{
    [Fact]
    public async Task PlotlyNet_ProbeReportsWhetherAChartRendersInTheRealKernel()
    {
        using var folder = new TempFolder();
        string probe = TestNotebook.Write(folder.Path, "plotly-net-probe.ipynb",
            "#r \"nuget: Plotly.NET.Interactive, 6.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"",
            "Plotly.NET.CSharp.Chart.Point<double, double, string>(x: new double[] { 1, 2, 3 }, y: new double[] { 1, 4, 9 })");
        string output = Directory.CreateDirectory(Path.Combine(folder.Path, "out")).FullName;
        var executed = NotebookReader.Read(await RealKernel.ExecuteAsync(probe, output));

        var chartOutputs = executed.Cells[1].Outputs;
        Assert.NotEmpty(executed.Cells[0].Outputs.Concat(chartOutputs));   // the kernel ran the probe
        var error = chartOutputs.FirstOrDefault(o => o.Type == OutputType.Error);
        bool renders = error is null && chartOutputs.Any(o => o.Data.TryGetValue("text/html", out var html) && html.Contains("Plotly", StringComparison.Ordinal));
        log.WriteLine(renders
            ? "Plotly.NET RENDERS in the real kernel: revisit the choice of figure model (README, Plotting)."
            : $"Plotly.NET does not render in the real kernel: {error?.EName}: {Shorten(error?.EValue)}");
        Console.WriteLine($"[Plotly.NET probe] {(renders ? "renders" : "does not render")} in the real kernel");
    }

    private static string Shorten(string? text) => text is null ? "(no chart output)" : text.Length <= 300 ? text : text[..300] + "…";
}
