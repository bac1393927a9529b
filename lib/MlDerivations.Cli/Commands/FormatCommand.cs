using System.CommandLine;
using System.Text;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Cli.Commands;

/// <summary>
/// <c>mlderiv format [NOTEBOOK...]</c> (default: notebooks/): rewrites each notebook in place in
/// its stored form — outputs and execution counts cleared, missing .NET metadata added, normalised
/// JSON — atomically, and only when that changes the file. A malformed notebook is reported and left as it is.
/// </summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var notebooks = CommandLine.NotebooksArgument("Notebooks or folders to normalise in place (default: notebooks).", ["notebooks"]);
        var command = new Command("format", "Normalise notebooks in place: clear outputs, add .NET metadata, normalise JSON.") { notebooks };
        command.SetAction(parse => Format(parse.GetValue(notebooks)!));
        return command;
    }

    private static int Format(string[] paths)
    {
        var files = CommandLine.Notebooks("format", paths);
        if (files is null) return CommandLine.BadUsage;
        int exit = CommandLine.Ok;
        foreach (string file in files)
        {
            try
            {
                var notebook = NotebookReader.Read(file);
                StoredForm.Apply(notebook);
                if (File.ReadAllText(file, Encoding.UTF8) == NotebookWriter.Serialize(notebook)) continue;
                NotebookWriter.WriteAtomic(notebook, file);
                Console.WriteLine($"formatted {file}");
            }
            catch (NotebookFormatException e)
            {
                Console.Error.WriteLine($"mlderiv format: {e.Message} The file was left unchanged.");
                exit = CommandLine.NotebookFailed;
            }
        }
        return exit;
    }
}
