using System.Diagnostics;

namespace MlDerivations.Notebooks.Tests.RealKernel;

/// <summary>
/// Runs notebooks in the real .NET Interactive kernel (the <c>Microsoft.dotnet-interactive</c> tool and
/// its <c>.net-csharp</c> kernelspec, which ./test.sh installs) through Debian's nbclient.
/// At most two kernels run at once: each takes a core while it compiles.
/// </summary>
internal static class RealKernel
{
    private static readonly SemaphoreSlim Slots = new(2);

    public static string Script => Path.Combine(Support.Repository.Root, "tests", "MlDerivations.Notebooks.Tests", "RealKernel", "execute_with_nbclient.py");

    /// <summary>Executes <paramref name="notebook"/> with its folder as working directory and returns the executed copy's path.</summary>
    public static async Task<string> ExecuteAsync(string notebook, string outputFolder, int cellTimeoutSeconds = 300)
    {
        string output = Path.Combine(outputFolder, Path.GetFileName(notebook));
        await Slots.WaitAsync();
        try
        {
            var start = new ProcessStartInfo("/usr/bin/python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(notebook)!,
            };
            foreach (string arg in new[] { Script, notebook, Path.GetDirectoryName(notebook)!, output, cellTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
                start.ArgumentList.Add(arg);
            // The kernelspec starts `dotnet interactive`: the global tool must be on PATH.
            string tools = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");
            start.Environment["PATH"] = $"{Environment.GetEnvironmentVariable("PATH")}:{tools}";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0 || !File.Exists(output))
                throw new InvalidOperationException(
                    $"The real kernel did not execute {notebook} (exit {process.ExitCode}). Is the tool installed " +
                    $"(./test.sh installs Microsoft.dotnet-interactive, its kernelspec and python3-nbclient)?\n{Tail(await stderr)}\n{Tail(await stdout)}");
            return output;
        }
        finally
        {
            Slots.Release();
        }
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
