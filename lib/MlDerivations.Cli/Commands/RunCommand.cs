using System.CommandLine;
using System.Globalization;
using MlDerivations.Notebooks.Execution;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Cli.Commands;

/// <summary>
/// <c>mlderiv run NOTEBOOK... --output DIR</c>: executes each notebook in a kernel process of its
/// own and writes the executed copy to DIR atomically; the source is never modified. A failed
/// notebook still gets its executed copy, with the failure marked, and its error on stderr.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var notebooks = CommandLine.NotebooksArgument("Notebooks to run (.ipynb files or folders of them).");
        notebooks.Arity = ArgumentArity.OneOrMore;
        var output = new Option<string>("--output", "-o") { Description = "Folder for the executed copies.", DefaultValueFactory = _ => "out" };
        var timeout = new Option<double>("--timeout") { Description = "Time limit per cell, in seconds.", DefaultValueFactory = _ => 60 };
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Run the remaining cells after a cell fails." };
        var command = new Command("run", "Execute notebooks and write executed copies (outputs, timings and claims) to a folder.")
        {
            notebooks, output, timeout, continueOnError,
        };
        command.SetAction((parse, cancellation) => RunAsync(
            parse.GetValue(notebooks)!, parse.GetValue(output)!, parse.GetValue(timeout), parse.GetValue(continueOnError), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string output, double timeoutSeconds, bool continueOnError, CancellationToken cancellation)
    {
        RunOptions options;
        try
        {
            options = new RunOptions { CellTimeout = TimeSpan.FromSeconds(timeoutSeconds), ContinueOnError = continueOnError };
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            // TimeSpan rejects NaN and overflow itself; RunOptions rejects the rest with its rule.
            await Console.Error.WriteLineAsync($"mlderiv run: --timeout must be > 0 and ≤ 86400 seconds: {e.Message.Split(" (Parameter")[0]}");
            return CommandLine.BadUsage;
        }
        var files = CommandLine.Notebooks("run", paths);
        if (files is null) return CommandLine.BadUsage;
        var clash = files.GroupBy(Path.GetFileName).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            await Console.Error.WriteLineAsync($"mlderiv run: {string.Join(" and ", clash)} would both be written to {Path.Combine(output, clash.Key!)}.");
            return CommandLine.BadUsage;
        }
        if (CommandLine.OverwrittenSource(files, files.Select(f => Path.Combine(output, Path.GetFileName(f)))) is { } overwrite)
        {
            await Console.Error.WriteLineAsync("mlderiv run: --output: " + overwrite);
            return CommandLine.BadUsage;
        }
        int exit = CommandLine.Ok;
        foreach (string file in files)
        {
            if (!await RunOneAsync(file, output, options, cancellation)) exit = CommandLine.NotebookFailed;
        }
        return exit;
    }

    private static async Task<bool> RunOneAsync(string file, string output, RunOptions options, CancellationToken cancellation)
    {
        RunResult result;
        try
        {
            result = await NotebookRunner.RunAsync(file, options, cancellation);
        }
        catch (NotebookFormatException e)
        {
            await Console.Error.WriteLineAsync($"mlderiv run: {e.Message} Nothing was written.");
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"mlderiv run: {file}: the notebook could not be run: {e.Message}");
            return false;
        }
        string target = Path.Combine(output, Path.GetFileName(file));
        NotebookWriter.WriteAtomic(result.Executed, target);
        int cells = result.Executed.Cells.Count(c => c.Type == CellType.Code);
        string status = result.Succeeded ? "ok    " : "FAILED";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{status} {file}: {cells} code cells, {result.Elapsed.TotalSeconds:0.0} s, {result.ClaimsPassed} claims verified{(result.ClaimsFailed > 0 ? $", {result.ClaimsFailed} failed" : "")} -> {target}"));
        if (result.ErrorMessage is not null) await Console.Error.WriteLineAsync(result.ErrorMessage);
        return result.Succeeded;
    }
}
