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
        var notebook = NotebookReader.Read(Path.GetFullPath(notebookPath));
        return await RunCellsAsync(notebook, notebookPath, options, clock, cancellation);
    }

    /// <summary>
    /// Runs a copy of <paramref name="notebook"/> as though it were stored at
    /// <paramref name="notebookPath"/> (#r and #load resolve against that file's folder, messages name
    /// it); neither the notebook object nor any file is changed. The mutation harness runs edited
    /// copies this way.
    /// </summary>
    public static async Task<RunResult> RunAsync(Notebook notebook, string notebookPath, RunOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var copy = NotebookReader.Parse(NotebookWriter.Serialize(notebook), notebookPath);
        return await RunCellsAsync(copy, notebookPath, options, clock, cancellation);
    }

    private static async Task<RunResult> RunCellsAsync(Notebook notebook, string notebookPath, RunOptions options, Stopwatch clock, CancellationToken cancellation)
    {
        string path = Path.GetFullPath(notebookPath);
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
            run.RecordCell(index, clock.Elapsed, [], [new WireOutput("error", EName: RunError.KernelCrashedType, EValue: crash.Message, Traceback: [crash.Message])]);
            run.Fail(index, null, RunError.KernelCrashedType, crash.Message);
            return;
        }
        if (response is null)
        {
            string message = $"Cell {index + 1} exceeded the {Seconds(options.CellTimeout)} s time limit and was stopped.";
            run.RecordCell(index, clock.Elapsed, [], [new WireOutput("error", EName: RunError.TimeoutType, EValue: message, Traceback: [message])]);
            run.Fail(index, null, RunError.TimeoutType, message, timedOut: true);
            return;
        }
        run.RecordCell(index, clock.Elapsed, response.Claims, response.Outputs);
        bool expected = cell.Tags.Contains(RaisesExceptionTag, StringComparer.Ordinal);
        if (response.Failed && !expected)
        {
            var error = response.Outputs.LastOrDefault(o => o.Type == "error");
            run.Fail(index, response.Line, error?.EName ?? "Error", error is null ? "the cell failed" : error.EValue ?? "", stop: !options.ContinueOnError);
        }
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
