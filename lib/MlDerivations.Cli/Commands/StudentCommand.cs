using System.CommandLine;
using MlDerivations.Notebooks.Exercises;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Cli.Commands;

/// <summary>
/// <c>mlderiv student NOTEBOOK... --output DIR</c>: writes each chapter's student version (solutions
/// replaced by stubs that say what to write; statements and hints kept) to DIR under the same name,
/// atomically; the sources are never modified.
/// </summary>
internal static class StudentCommand
{
    public static Command Create()
    {
        var notebooks = CommandLine.NotebooksArgument("Chapters to write student versions of (.ipynb files or folders of them).", ["notebooks"]);
        var output = new Option<string>("--output", "-o") { Description = "Folder for the student notebooks.", DefaultValueFactory = _ => "student" };
        var command = new Command("student", "Write student notebooks: each solution cell replaced by a stub naming what the solution checks.")
        {
            notebooks, output,
        };
        command.SetAction(parse => Write(parse.GetValue(notebooks)!, parse.GetValue(output)!));
        return command;
    }

    private static int Write(string[] paths, string output)
    {
        var files = CommandLine.Notebooks("student", paths);
        if (files is null) return CommandLine.BadUsage;
        var targets = files.Select(f => Path.Combine(output, Path.GetFileName(f))).ToList();
        if (CommandLine.OverwrittenSource(files, targets) is { } overwrite)
        {
            Console.Error.WriteLine("mlderiv student: --output: " + overwrite);
            return CommandLine.BadUsage;
        }
        int exit = CommandLine.Ok;
        for (int i = 0; i < files.Count; i++)
        {
            try
            {
                var student = StudentVersion.Create(NotebookReader.Read(files[i]));
                NotebookWriter.WriteAtomic(student, targets[i]);
                int stubs = student.Cells.Count(c => c.Tags.Contains(StudentVersion.ExerciseTag));
                Console.WriteLine($"{files[i]}: {stubs} solution cells replaced -> {targets[i]}");
            }
            catch (NotebookFormatException e)
            {
                Console.Error.WriteLine($"mlderiv student: {e.Message} Nothing was written.");
                exit = CommandLine.BadUsage;
            }
        }
        return exit;
    }
}
