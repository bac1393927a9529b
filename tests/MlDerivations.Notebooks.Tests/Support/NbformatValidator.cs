using System.Diagnostics;

namespace MlDerivations.Notebooks.Tests.Support;

/// <summary>
/// The official validator: Debian's /usr/bin/python3 with python3-nbformat. Missing tools fail the
/// test loudly (the test command installs them); they never skip it.
/// </summary>
internal static class NbformatValidator
{
    private const string Script =
        "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))";

    /// <summary>Null when the file is valid nbformat 4, else the validator's message.</summary>
    public static string? Problem(string path)
    {
        const string python = "/usr/bin/python3";
        Assert.True(File.Exists(python), $"{python} is missing: install python3 and python3-nbformat (./test.sh does).");
        var start = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.False(stderr.Contains("No module named 'nbformat'", StringComparison.Ordinal),
            "python3-nbformat is missing: apt-get install -y python3-nbformat (./test.sh does).");
        return process.ExitCode == 0 ? null : stderr;
    }
}
