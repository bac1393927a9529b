using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Exercises;

/// <summary>
/// The student version of a chapter: every cell tagged <c>solution</c> becomes a stub, tagged
/// <c>exercise</c>, that says which exercise it answers and what the worked solution establishes (the
/// labels of its claims), so a student knows what to write; the statements and hints (markdown) are
/// kept, outputs and execution counts are cleared. The result still runs top to bottom, which holds
/// only if no later cell needs a solution's variables: the tests run every student version.
/// </summary>
public static partial class StudentVersion
{
    /// <summary>The tag of the cells replaced.</summary>
    public const string SolutionTag = "solution";

    /// <summary>The tag of the stubs that replace them.</summary>
    public const string ExerciseTag = "exercise";

    /// <summary>The student version of <paramref name="chapter"/> (which is not modified).</summary>
    public static Notebook Create(Notebook chapter)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        var student = NotebookReader.Parse(NotebookWriter.Serialize(chapter), "student version");
        string? exercise = null;
        bool previousWasSolution = false;
        for (int i = 0; i < student.Cells.Count; i++)
        {
            var cell = student.Cells[i];
            cell.Outputs.Clear();
            cell.ExecutionCount = null;
            if (cell.Type == CellType.Markdown && ExerciseHeading().Match(cell.Source) is { Success: true } heading)
                exercise = heading.Groups["name"].Value;
            bool isSolution = cell.Type == CellType.Code && cell.Tags.Contains(SolutionTag);
            if (isSolution)
                student.Cells[i] = Stub(cell, exercise, continued: previousWasSolution);
            previousWasSolution = isSolution;
        }
        student.Metadata.Remove("ml_derivations");
        return student;
    }

    /// <summary>The labels of the claims a cell's code makes (the first string argument of each <c>Claim.*</c> call).</summary>
    public static IReadOnlyList<string> ClaimLabels(string code) =>
        ClaimCall().Matches(code).Select(m => Regex.Unescape(m.Groups["label"].Value)).ToList();

    private static Cell Stub(Cell solution, string? exercise, bool continued)
    {
        string name = exercise ?? "this exercise";
        var text = new StringBuilder();
        text.Append(continued
            ? $"// {name}, continued: your code here.\n"
            : $"// {name}: your code here (the statement and the hint are above).\n");
        var labels = ClaimLabels(solution.Source);
        if (labels.Count > 0)
        {
            text.Append("// The worked solution checks, each with a Claim.* call that throws when it is false:\n");
            foreach (string label in labels)
                text.Append("//   ").Append(label.Replace('\n', ' ')).Append('\n');
            text.Append("// Make the same checks, then compare with the solution in the book.");
        }
        else
        {
            text.Append("// The worked solution computes and prints its answer; compare yours with it in the book.");
        }
        var metadata = (JsonObject)solution.Metadata.DeepClone();
        metadata["tags"] = new JsonArray(ExerciseTag);
        return new Cell { Id = solution.Id, Type = CellType.Code, Source = text.ToString(), Metadata = metadata };
    }

    // "**Exercise 2.1 (the Frobenius norm …).**": the name is "Exercise 2.1".
    [GeneratedRegex(@"\*\*(?<name>Exercise\s+\d+\.\d+)\b")]
    private static partial Regex ExerciseHeading();

    // Claim.Close("label", …), Claim.True(@"label" …) with escapes: the first argument when it is a literal.
    [GeneratedRegex(@"Claim\.\w+\(\s*\$?@?""(?<label>(?:[^""\\\n]|\\.)*)""")]
    private static partial Regex ClaimCall();
}
