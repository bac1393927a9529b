using System.CommandLine;
using System.Globalization;
using MlDerivations.Cli.Figures;
using MlDerivations.Notebooks.Execution;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Rendering;

namespace MlDerivations.Cli.Commands;

/// <summary>
/// <c>mlderiv build [NOTEBOOK...] [--output book] [--offline] [--jobs N] [--timeout S] [--chromium PATH]</c>: executes
/// every chapter (default: notebooks/), several at once, each in a kernel process of its own, prints
/// a line per notebook as it finishes, and writes the HTML book with the executed notebooks beside
/// it, each figure in them carrying a static image rendered in headless Chromium. A failed chapter is still in the book, marked; the exit code is then 1.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var notebooks = CommandLine.NotebooksArgument("Notebooks or folders of them (default: notebooks).", ["notebooks"]);
        var output = new Option<string>("--output", "-o") { Description = "Folder for the book: index.html, a page per chapter, notebooks/, assets/.", DefaultValueFactory = _ => "book" };
        var offline = new Option<bool>("--offline") { Description = "Copy plotly.js and KaTeX (with fonts) into the book so it opens with no network; needs `npm ci` first." };
        var nodeModules = new Option<string>("--node-modules") { Description = "The node_modules folder to copy offline assets from.", DefaultValueFactory = _ => "node_modules" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Notebooks executed at once (default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var timeout = new Option<double>("--timeout") { Description = "Time limit per cell, in seconds.", DefaultValueFactory = _ => 60 };
        var chromium = new Option<string>("--chromium") { Description = "The Chromium that renders each figure's static image for the downloadable notebooks.", DefaultValueFactory = _ => ChromiumFigureRenderer.DefaultExecutable };
        var command = new Command("build", "Execute every chapter in parallel and write the HTML book.")
        {
            notebooks, output, offline, nodeModules, jobs, timeout, chromium,
        };
        command.SetAction((parse, cancellation) => BuildAsync(
            new Request(parse.GetValue(notebooks)!, parse.GetValue(output)!, parse.GetValue(offline), parse.GetValue(nodeModules)!,
                parse.GetValue(jobs), parse.GetValue(timeout), parse.GetValue(chromium)!),
            cancellation));
        return command;
    }

    private sealed record Request(string[] Paths, string Output, bool Offline, string NodeModules, int Jobs, double TimeoutSeconds, string Chromium);

    private static async Task<int> BuildAsync(Request request, CancellationToken cancellation)
    {
        var usage = UsageProblem(request);
        if (usage is not null)
        {
            await Console.Error.WriteLineAsync("mlderiv build: " + usage);
            return CommandLine.BadUsage;
        }
        var files = CommandLine.Notebooks("build", request.Paths);
        if (files is null)
            return CommandLine.BadUsage;
        var clash = files.GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            await Console.Error.WriteLineAsync($"mlderiv build: {string.Join(" and ", clash)} would both be the chapter page {clash.Key}.html.");
            return CommandLine.BadUsage;
        }

        var bookNotebooks = files.Select(f => Path.Combine(request.Output, "notebooks", Path.GetFileNameWithoutExtension(f) + ".ipynb"));
        if (CommandLine.OverwrittenSource(files, bookNotebooks) is { } overwrite)
        {
            await Console.Error.WriteLineAsync("mlderiv build: --output: " + overwrite);
            return CommandLine.BadUsage;
        }

        if (files.Count == 0)
            await Console.Error.WriteLineAsync($"mlderiv build: no notebooks in {string.Join(", ", request.Paths)}; the book has no chapters.");

        var options = new RunOptions { CellTimeout = TimeSpan.FromSeconds(request.TimeoutSeconds) };
        var jobs = Math.Min(request.Jobs, Math.Max(1, files.Count));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Executing {files.Count} notebooks, {jobs} at a time (a kernel process each), {request.TimeoutSeconds} s per cell at most."));
        var progress = new Progress(files.Count);
        var chapters = new BookChapter?[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellation },
            async (i, token) => chapters[i] = await ExecuteAsync(files[i], options, progress, token));

        var book = chapters.OfType<BookChapter>().ToList();
        var index = BookWriter.Write(book, new BookOptions(
            request.Output, request.Offline ? AssetSource.Offline : AssetSource.Cdn, Path.GetFullPath(request.NodeModules)));
        await StaticImages.AddAsync(book, Path.GetDirectoryName(index)!, request.Chromium, request.NodeModules);
        var failed = progress.Failed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{book.Count} {(book.Count == 1 ? "chapter" : "chapters")}, {book.Sum(c => c.Run?.ClaimsPassed ?? 0)} claims verified, {failed} failed."));
        Console.WriteLine($"The book is at {index}");
        return failed == 0 ? CommandLine.Ok : CommandLine.NotebookFailed;
    }

    private static string? UsageProblem(Request request)
    {
        if (!(request.TimeoutSeconds > 0) || request.TimeoutSeconds > 86400)
            return $"--timeout must be > 0 and ≤ 86400 seconds; got {request.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)}.";
        if (request.Jobs < 1 || request.Jobs > 64)
            return $"--jobs must be between 1 and 64; got {request.Jobs.ToString(CultureInfo.InvariantCulture)}.";
        if (string.IsNullOrWhiteSpace(request.Output))
            return "--output must name a folder.";
        if (!request.Offline)
            return null;
        var missing = BookWriter.MissingOfflineAssets(Path.GetFullPath(request.NodeModules));
        return missing.Count == 0
            ? null
            : $"--offline needs the npm packages plotly.js-dist-min and katex in {Path.GetFullPath(request.NodeModules)}; " +
              $"missing {string.Join(", ", missing)}. Run `npm ci` in the repository (Node.js and npm needed), or pass --node-modules.";
    }

    // A notebook that cannot be read is reported and left out of the book; one that fails while
    // running is in the book, marked.
    private static async Task<BookChapter?> ExecuteAsync(string file, RunOptions options, Progress progress, CancellationToken cancellation)
    {
        var slug = Path.GetFileNameWithoutExtension(file);
        try
        {
            var result = await NotebookRunner.RunAsync(file, options, cancellation);
            progress.Report(slug, result);
            if (result.ErrorMessage is not null)
                await Console.Error.WriteLineAsync(result.ErrorMessage);
            return new BookChapter(slug, result.Executed);
        }
        catch (NotebookFormatException e)
        {
            progress.ReportUnreadable(slug, e.Message);
            return null;
        }
    }

    /// <summary>One line per finished notebook: "[3/20] ok     05-linear-regression  14 cells  3.2 s  7 claims".</summary>
    private sealed class Progress(int total)
    {
        private readonly Lock _gate = new();
        private int _done;
        private int _failed;

        public int Failed => _failed;

        public void Report(string slug, RunResult result)
        {
            var cells = result.Executed.Cells.Count(c => c.Type == CellType.Code);
            var claims = result.ClaimsFailed > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{result.ClaimsPassed} claims, {result.ClaimsFailed} failed")
                : string.Create(CultureInfo.InvariantCulture, $"{result.ClaimsPassed} claims");
            Write(slug, result.Succeeded, string.Create(CultureInfo.InvariantCulture,
                $"{cells,3} cells {result.Elapsed.TotalSeconds,6:0.0} s  {claims}"));
        }

        public void ReportUnreadable(string slug, string message) => Write(slug, false, "not a notebook: " + message);

        private void Write(string slug, bool succeeded, string detail)
        {
            lock (_gate)
            {
                _done++;
                if (!succeeded)
                    _failed++;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{_done}/{total}] {(succeeded ? "ok    " : "FAILED")} {slug,-36} {detail}"));
            }
        }
    }
}
