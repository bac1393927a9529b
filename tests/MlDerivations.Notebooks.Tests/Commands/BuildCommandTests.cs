using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Commands;

/// <summary><c>mlderiv build</c> as a user runs it: exit codes 0 / 1 / 2, progress lines, --help.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Help_DescribesTheOptionsAndExitsZero()
    {
        var (exit, stdout, _) = Mlderiv("build", "--help");
        Assert.Equal(0, exit);
        foreach (var option in new[] { "--output", "--offline", "--jobs", "--timeout", "--node-modules", "--chromium" })
            Assert.Contains(option, stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--jobs", "0", "--jobs must be between 1 and 64; got 0.")]
    [InlineData("--timeout", "-1", "--timeout must be > 0 and ≤ 86400 seconds; got -1.")]
    [InlineData("--node-modules", "/nonexistent/node_modules", "Run `npm ci`")]
    public void BadUsage_ExitsTwoAndSaysWhatIsWrong(string option, string value, string message)
    {
        var (exit, _, stderr) = Mlderiv("build", _folder.Path, option, value, "--offline", "-o", _folder.File("book"));
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.File("book")));
    }

    [Fact]
    public void MissingNotebookFolder_IsBadUsage()
    {
        var (exit, _, stderr) = Mlderiv("build", _folder.File("nowhere"), "-o", _folder.File("book"));
        Assert.Equal(2, exit);
        Assert.Contains("no such file or folder", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildIntoTheFolderAboveTheNotebooks_IsRefusedBeforeAnythingRuns()
    {
        // build proj/notebooks -o proj would write proj/notebooks/01-a.ipynb over the source.
        var notebooks = Directory.CreateDirectory(_folder.File("proj/notebooks")).FullName;
        string source = Path.Combine(notebooks, "01-a.ipynb");
        Write(source, "# A", "1 + 1");
        byte[] before = File.ReadAllBytes(source);

        var (exit, stdout, stderr) = Mlderiv("build", notebooks, "-o", _folder.File("proj"));

        Assert.Equal(2, exit);
        Assert.Contains("--output: the output would overwrite the source notebook " + source, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Executing", stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(source));
        Assert.False(File.Exists(_folder.File("proj/index.html")));
    }

    [Fact]
    public void BuildWithAFailingChapter_WritesTheWholeBookMarksTheFailureAndExitsOne()
    {
        var notebooks = Directory.CreateDirectory(_folder.File("notebooks")).FullName;
        Write(Path.Combine(notebooks, "01-good.ipynb"), "# Good\n\nIt runs, $x_1$.", "var x = 20;\nx + 1");
        Write(Path.Combine(notebooks, "02-bad.ipynb"), "# Bad\n\nIt throws.", "throw new InvalidOperationException(\"boom\");");

        var (exit, stdout, stderr) = Mlderiv("build", notebooks, "-o", _folder.File("book"), "--jobs", "2");

        Assert.Equal(1, exit);
        var lines = stdout.Split('\n');
        Assert.Contains(lines, l => l.Contains(" ok     01-good ", StringComparison.Ordinal) && l.Contains("1 cells", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" FAILED 02-bad ", StringComparison.Ordinal));
        Assert.Contains("boom", stderr, StringComparison.Ordinal);
        Assert.Contains("The book is at " + _folder.File(Path.Combine("book", "index.html")), stdout, StringComparison.Ordinal);
        var index = File.ReadAllText(_folder.File("book/index.html"));
        Assert.Contains("href=\"01-good.html\"", index, StringComparison.Ordinal);
        Assert.Contains("href=\"02-bad.html\">Bad</a> <span class=\"badge failed\">failed</span>", index, StringComparison.Ordinal);
        Assert.Contains("<div class=\"output rich\"><div class=\"dni-plaintext\"><pre>21</pre></div></div>", File.ReadAllText(_folder.File("book/01-good.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.File("book/notebooks/02-bad.ipynb")));
    }

    private static void Write(string path, string markdown, string code)
    {
        var notebook = Notebook.CreateDotNet();
        notebook.Cells.Add(Cell.CreateMarkdown(markdown));
        notebook.Cells.Add(Cell.CreateCode(code));
        NotebookWriter.WriteAtomic(notebook, path);
    }

    private static (int Exit, string Stdout, string Stderr) Mlderiv(params string[] args) => Cli.Run(Repository.Root, args);
}
