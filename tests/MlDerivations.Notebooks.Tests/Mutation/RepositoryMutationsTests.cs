using System.Text.RegularExpressions;
using MlDerivations.Notebooks.Mutation;
using MlDerivations.Notebooks.Tests.Execution;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Mutation;

/// <summary>
/// Every chapter in notebooks/ has a mutation list of at least eight plausible mistakes, each caught by
/// a claim (issue 13), and the README's chapter table reports that count. A chapter without a list fails.
/// </summary>
public sealed partial class RepositoryMutationsTests
{
    private const int MinimumMutations = 8;

    [Theory]
    [MemberData(nameof(RepositoryNotebooksTests.Chapters), MemberType = typeof(RepositoryNotebooksTests))]
    public async Task Chapter_EveryMutationIsCaughtByAClaim(string name)
    {
        string path = Path.Combine(Repository.Notebooks, name);
        Assert.True(File.Exists(MutationList.PathFor(path)), $"{name} has no mutation list at {MutationList.PathFor(path)}; see notebooks/AUTHORING.md.");

        var report = await MutationTester.RunAsync(path, new MutationOptions { CellTimeout = TimeSpan.FromSeconds(300) });

        Assert.True(report.BaselinePassed, report.Baseline.ErrorMessage);
        Assert.True(report.Outcomes.Count >= MinimumMutations, $"{name}: {report.Outcomes.Count} mutations, at least {MinimumMutations} expected");
        var missed = report.Outcomes.Where(o => !o.Caught).Select(o => o.ToString()).ToList();
        Assert.True(missed.Count == 0, $"{report.Summary}; missed:\n{string.Join("\n", missed)}");
    }

    [Theory]
    [MemberData(nameof(RepositoryNotebooksTests.Chapters), MemberType = typeof(RepositoryNotebooksTests))]
    public void Readme_ReportsTheChaptersMutationsCaught(string name)
    {
        string path = Path.Combine(Repository.Notebooks, name);
        Assert.True(File.Exists(MutationList.PathFor(path)), $"{name} has no mutation list at {MutationList.PathFor(path)}");
        string readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

        var row = ReadmeRow(name).Match(readme);

        Assert.True(row.Success, $"README.md has no chapter-table row linking notebooks/{name} with a mutations column");
        // Every listed mutation is caught (the test above), so the column reads "caught/listed" = "n/n".
        int count = MutationListReader.Read(MutationList.PathFor(path)).Mutations.Count;
        Assert.Equal($"{count}/{count}", row.Groups["caught"].Value);
    }

    private static Regex ReadmeRow(string notebook) =>
        new($@"^\|[^|\n]*\|[^|\n]*\|\s*\[{Regex.Escape(notebook)}\]\(notebooks/{Regex.Escape(notebook)}\)\s*\|\s*(?<caught>[^|\n]*?)\s*\|\s*$", RegexOptions.Multiline);
}
