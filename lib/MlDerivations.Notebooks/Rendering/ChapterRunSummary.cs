using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// What the runner recorded about one execution of a chapter, read from the executed copy's
/// <c>metadata.ml_derivations.run</c>: wall time in seconds, success, number of code cells,
/// claims passed and failed, and where and why it failed.
/// </summary>
public sealed record ChapterRunSummary(
    double Seconds, bool Succeeded, int Cells, int ClaimsPassed, int ClaimsFailed, int? FailedCell, string? Error)
{
    /// <summary>The run summary of a notebook's metadata, or null when it was never executed.</summary>
    public static ChapterRunSummary? Read(JsonObject notebookMetadata)
    {
        ArgumentNullException.ThrowIfNull(notebookMetadata);
        if (notebookMetadata["ml_derivations"] is not JsonObject ours || ours["run"] is not JsonObject run)
            return null;
        return new ChapterRunSummary(
            Seconds: Number(run["seconds"]) ?? 0,
            Succeeded: run["succeeded"] is JsonValue ok && ok.TryGetValue(out bool succeeded) && succeeded,
            Cells: (int)(Number(run["cells"]) ?? 0),
            ClaimsPassed: (int)(Number(run["claims_passed"]) ?? 0),
            ClaimsFailed: (int)(Number(run["claims_failed"]) ?? 0),
            FailedCell: Number(run["failed_cell"]) is double cell ? (int)cell : null,
            Error: run["error"] is JsonValue error && error.TryGetValue(out string? message) ? message : null);
    }

    // A value built in memory keeps its CLR type (an int is not a double to TryGetValue); one read
    // from a file is a JSON element. Reading the JSON text serves both.
    private static double? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? double.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)
            : null;
}

/// <summary>One claim checked in a code cell, from the cell's <c>metadata.ml_derivations.claims</c>.</summary>
internal sealed record CellClaim(string Label, bool Passed, string Message)
{
    /// <summary>The claims recorded on a code cell (empty when none).</summary>
    public static IReadOnlyList<CellClaim> Read(JsonObject cellMetadata)
    {
        if (cellMetadata["ml_derivations"] is not JsonObject ours || ours["claims"] is not JsonArray claims)
            return [];
        return claims.OfType<JsonObject>()
            .Select(c => new CellClaim(Text(c["label"]), IsPassed(c["passed"]), Text(c["message"])))
            .ToList();
    }

    // "passed" is written as a boolean; the claim log's own word ("passed" / "failed") is accepted too.
    private static bool IsPassed(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue(out bool b) => b,
        JsonValue v when v.TryGetValue(out string? s) => s == "passed",
        _ => false,
    };

    private static string Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty;
}
