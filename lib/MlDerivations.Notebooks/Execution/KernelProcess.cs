using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// The runner's side of the kernel: a child process (<c>dotnet exec MlDerivations.Notebooks.dll
/// --kernel</c>) spoken to in JSON lines. A cell that exceeds its time limit is stopped by killing
/// the process tree: Roslyn cannot cancel a busy loop, a process can always be ended.
/// </summary>
internal sealed class KernelProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stderr = new();

    private KernelProcess(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) => { lock (stderr) if (e.Data is not null && stderr.Length < 8000) stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
    }

    /// <summary>How long a kernel may take to start and load the compiler, on a loaded 2-core machine.</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Starts a kernel whose #r and #load resolve against <paramref name="notebookDirectory"/> and
    /// waits until it has loaded the compiler, so no cell's time limit pays for the start.
    /// </summary>
    public static async Task<KernelProcess> StartAsync(string notebookDirectory, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(DotNetHost.Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            WorkingDirectory = notebookDirectory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(KernelAssembly);
        start.ArgumentList.Add("--kernel");
        var kernel = new KernelProcess(Process.Start(start)!);
        try
        {
            kernel.Send(new KernelRequest(notebookDirectory, 0, null));
            if (await kernel.ReceiveAsync(StartLimit, cancellation) is null)
                throw new KernelCrashedException($"the kernel process did not start within {StartLimit.TotalSeconds} s");
        }
        catch
        {
            kernel.Dispose();
            throw;
        }
        return kernel;
    }

    /// <summary>
    /// The kernel to start: the ReadyToRun copy in kernel/ beside this assembly when the build made
    /// one (ReadyToRunKernel.targets; it starts about 1 s faster), else this assembly itself.
    /// </summary>
    private static string KernelAssembly
    {
        get
        {
            string self = typeof(KernelProcess).Assembly.Location;
            string precompiled = Path.Combine(Path.GetDirectoryName(self)!, "kernel", Path.GetFileName(self));
            return File.Exists(precompiled) ? precompiled : self;
        }
    }

    /// <summary>Runs one cell; null when it did not answer within <paramref name="timeout"/> (the kernel is then killed).</summary>
    public async Task<KernelResponse?> RunCellAsync(int cellNumber, string source, TimeSpan timeout, CancellationToken cancellation)
    {
        Send(new KernelRequest(null, cellNumber, source));
        return await ReceiveAsync(timeout, cancellation);
    }

    private async Task<KernelResponse?> ReceiveAsync(TimeSpan timeout, CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            Kill();
            return null;
        }
        if (line is null)
        {
            await process.WaitForExitAsync(CancellationToken.None);
            throw new KernelCrashedException(
                $"the kernel process exited unexpectedly (code {process.ExitCode}){Environment.NewLine}{StandardError}".TrimEnd());
        }
        return JsonSerializer.Deserialize(line, KernelProtocolJson.Default.KernelResponse);
    }

    private string StandardError { get { lock (stderr) return stderr.ToString(); } }

    private void Send(KernelRequest request)
    {
        process.StandardInput.WriteLine(JsonSerializer.Serialize(request, KernelProtocolJson.Default.KernelRequest));
        process.StandardInput.Flush();
    }

    private void Kill()
    {
        try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            try { process.StandardInput.Close(); } catch (IOException) { }
            if (!process.WaitForExit(2000)) Kill();
        }
        process.Dispose();
    }
}

/// <summary>The kernel process ended while a cell was running (a crash, a stack overflow, Environment.Exit).</summary>
internal sealed class KernelCrashedException(string message) : Exception(message);
