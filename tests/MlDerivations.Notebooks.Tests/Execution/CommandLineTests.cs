using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Execution;

/// <summary>The run, check and format commands: exit codes 0 ok, 1 a notebook failed, 2 bad usage.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Run_WritesTheExecutedCopyAndExitsZero()
    {
        using var folder = new TempFolder();
        TestNotebook.Write(folder.Path, "ok.ipynb", "1 + 1");

        var (exit, stdout, stderr) = Cli.Run(folder.Path, "run", "ok.ipynb", "--output", "executed");

        Assert.True(exit == 0, stderr);
        Assert.Contains("ok.ipynb: 1 code cells", stdout);
        Assert.Equal("2", TestNotebook.Text(NotebookReader.Read(folder.File("executed/ok.ipynb")).Cells[0].Outputs[0]));
    }

    [Theory]
    [InlineData("nb/a.ipynb", "nb")]          // the notebook's own folder
    [InlineData("nb/a.ipynb", "nb/../nb/")]   // the same folder, spelled differently
    [InlineData("a.ipynb", "")]               // an empty output from the notebook's folder
    public void Run_IntoTheSourcesFolder_IsRefusedAndTheSourceKeepsItsBytes(string notebook, string output)
    {
        using var folder = new TempFolder();
        string source = TestNotebook.Write(Directory.CreateDirectory(Path.GetDirectoryName(folder.File(notebook))!).FullName, "a.ipynb", "1 + 1");
        byte[] before = File.ReadAllBytes(source);

        var (exit, _, stderr) = Cli.Run(folder.Path, "run", notebook, "-o", output);

        Assert.Equal(2, exit);
        Assert.Contains("--output: the output would overwrite the source notebook " + source, stderr);
        Assert.Equal(before, File.ReadAllBytes(source));
    }

    [Fact]
    public void Run_OfAFailingNotebookExitsOneAndStillWritesAMarkedCopy()
    {
        using var folder = new TempFolder();
        TestNotebook.Write(folder.Path, "bad.ipynb", "throw new Exception(\"boom\");", "1");

        var (exit, _, stderr) = Cli.Run(folder.Path, "run", "bad.ipynb", "-o", "executed");

        Assert.Equal(1, exit);
        Assert.Contains("bad.ipynb: cell 1, line 1: System.Exception: boom", stderr);
        Assert.Contains(">   1 | throw new Exception(\"boom\");", stderr);
        var copy = NotebookReader.Read(folder.File("executed/bad.ipynb"));
        Assert.False(copy.Metadata["ml_derivations"]!["run"]!["succeeded"]!.GetValue<bool>());
    }

    [Fact]
    public void Run_OfAMalformedNotebookExitsOneAndWritesNothing()
    {
        using var folder = new TempFolder();
        File.Copy(Repository.Corpus("malformed", "source-number.ipynb"), folder.File("m.ipynb"));

        var (exit, _, stderr) = Cli.Run(folder.Path, "run", "m.ipynb", "-o", "executed");

        Assert.Equal(1, exit);
        Assert.Contains("m.ipynb: $.cells[1].source: must be a string or an array of strings", stderr);
        Assert.Equal(["m.ipynb"], folder.Files());
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "missing.ipynb")]
    [InlineData("run", "x.ipynb", "--timeout", "0")]
    [InlineData("check", "missing-folder")]
    [InlineData("frobnicate")]
    public void BadUsage_ExitsTwoWithAMessageOnStderr(params string[] args)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("x.ipynb"), "{}");

        var (exit, _, stderr) = Cli.Run(folder.Path, args);

        Assert.Equal(2, exit);
        Assert.StartsWith("mlderiv", stderr);
    }

    [Fact]
    public void Help_DescribesTheCommands()
    {
        var (exit, stdout, _) = Cli.Run(Repository.Root, "--help");

        Assert.Equal(0, exit);
        Assert.Contains("run", stdout);
        Assert.Contains("check", stdout);
        Assert.Contains("format", stdout);
    }

    [Fact]
    public void Format_BringsANotebookToStoredFormAndCheckThenPasses()
    {
        using var folder = new TempFolder();
        File.Copy(Repository.Corpus("valid", "polyglot-saved-with-outputs.ipynb"), folder.File("n.ipynb"));

        var before = Cli.Run(folder.Path, "check", ".");
        var format = Cli.Run(folder.Path, "format", "n.ipynb");
        var after = Cli.Run(folder.Path, "check", ".");

        Assert.Equal(1, before.ExitCode);
        Assert.Contains("n.ipynb: $.cells[1].outputs: must be empty", before.Stderr);
        Assert.Equal((0, 0), (format.ExitCode, after.ExitCode));
        Assert.All(NotebookReader.Read(folder.File("n.ipynb")).Cells, c => Assert.Empty(c.Outputs));
    }

    [Fact]
    public void Format_LeavesAMalformedNotebookUntouched()
    {
        using var folder = new TempFolder();
        File.Copy(Repository.Corpus("malformed", "truncated.ipynb"), folder.File("t.ipynb"));
        byte[] before = File.ReadAllBytes(folder.File("t.ipynb"));

        var (exit, _, stderr) = Cli.Run(folder.Path, "format", "t.ipynb");

        Assert.Equal(1, exit);
        Assert.Contains("t.ipynb: $: is not valid JSON", stderr);
        Assert.Equal(before, File.ReadAllBytes(folder.File("t.ipynb")));
        Assert.Equal(["t.ipynb"], folder.Files());
    }

    [Fact]
    public void Check_PassesOnTheRepository()
    {
        var (exit, stdout, stderr) = Cli.Run(Repository.Root, "check");

        Assert.True(exit == 0, stderr + stdout);
    }
}
