using MlDerivations.Notebooks.Execution;

namespace MlDerivations.Notebooks;

/// <summary>
/// Started by the runner as a child process (<c>dotnet exec MlDerivations.Notebooks.dll --kernel</c>);
/// one process runs one notebook, so a runaway cell can be stopped by ending the process.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args is not ["--kernel"])
        {
            await Console.Error.WriteLineAsync("MlDerivations.Notebooks is the notebook kernel process; it is started by `mlderiv run`.");
            return 2;
        }
        return await KernelHost.RunAsync();
    }
}
