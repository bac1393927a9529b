using System.Text.Json.Serialization;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// One request from the runner to the kernel process, one JSON line on the kernel's stdin.
/// The first request names the notebook's folder; every later one carries a cell to run.
/// </summary>
internal sealed record KernelRequest(string? NotebookDirectory, int CellNumber, string? Source);

/// <summary>One output as it travels from the kernel to the runner.</summary>
internal sealed record WireOutput(
    string Type,
    Dictionary<string, string>? Data = null,
    string? Name = null,
    string? Text = null,
    string? EName = null,
    string? EValue = null,
    List<string>? Traceback = null);

/// <summary>
/// The kernel's answer for one cell, one JSON line on its stdout: the outputs in order, the claims
/// checked while it ran ({label, "passed"|"failed", message}), whether it produced an error, and the
/// cell-relative line of that error when known.
/// </summary>
internal sealed record KernelResponse(List<WireOutput> Outputs, List<string[]> Claims, bool Failed, int? Line);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(KernelRequest))]
[JsonSerializable(typeof(KernelResponse))]
internal sealed partial class KernelProtocolJson : JsonSerializerContext;
