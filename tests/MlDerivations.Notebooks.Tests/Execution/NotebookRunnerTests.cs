using System.Text.Json.Nodes;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Execution;

public sealed class NotebookRunnerTests
{
    [Fact]
    public async Task RuntimeError_IsReportedWithNotebookCellLineMessageAndSource()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "divide.ipynb",
            "md:# Title", "int zero = 0;", "int one = 1;\nvar q = one / zero;\nConsole.WriteLine(q);", "zero");

        var run = await TestNotebook.RunAsync(path);

        Assert.False(run.Succeeded);
        Assert.Equal(2, run.FailedCellIndex);
        string expected = $"""
            {path}: cell 3, line 2: System.DivideByZeroException: Attempted to divide by zero.
                  1 | int one = 1;
              >   2 | var q = one / zero;
                  3 | Console.WriteLine(q);
              (cells are numbered from 1, counting every cell, markdown included)
            """;
        Assert.Equal(expected.Replace("\r\n", "\n"), run.ErrorMessage);
        var error = Assert.Single(run.Executed.Cells[2].Outputs);
        Assert.Equal(OutputType.Error, error.Type);
        Assert.Contains(error.Traceback, line => line.EndsWith("in cell 3, line 2", StringComparison.Ordinal));
        Assert.True(run.Executed.Cells[2].Metadata["ml_derivations"]!["failed"]!.GetValue<bool>());
        var meta = run.Executed.Metadata["ml_derivations"]!["run"]!;
        Assert.Equal((false, 2, 3), (meta["succeeded"]!.GetValue<bool>(), meta["failed_cell"]!.GetValue<int>(), meta["cells"]!.GetValue<int>()));
    }

    [Fact]
    public async Task CompileError_IsReportedAtTheCellsOwnLine()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "typo.ipynb", "int a = 1;\nint b = 2;\nint c = a + d;");

        var run = await TestNotebook.RunAsync(path);

        Assert.StartsWith($"{path}: cell 1, line 3: Microsoft.CodeAnalysis.Scripting.CompilationErrorException: (3,13): error CS0103: The name 'd' does not exist", run.ErrorMessage);
    }

    [Fact]
    public async Task ResultWhoseToStringThrows_FailsTheCellAndTheKernelCarriesOn()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "tostring.ipynb",
            "tag:raises-exception\nclass Bad { public override string ToString() => throw new FormatException(\"no text\"); }\nnew Bad()",
            "1 + 2");

        var run = await TestNotebook.RunAsync(path);

        Assert.True(run.Succeeded, run.ErrorMessage);
        var error = Assert.Single(run.Executed.Cells[0].Outputs);
        Assert.Equal(("System.FormatException", "no text"), (error.EName, error.EValue));
        Assert.Equal("3", run.Result(1));
    }

    [Fact]
    public async Task FailedClaim_FailsTheRunAndIsCountedInMetadata()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "claims.ipynb",
            $"#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"{Repository.LibraryDll}\"\nusing MlDerivations.Claims;",
            "Claim.AtMost(\"(1.1) holds\", 1, 2);\nClaim.AtMost(\"(1.2) false\", 3, 2);");

        var run = await TestNotebook.RunAsync(path);

        Assert.False(run.Succeeded);
        Assert.Equal((1, 1), (run.ClaimsPassed, run.ClaimsFailed));
        var claims = run.Executed.Cells[1].Metadata["ml_derivations"]!["claims"]!.AsArray();
        Assert.Equal(["(1.1) holds", "(1.2) false"], claims.Select(c => c!["label"]!.GetValue<string>()));
        Assert.Equal([true, false], claims.Select(c => c!["passed"]!.GetValue<bool>()));
        Assert.Contains("cell 2, line 2: MlDerivations.Claims.ClaimFailedException: ✗ (1.2) false", run.ErrorMessage);
    }

    [Fact]
    public async Task Run_LeavesTheSourceBytesUnchanged()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "same.ipynb", "Console.WriteLine(1);", "2", "throw new Exception();");
        byte[] before = File.ReadAllBytes(path);

        await TestNotebook.RunAsync(path);

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["same.ipynb"], folder.Files());
    }

    [Fact]
    public async Task TwoRuns_GiveIdenticalExecutedCopiesApartFromTimingMetadata()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "twice.ipynb",
            "md:# Twice", "var r = new Random(7);\nConsole.WriteLine(r.Next());", "display(new[] { 1.5, 2.5 });\nr.NextDouble()",
            "tag:raises-exception\nthrow new ArgumentException(\"no\", \"x\");");

        string first = WithoutSeconds(NotebookWriter.Serialize((await TestNotebook.RunAsync(path)).Executed));
        string second = WithoutSeconds(NotebookWriter.Serialize((await TestNotebook.RunAsync(path)).Executed));

        Assert.Equal(first, second);
        Assert.Contains("\"seconds\":0", first);
    }

    [Fact]
    public async Task ExecutedCopies_PassTheOfficialValidator()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "valid.ipynb",
            "md:# Outputs", "Console.WriteLine(\"out\");\ndisplay(new[] { 1 });\n3", "int z = 0;\nz = 1 / z;", "4");
        var run = await TestNotebook.RunAsync(path);
        string copy = folder.File("out/valid.ipynb");

        NotebookWriter.WriteAtomic(run.Executed, copy);

        Assert.Null(NbformatValidator.Problem(copy));
    }

    /// <summary>The serialized notebook with every "seconds" value set to 0.</summary>
    private static string WithoutSeconds(string json)
    {
        var node = JsonNode.Parse(json)!;
        TimingMetadata.ZeroSeconds(node);
        return node.ToJsonString();
    }
}
