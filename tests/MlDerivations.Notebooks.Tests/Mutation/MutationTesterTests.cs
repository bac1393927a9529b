using MlDerivations.Notebooks.Mutation;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Mutation;

/// <summary>The harness on a small notebook with one claim, and one mutation for each way a run can end.</summary>
public sealed class MutationTesterTests
{
    private static readonly string Setup = $"#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"{Repository.LibraryDll}\"\nusing MlDerivations.Claims;";

    private const string Claim = "double sum = 0;\nfor (int k = 1; k <= 10; k++) sum += k;\nClaim.Close(\"(0.1) 1 + … + n = n(n + 1)/2\", sum, 10 * 11 / 2, 0)";

    [Fact]
    public async Task RunAsync_ClassifiesEachWayARunCanEnd()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "small.ipynb", "md:# Small", Setup, Claim, "var after = 1;");
        WriteList(folder, "small",
            Edit("off-by-one", "k <= 10", "k < 10", "(0.1)"),
            Edit("wrong-claim-named", "k <= 10", "k < 10", "(9.9)"),
            Edit("harmless", "var after = 1;", "var after = 2;", null, cell: "cell3"),
            Edit("typo", "sum += k", "sum += kk", null),
            Edit("throws", "sum += k", "sum += k / (k - k)", null),
            Edit("endless", "k++", "k += 0", null));
        byte[] original = File.ReadAllBytes(path);

        var report = await MutationTester.RunAsync(path, new MutationOptions { CellTimeout = TimeSpan.FromSeconds(20) });

        Assert.True(report.BaselinePassed, report.Baseline.ErrorMessage);
        var verdicts = report.Outcomes.ToDictionary(o => o.Mutation.Name, o => o.Verdict);
        Assert.Equal(MutationVerdict.Caught, verdicts["off-by-one"]);
        Assert.Equal(MutationVerdict.OtherClaim, verdicts["wrong-claim-named"]);
        Assert.Equal(MutationVerdict.CleanRun, verdicts["harmless"]);
        Assert.Equal(MutationVerdict.CompileError, verdicts["typo"]);
        Assert.Equal(MutationVerdict.OtherException, verdicts["throws"]);
        Assert.Equal(MutationVerdict.Timeout, verdicts["endless"]);
        Assert.Contains("(0.1) 1 + … + n", report.Outcomes[0].Detail, StringComparison.Ordinal);
        Assert.Contains("DivideByZeroException", report.Outcomes[4].Detail, StringComparison.Ordinal);
        Assert.Equal("small: 1/6 caught", report.Summary);
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Equal([Path.Combine("mutations", "small.json"), "small.ipynb"], folder.Files());
    }

    [Fact]
    public async Task RunAsync_RunsNoMutationWhenTheUnmutatedNotebookFails()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "broken.ipynb", Setup, Claim.Replace("10 * 11 / 2", "10 * 11", StringComparison.Ordinal));
        WriteList(folder, "broken", Edit("off-by-one", "k <= 10", "k < 10", null, cell: "cell1"));

        var report = await MutationTester.RunAsync(path, new MutationOptions());

        Assert.False(report.BaselinePassed);
        Assert.Empty(report.Outcomes);
        Assert.False(report.AllCaught);
        Assert.Equal("broken: the unmutated notebook fails, so no mutation was run", report.Summary);
    }

    [Fact]
    public async Task RunAsync_ThrowsWhenTheNotebookHasNoList()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "bare.ipynb", "var a = 1;");

        var e = await Assert.ThrowsAsync<MutationListException>(() => MutationTester.RunAsync(path, new MutationOptions()));

        Assert.Contains("no mutation list for bare.ipynb", e.Message, StringComparison.Ordinal);
    }

    internal static string Edit(string name, string find, string replace, string? claim, string cell = "cell2") =>
        $$"""{ "name": "{{name}}", "cell": "{{cell}}", "find": "{{find}}", "replace": "{{replace}}", "mistake": "{{name}}"{{(claim is null ? "" : $", \"claim\": \"{claim}\"")}} }""";

    internal static void WriteList(TempFolder folder, string slug, params string[] mutations)
    {
        Directory.CreateDirectory(folder.File("mutations"));
        File.WriteAllText(Path.Combine(folder.File("mutations"), slug + ".json"),
            $$"""{ "notebook": "{{slug}}.ipynb", "mutations": [{{string.Join(",\n", mutations)}}] }""");
    }
}
