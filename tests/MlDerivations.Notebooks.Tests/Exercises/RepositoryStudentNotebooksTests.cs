using MlDerivations.Notebooks.Exercises;
using MlDerivations.Notebooks.Execution;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Execution;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Exercises;

/// <summary>
/// Every chapter's student version (issue 17, item 3) runs top to bottom in our runner with its
/// exercises unsolved, so no later cell depends on a solution; the chapter itself, solutions
/// included, is run by <see cref="RepositoryNotebooksTests"/>. The student notebook is written into a
/// folder beside a link to the repository's artifacts/, where a downloaded notebook would sit.
/// </summary>
public sealed class RepositoryStudentNotebooksTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(RepositoryNotebooksTests.Chapters), MemberType = typeof(RepositoryNotebooksTests))]
    public async Task StudentVersion_HasAStubForEverySolution_AndRunsWithTheExercisesUnsolved(string name)
    {
        var chapter = NotebookReader.Read(Path.Combine(Repository.Notebooks, name));
        var student = StudentVersion.Create(chapter);
        Directory.CreateSymbolicLink(_folder.File("artifacts"), Path.Combine(Repository.Root, "artifacts"));
        string path = Path.Combine(_folder.Path, "notebooks", name);
        NotebookWriter.WriteAtomic(student, path);

        int solutions = chapter.Cells.Count(c => c.Tags.Contains(StudentVersion.SolutionTag));
        Assert.True(solutions >= 3, $"{name} has {solutions} solution cells; every chapter has exercises with worked solutions");
        Assert.Equal(solutions, student.Cells.Count(c => c.Tags.Contains(StudentVersion.ExerciseTag)));
        Assert.DoesNotContain(student.Cells, c => c.Tags.Contains(StudentVersion.SolutionTag));
        Assert.All(student.Cells.Where(c => c.Tags.Contains(StudentVersion.ExerciseTag)),
            stub => Assert.Matches(@"^// Exercise \d+\.\d+", stub.Source));

        var run = await NotebookRunner.RunAsync(path, new RunOptions { CellTimeout = TimeSpan.FromSeconds(120) });

        Assert.True(run.Succeeded, $"{name}'s student version fails with the exercises unsolved: {run.ErrorMessage}");
        Assert.Equal(0, run.ClaimsFailed);
    }
}
