using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// The kernel process: reads requests as JSON lines on stdin, runs each cell in a
/// <see cref="ScriptSession"/> and answers with one JSON line on the real stdout. Console output of
/// cells is captured per cell, so the protocol stream is never mixed with what a cell prints.
/// </summary>
internal static class KernelHost
{
    public const string ClaimLogKey = "MlDerivations.Claims.Log";

    public static async Task<int> RunAsync()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        var collector = new CellOutputCollector();
        Console.SetOut(new CellConsoleWriter(collector, "stdout"));
        Console.SetError(new CellConsoleWriter(collector, "stderr"));
        Console.SetIn(TextReader.Null);

        ScriptSession? session = null;
        while (await input.ReadLineAsync() is { } line)
        {
            var request = JsonSerializer.Deserialize(line, KernelProtocolJson.Default.KernelRequest)!;
            KernelResponse response;
            if (request.NotebookDirectory is not null)
            {
                session = new ScriptSession(request.NotebookDirectory, collector);
                await session.WarmUpAsync();
                response = new KernelResponse([], [], false, null);
            }
            else
            {
                response = await RunCellAsync(session!, collector, request);
            }
            await output.WriteLineAsync(JsonSerializer.Serialize(response, KernelProtocolJson.Default.KernelResponse));
        }
        return 0;
    }

    private static async Task<KernelResponse> RunCellAsync(ScriptSession session, CellOutputCollector collector, KernelRequest request)
    {
        int claimsBefore = Claims().Count;
        var (failed, errorLine) = await session.RunAsync(request.CellNumber, request.Source ?? "");
        var claims = Claims().Skip(claimsBefore).Select(c => (string[])c.Clone()).ToList();
        return new KernelResponse(collector.TakeAll(), claims, failed, errorLine);
    }

    /// <summary>The claims the library has recorded in this process (see MlDerivations.Claims.ClaimLog).</summary>
    private static List<string[]> Claims() =>
        AppDomain.CurrentDomain.GetData(ClaimLogKey) is List<string[]> log ? [.. log] : [];
}
