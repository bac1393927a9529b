using System.CommandLine;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Cli.Commands;

/// <summary>
/// <c>mlderiv check [NOTEBOOK...]</c> (default: notebooks/): each notebook is valid nbformat 4.5, a
/// .NET C# notebook with Polyglot's metadata, stored without outputs, and normalised.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var notebooks = CommandLine.NotebooksArgument("Notebooks or folders to check (default: notebooks).", ["notebooks"]);
        var command = new Command("check", "Check that notebooks are stored as the repository keeps them (valid, .NET, no outputs, normalised).") { notebooks };
        command.SetAction(parse => Check(parse.GetValue(notebooks)!));
        return command;
    }

    private static int Check(string[] paths)
    {
        var files = CommandLine.Notebooks("check", paths);
        if (files is null) return CommandLine.BadUsage;
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"mlderiv check: no notebooks found in {string.Join(", ", paths)}.");
            return CommandLine.NotebookFailed;
        }
        int failed = 0;
        foreach (string file in files)
        {
            var problems = StoredForm.Check(file);
            foreach (string problem in problems) Console.Error.WriteLine(problem);
            if (problems.Count > 0) failed++;
        }
        Console.WriteLine($"checked {files.Count} notebook(s): {files.Count - failed} ok, {failed} with problems.");
        return failed == 0 ? CommandLine.Ok : CommandLine.NotebookFailed;
    }
}
