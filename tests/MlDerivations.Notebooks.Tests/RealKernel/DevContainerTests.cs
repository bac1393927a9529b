using System.Text.Json;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.RealKernel;

/// <summary>
/// The one-step environment (issue 17, item 5): the dev container's post-create step is the script
/// that ./build.sh and ./test.sh run for the same part, so every CI run (./test.sh) runs it on a fresh
/// clone; these tests keep the three pointing at it and the container description well formed.
/// </summary>
public sealed class DevContainerTests
{
    private const string Script = "scripts/notebook-environment.sh";

    [Fact]
    public void DevContainer_RunsTheNotebookEnvironmentScript_OnDebianWithDotnet10AndTheNotebookExtensions()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, ".devcontainer", "devcontainer.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = json.RootElement;

        Assert.Equal("bash " + Script, root.GetProperty("postCreateCommand").GetString());
        Assert.Contains("bookworm", root.GetProperty("image").GetString(), StringComparison.Ordinal);
        Assert.Equal("10.0", root.GetProperty("features").GetProperty("ghcr.io/devcontainers/features/dotnet:2").GetProperty("version").GetString());
        var extensions = root.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions")
            .EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", extensions);
        Assert.Contains("ms-toolsai.jupyter", extensions);
        Assert.Contains(".dotnet/tools", root.GetProperty("remoteEnv").GetProperty("PATH").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build.sh")]
    [InlineData("test.sh")]
    public void TheReadmeCommands_RunTheSameScript(string command)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, command));

        Assert.Contains(lines, line => line.Contains("bash " + Script, StringComparison.Ordinal) && !line.TrimStart().StartsWith('#'));
    }

    [Fact]
    public void TheScript_BuildsTheLibraryAndInstallsTheKernelWeTestAgainst()
    {
        string path = Path.Combine(Repository.Root, Script);
        string text = File.ReadAllText(path);

        Assert.Contains("dotnet build ml-derivations.sln", text, StringComparison.Ordinal);
        Assert.Contains("interactive_version=" + RealKernelVersion(), text, StringComparison.Ordinal);
        Assert.Contains("dotnet interactive jupyter install", text, StringComparison.Ordinal);
    }

    // The version README states for the real kernel: the script must install that one.
    private static string RealKernelVersion()
    {
        string readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var match = System.Text.RegularExpressions.Regex.Match(readme, @"Microsoft\.dotnet-interactive`? (\d+\.\d+\.\d+)");
        Assert.True(match.Success, "README.md does not name the Microsoft.dotnet-interactive version");
        return match.Groups[1].Value;
    }
}
