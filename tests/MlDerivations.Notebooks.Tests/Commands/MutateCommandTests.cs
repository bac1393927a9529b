using MlDerivations.Notebooks.Tests.Mutation;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Commands;

/// <summary><c>mlderiv mutate</c> as an author runs it: a line per mutation, a summary, exit codes 0 / 1 / 2.</summary>
public sealed class MutateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteSmallNotebook(params string[] mutations)
    {
        string setup = $"#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"{Repository.LibraryDll}\"\nusing MlDerivations.Claims;";
        TestNotebook.Write(_folder.Path, "small.ipynb", setup, "Claim.Close(\"(0.1) half\", 0.5 * 4, 2, 0)");
        MutationTesterTests.WriteList(_folder, "small", mutations);
        return "small.ipynb";
    }

    [Fact]
    public void AllCaught_PrintsALinePerMutationAndTheSummaryAndExitsZero()
    {
        string notebook = WriteSmallNotebook(
            MutationTesterTests.Edit("half-dropped", "0.5 * 4", "4", "(0.1)", cell: "cell1"),
            MutationTesterTests.Edit("half-as-third", "0.5 * 4", "4.0 / 3", null, cell: "cell1"));

        var (exit, stdout, stderr) = Cli.Run(_folder.Path, "mutate", notebook, "--jobs", "2");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("caught  half-dropped", stdout, StringComparison.Ordinal);
        Assert.Contains("✗ (0.1) half", stdout, StringComparison.Ordinal);
        Assert.Contains("caught  half-as-third", stdout, StringComparison.Ordinal);
        Assert.Contains("small: 2/2 caught", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Missed_SaysWhyAndExitsOne()
    {
        string notebook = WriteSmallNotebook(MutationTesterTests.Edit("typo", "0.5 * 4", "0.5 * four", null, cell: "cell1"));

        var (exit, stdout, _) = Cli.Run(_folder.Path, "mutate", notebook, "--only", "typo");

        Assert.Equal(1, exit);
        Assert.Contains("MISSED  typo", stdout, StringComparison.Ordinal);
        Assert.Contains("compile error", stdout, StringComparison.Ordinal);
        Assert.Contains("small: 0/1 caught", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BadList_IsReportedWithFileAndMutationAndExitsOne()
    {
        string notebook = WriteSmallNotebook(MutationTesterTests.Edit("ghost", "0.5 * 4", "4", null, cell: "nope"));

        var (exit, _, stderr) = Cli.Run(_folder.Path, "mutate", notebook);

        Assert.Equal(1, exit);
        Assert.Contains("small.json: mutation \"ghost\": no cell has the id \"nope\".", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--jobs", "0", "--jobs must be between 1 and 64; got 0.")]
    [InlineData("--timeout", "0", "--timeout must be > 0 and ≤ 86400 seconds; got 0.")]
    [InlineData("--only", "nobody", "--only names no mutation of the lists read: nobody.")]
    public void BadUsage_ExitsTwo(string option, string value, string message)
    {
        string notebook = WriteSmallNotebook(MutationTesterTests.Edit("half-dropped", "0.5 * 4", "4", null, cell: "cell1"));

        var (exit, _, stderr) = Cli.Run(_folder.Path, "mutate", notebook, option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }
}
