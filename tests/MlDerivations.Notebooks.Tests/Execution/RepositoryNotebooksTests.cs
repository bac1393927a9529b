using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Execution;

/// <summary>Every chapter in notebooks/ runs top to bottom with no error and no failed claim, and is stored as it should be.</summary>
public sealed class RepositoryNotebooksTests
{
    public static TheoryData<string> Chapters
    {
        get
        {
            IEnumerable<string> names = Directory.Exists(Repository.Notebooks)
                ? Directory.GetFiles(Repository.Notebooks, "*.ipynb").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
                : [];
            var data = new TheoryData<string>();
            foreach (string name in names) data.Add(name);
            return data;
        }
    }

    [Fact]
    public void NotebooksFolder_HoldsAtLeastOneNotebook() =>
        Assert.True(Chapters.Count > 0, $"no notebooks found in {Repository.Notebooks}");

    [Theory]
    [MemberData(nameof(Chapters))]
    public async Task Chapter_RunsWithoutErrorsOrFailedClaims(string name)
    {
        var run = await TestNotebook.RunAsync(Path.Combine(Repository.Notebooks, name));

        Assert.True(run.Succeeded, run.ErrorMessage);
        Assert.Equal(0, run.ClaimsFailed);
    }

    [Theory]
    [MemberData(nameof(Chapters))]
    public void Chapter_IsStoredValidNormalisedAndWithoutOutputs(string name)
    {
        string path = Path.Combine(Repository.Notebooks, name);

        Assert.Empty(StoredForm.Check(path));
        Assert.Null(NbformatValidator.Problem(path));
    }
}
