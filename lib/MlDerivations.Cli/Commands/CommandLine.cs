using System.CommandLine;

namespace MlDerivations.Cli.Commands;

/// <summary>Exit codes and the shared pieces of every command.</summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int NotebookFailed = 1;
    public const int BadUsage = 2;

    /// <summary>Parses and runs; a parse error prints what is wrong and exits with <see cref="BadUsage"/>.</summary>
    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await Console.Error.WriteLineAsync($"mlderiv: {error.Message}");
            await Console.Error.WriteLineAsync("Run `mlderiv --help` for usage.");
            return BadUsage;
        }
        return await parsed.InvokeAsync();
    }

    /// <summary>
    /// The .ipynb files named by <paramref name="paths"/> (files, or folders whose *.ipynb are taken,
    /// sorted); null after printing what is missing when a path does not exist.
    /// </summary>
    public static IReadOnlyList<string>? Notebooks(string command, IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.GetFiles(path, "*.ipynb").Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
            {
                Console.Error.WriteLine($"mlderiv {command}: {path}: no such file or folder.");
                return null;
            }
        }
        return files;
    }

    /// <summary>
    /// The problem when writing <paramref name="targets"/> would overwrite one of <paramref name="sources"/>
    /// (the same file after resolving the folders, e.g. <c>run nb/a.ipynb -o nb</c>); null when none would.
    /// Checked before any notebook runs: a source is never replaced by its executed copy.
    /// </summary>
    public static string? OverwrittenSource(IEnumerable<string> sources, IEnumerable<string> targets)
    {
        var comparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var sourceSet = sources.Select(Path.GetFullPath).ToHashSet(comparer);
        string? hit = targets.Select(Path.GetFullPath).FirstOrDefault(sourceSet.Contains);
        return hit is null
            ? null
            : $"the output would overwrite the source notebook {hit}; choose an output folder that is not the notebooks' own folder.";
    }

    public static Argument<string[]> NotebooksArgument(string description, string[]? defaults = null)
    {
        var argument = new Argument<string[]>("notebooks") { Description = description, Arity = ArgumentArity.ZeroOrMore };
        if (defaults is not null) argument.DefaultValueFactory = _ => defaults;
        return argument;
    }
}
