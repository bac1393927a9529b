using System.Diagnostics;
using System.Globalization;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// Runs a notebook top to bottom exactly as the .NET Interactive C# kernel would (DESIGN.md's seven
/// points), in a kernel process of its own, and returns the executed copy. Like nbclient, the run
/// stops at the first failing cell (unless the cell is tagged <c>raises-exception</c> or
/// <see cref="RunOptions.ContinueOnError"/> is set); later cells are marked not run. Cells are
/// numbered from 1 counting every cell, markdown included.
/// </summary>
public static class NotebookRunner
{
    /// <summary>The cell tag that marks a cell expected to throw (nbclient's convention).</summary>
    public const string RaisesExceptionTag = "raises-exception";

    /// <summary>
    /// Runs the notebook at <paramref name="notebookPath"/>. Throws <see cref="NotebookFormatException"/>
    /// when the file is not a notebook; every failure inside the notebook is reported in the result.
    /// </summary>
    public static async Task<RunResult> RunAsync(string notebookPath, RunOptions options, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        string path = Path.GetFullPath(notebookPath);
        var notebook = NotebookReader.Read(path);
        var run = new RunRecord(notebookPath, notebook);
        using (var kernel = await KernelProcess.StartAsync(Path.GetDirectoryName(path)!, cancellation))
        {
            int executionCount = 0;
            for (int i = 0; i < notebook.Cells.Count; i++)
            {
                var cell = notebook.Cells[i];
                if (cell.Type != CellType.Code) continue;
                if (run.Stopped) { run.MarkNotRun(cell); continue; }
                cell.ExecutionCount = ++executionCount;
                await RunCellAsync(kernel, run, i, options, cancellation);
            }
        }
        return run.Finish(clock.Elapsed);
    }

    private static async Task RunCellAsync(KernelProcess kernel, RunRecord run, int index, RunOptions options, CancellationToken cancellation)
    {
        var cell = run.Notebook.Cells[index];
        var clock = Stopwatch.StartNew();
        KernelResponse? response;
        try
        {
            response = await kernel.RunCellAsync(index + 1, cell.Source, options.CellTimeout, cancellation);
        }
        catch (KernelCrashedException crash)
        {
            run.RecordCell(index, clock.Elapsed, [], [new WireOutput("error", EName: "KernelCrashed", EValue: crash.Message, Traceback: [crash.Message])]);
            run.Fail(index, null, crash.Message);
            return;
        }
        if (response is null)
        {
            string message = $"Cell {index + 1} exceeded the {Seconds(options.CellTimeout)} s time limit and was stopped.";
            run.RecordCell(index, clock.Elapsed, [], [new WireOutput("error", EName: "System.TimeoutException", EValue: message, Traceback: [message])]);
            run.Fail(index, null, message);
            return;
        }
        run.RecordCell(index, clock.Elapsed, response.Claims, response.Outputs);
        bool expected = cell.Tags.Contains(RaisesExceptionTag, StringComparer.Ordinal);
        if (response.Failed && !expected)
        {
            var error = response.Outputs.LastOrDefault(o => o.Type == "error");
            run.Fail(index, response.Line, error is null ? "the cell failed" : $"{error.EName}: {error.EValue}", stop: !options.ContinueOnError);
        }
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
