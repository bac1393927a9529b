using System.Text.Json.Nodes;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// What a run has produced so far: outputs and per-cell metadata written into the notebook, the
/// claims counted, and the first failure. Metadata layout (read by the book):
/// cell <c>metadata.ml_derivations</c> = { seconds, claims: [{label, passed, message}] } (plus
/// <c>failed: true</c> on the failing cell, or only <c>not_run: true</c> on a cell after it), and
/// notebook <c>metadata.ml_derivations.run</c> = { seconds, succeeded, cells, claims_passed,
/// claims_failed, failed_cell (index into cells), error }.
/// </summary>
internal sealed class RunRecord(string displayPath, Notebook notebook)
{
    private const string MetadataKey = "ml_derivations";
    private int claimsPassed;
    private int claimsFailed;
    private string? firstFailedClaim;
    private (int Index, int? Line, string Message)? failure;
    private RunError? firstError;
    private string? lastFailedClaimInCell;

    public Notebook Notebook => notebook;

    public bool Stopped { get; private set; }

    public void MarkNotRun(Cell cell)
    {
        Reset(cell);
        cell.ExecutionCount = null;
        cell.Metadata[MetadataKey] = new JsonObject { ["not_run"] = true };
    }

    public void RecordCell(int index, TimeSpan elapsed, IEnumerable<string[]> claims, IEnumerable<WireOutput> outputs)
    {
        var cell = notebook.Cells[index];
        Reset(cell);
        var claimsJson = new JsonArray();
        lastFailedClaimInCell = null;
        foreach (var claim in claims)
        {
            bool passed = claim.Length > 1 && claim[1] == "passed";
            if (passed) claimsPassed++;
            else
            {
                claimsFailed++;
                firstFailedClaim ??= $"claim {claim[0]} failed: {claim.ElementAtOrDefault(2)}";
                lastFailedClaimInCell = claim[0];
            }
            claimsJson.Add(new JsonObject { ["label"] = claim[0], ["passed"] = passed, ["message"] = claim.ElementAtOrDefault(2) ?? "" });
        }
        cell.Metadata[MetadataKey] = new JsonObject { ["claims"] = claimsJson, ["seconds"] = Round(elapsed) };
        cell.Outputs.AddRange(outputs.Select(o => ToOutput(o, cell.ExecutionCount)));
    }

    /// <summary>
    /// Marks cell <paramref name="index"/> failed with <paramref name="exceptionType"/> and
    /// <paramref name="message"/>; the first failure of the run is the one reported. Call it after
    /// <see cref="RecordCell"/> for that cell, so a claim that failed in it is named.
    /// </summary>
    public void Fail(int index, int? line, string exceptionType, string message, bool timedOut = false, bool stop = true)
    {
        string shown = timedOut || exceptionType == RunError.KernelCrashedType ? message : $"{exceptionType}: {message}";
        failure ??= (index, line, shown);
        firstError ??= new RunError
        {
            CellIndex = index,
            Line = line,
            ExceptionType = exceptionType,
            Message = message,
            TimedOut = timedOut,
            FailedClaim = timedOut ? null : lastFailedClaimInCell,
        };
        if (notebook.Cells[index].Metadata[MetadataKey] is JsonObject meta) meta["failed"] = true;
        Stopped |= stop;
    }

    public RunResult Finish(TimeSpan elapsed)
    {
        bool succeeded = failure is null && claimsFailed == 0;
        string? summary = failure is { } f ? f.Message : firstFailedClaim;
        var run = new JsonObject
        {
            ["cells"] = notebook.Cells.Count(c => c.Type == CellType.Code),
            ["claims_failed"] = claimsFailed,
            ["claims_passed"] = claimsPassed,
            ["seconds"] = Round(elapsed),
            ["succeeded"] = succeeded,
        };
        if (failure is { } at) run["failed_cell"] = at.Index;
        if (summary is not null) run["error"] = summary;
        notebook.Metadata[MetadataKey] = new JsonObject { ["run"] = run };
        return new RunResult
        {
            Executed = notebook,
            Succeeded = succeeded,
            ErrorMessage = succeeded ? null : failure is { } x ? FailureMessage.Format(displayPath, notebook, x.Index, x.Line, x.Message) : $"{displayPath}: {summary}",
            Elapsed = elapsed,
            ClaimsPassed = claimsPassed,
            ClaimsFailed = claimsFailed,
            FailedCellIndex = failure?.Index,
            Error = firstError,
        };
    }

    private static void Reset(Cell cell)
    {
        cell.Outputs.Clear();
        cell.Metadata.Remove(MetadataKey);
    }

    private static double Round(TimeSpan elapsed) => Math.Round(elapsed.TotalSeconds, 3);

    private static Output ToOutput(WireOutput wire, int? executionCount)
    {
        switch (wire.Type)
        {
            case "stream": return Output.Stream(wire.Name ?? "stdout", wire.Text ?? "");
            case "error": return Output.Error(wire.EName ?? "Error", wire.EValue ?? "", wire.Traceback ?? []);
        }
        var output = new Output { Type = wire.Type == "execute_result" ? OutputType.ExecuteResult : OutputType.DisplayData };
        if (output.Type == OutputType.ExecuteResult) output.ExecutionCount = executionCount;
        foreach (var (mime, text) in wire.Data ?? []) output.Data[mime] = text;
        return output;
    }
}
