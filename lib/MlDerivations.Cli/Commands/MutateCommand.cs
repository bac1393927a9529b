using System.CommandLine;
using System.Globalization;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Mutation;

namespace MlDerivations.Cli.Commands;

/// <summary>
/// <c>mlderiv mutate [NOTEBOOK...] [--jobs N] [--timeout S] [--only NAME]</c> (default: notebooks/):
/// for each notebook, runs it unmutated (it must pass), then runs every mutation of
/// notebooks/mutations/NN-slug.json on a copy, several at once, and prints one line per mutation
/// (caught / MISSED and why) and a summary per notebook ("01-learning-theory: 9/9 caught").
/// Exit 0 when every mutation is caught, 1 when one is missed, a baseline fails or a list is
/// missing or invalid, 2 on bad usage.
/// </summary>
internal static class MutateCommand
{
    public static Command Create()
    {
        var notebooks = CommandLine.NotebooksArgument("Notebooks or folders of them (default: notebooks).", ["notebooks"]);
        var jobs = new Option<int>("--jobs", "-j") { Description = "Mutated copies run at once (default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var timeout = new Option<double>("--timeout") { Description = "Time limit per cell, in seconds; a mutation that exceeds it is missed.", DefaultValueFactory = _ => 60 };
        var only = new Option<string[]>("--only") { Description = "Run only the mutation(s) of this name (repeatable).", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var command = new Command("mutate", "Plant each listed mistake (notebooks/mutations/NN-slug.json) in a copy and check that a claim catches it.")
        {
            notebooks, jobs, timeout, only,
        };
        command.SetAction((parse, cancellation) => MutateAsync(
            parse.GetValue(notebooks)!, parse.GetValue(jobs), parse.GetValue(timeout), parse.GetValue(only) ?? [], cancellation));
        return command;
    }

    private static async Task<int> MutateAsync(string[] paths, int jobs, double timeoutSeconds, string[] only, CancellationToken cancellation)
    {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 86400)
            return await Usage($"--timeout must be > 0 and ≤ 86400 seconds; got {timeoutSeconds.ToString(CultureInfo.InvariantCulture)}.");
        if (jobs < 1 || jobs > 64)
            return await Usage($"--jobs must be between 1 and 64; got {jobs.ToString(CultureInfo.InvariantCulture)}.");
        var files = CommandLine.Notebooks("mutate", paths);
        if (files is null) return CommandLine.BadUsage;
        if (files.Count == 0) return await Usage($"no notebooks in {string.Join(", ", paths)}.");
        var options = new MutationOptions { Jobs = jobs, CellTimeout = TimeSpan.FromSeconds(timeoutSeconds), Only = only.Length > 0 ? only : null };
        if (only.Length > 0 && UnknownNames(files, only) is { Count: > 0 } unknown)
            return await Usage($"--only names no mutation of the lists read: {string.Join(", ", unknown)}.");

        int exit = CommandLine.Ok;
        foreach (string file in files)
        {
            if (!await MutateOneAsync(file, options, cancellation)) exit = CommandLine.NotebookFailed;
        }
        return exit;
    }

    private static async Task<bool> MutateOneAsync(string file, MutationOptions options, CancellationToken cancellation)
    {
        string slug = Path.GetFileNameWithoutExtension(file);
        var gate = new Lock();
        MutationReport report;
        try
        {
            Console.WriteLine($"{slug}: running the unmutated notebook, then its mutations ({options.Jobs} at a time)");
            report = await MutationTester.RunAsync(file, options, outcome => { lock (gate) Console.WriteLine("  " + outcome); }, cancellation);
        }
        catch (Exception e) when (e is MutationListException or NotebookFormatException)
        {
            await Console.Error.WriteLineAsync($"mlderiv mutate: {e.Message}");
            Console.WriteLine($"{slug}: not tested");
            return false;
        }
        if (!report.BaselinePassed)
            await Console.Error.WriteLineAsync("mlderiv mutate: the unmutated notebook must pass first:\n" + report.Baseline.ErrorMessage);
        Console.WriteLine(report.Summary);
        return report.AllCaught;
    }

    /// <summary>Names given to --only that no readable list contains (unreadable lists are reported later).</summary>
    private static List<string> UnknownNames(IEnumerable<string> files, string[] only)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            try { known.UnionWith(MutationListReader.Read(MutationList.PathFor(file)).Mutations.Select(m => m.Name)); }
            catch (MutationListException) { }
        }
        return only.Where(n => !known.Contains(n)).ToList();
    }

    private static async Task<int> Usage(string problem)
    {
        await Console.Error.WriteLineAsync("mlderiv mutate: " + problem);
        return CommandLine.BadUsage;
    }
}
