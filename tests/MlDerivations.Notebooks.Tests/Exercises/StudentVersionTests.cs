using MlDerivations.Notebooks.Exercises;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Exercises;

public sealed class StudentVersionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Notebook Chapter() => NotebookReader.Read(TestNotebook.Write(_folder.Path, "chapter.ipynb",
        "var x = 2;",
        "md:**Exercise 9.1 (doubling).** Show that x + x = 2x.\n\n*Hint.* Add.",
        "tag:solution\nvar twice = x + x;\nClaim.Close(\"Exercise 9.1: x + x = 2x\", twice, 2 * x, 0);",
        "tag:solution\nClaim.True(\"Exercise 9.1: \\\"twice\\\" is even\", twice % 2 == 0);",
        "md:**Exercise 9.2 (printing).** Print x.",
        "tag:solution\nConsole.WriteLine(x);",
        "Console.WriteLine(x * 3);"));

    [Fact]
    public void SolutionCells_BecomeStubsNamingTheExerciseAndWhatTheSolutionChecks()
    {
        var student = StudentVersion.Create(Chapter());

        Assert.Equal(7, student.Cells.Count);
        Assert.Equal(
            "// Exercise 9.1: your code here (the statement and the hint are above).\n"
            + "// The worked solution checks, each with a Claim.* call that throws when it is false:\n"
            + "//   Exercise 9.1: x + x = 2x\n"
            + "// Make the same checks, then compare with the solution in the book.",
            student.Cells[2].Source);
        Assert.StartsWith("// Exercise 9.1, continued: your code here.\n", student.Cells[3].Source, StringComparison.Ordinal);
        Assert.Contains("//   Exercise 9.1: \"twice\" is even\n", student.Cells[3].Source, StringComparison.Ordinal);
        Assert.StartsWith("// Exercise 9.2: your code here", student.Cells[5].Source, StringComparison.Ordinal);
        Assert.Contains("computes and prints its answer", student.Cells[5].Source, StringComparison.Ordinal);
        Assert.All(new[] { 2, 3, 5 }, i => Assert.Equal([StudentVersion.ExerciseTag], student.Cells[i].Tags));
        Assert.DoesNotContain(student.Cells, c => c.Source.Contains("twice = x + x", StringComparison.Ordinal));
    }

    [Fact]
    public void EverythingElse_IsKept_AndTheSourceIsUntouched()
    {
        var chapter = Chapter();
        string before = NotebookWriter.Serialize(chapter);

        var student = StudentVersion.Create(chapter);

        Assert.Equal(before, NotebookWriter.Serialize(chapter));
        foreach (int i in new[] { 0, 1, 4, 6 })
        {
            Assert.Equal(chapter.Cells[i].Source, student.Cells[i].Source);
            Assert.Equal(chapter.Cells[i].Type, student.Cells[i].Type);
        }
        Assert.Equal(chapter.Cells.Select(c => c.Id), student.Cells.Select(c => c.Id));
    }

    [Fact]
    public async Task TheStudentVersion_RunsWithTheExercisesUnsolved()
    {
        string path = Path.Combine(_folder.Path, "student.ipynb");
        NotebookWriter.WriteAtomic(StudentVersion.Create(Chapter()), path);

        var run = await TestNotebook.RunAsync(path);

        Assert.True(run.Succeeded, run.ErrorMessage);
        Assert.Equal(0, run.ClaimsPassed);
    }

    [Theory]
    [InlineData("Claim.Close(\"(2.1) a\", x, y, 1e-9)", new[] { "(2.1) a" })]
    [InlineData("Claim.True($\"n = {n}\", ok); Claim.AtMost( \"b\\\\c\", 1, 2)", new[] { "n = {n}", "b\\c" })]
    [InlineData("var label = \"x\"; Claim.True(label, ok)", new string[0])]
    public void ClaimLabels_AreTheLiteralFirstArguments(string code, string[] labels) =>
        Assert.Equal(labels, StudentVersion.ClaimLabels(code));
}
