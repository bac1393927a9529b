using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Execution;

/// <summary>DESIGN.md's seven points: the runner runs a notebook as the .NET Interactive C# kernel would.</summary>
public sealed class KernelSemanticsTests
{
    [Fact]
    public async Task Point1_LatestCSharpAndTheKernelsDefaultImportsAreAvailable()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "imports.ipynb",
            "var sb = new StringBuilder(\"a\");\nList<int> xs = [3, 1, 2];\nIEnumerable e = xs;\nawait Task.Yield();\nsb.Append(string.Join(\",\", xs.Order())).ToString()");

        var run = await TestNotebook.RunAsync(path);

        Assert.True(run.Succeeded, run.ErrorMessage);
        Assert.Equal("a1,2,3", run.Result(0));
    }

    [Fact]
    public async Task Point2_RelativeReferenceAndLoadResolveAgainstTheNotebooksFolder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("sub"));
        File.WriteAllText(folder.File("sub/helper.csx"), "int Twice(int x) => 2 * x;\n");
        string relativeDll = Path.GetRelativePath(folder.File("sub"), Repository.LibraryDll).Replace('\\', '/');
        string path = TestNotebook.Write(folder.File("sub"), "refs.ipynb",
            $"#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"{relativeDll}\"\n#load \"helper.csx\"\nusing MlDerivations.Claims;",
            "Claim.True(\"(0.1) loaded\", Twice(2) == 4, \"Twice(2) = 4\").Label");

        var run = await TestNotebook.RunAsync(path);

        Assert.True(run.Succeeded, run.ErrorMessage);
        Assert.Equal("(0.1) loaded", run.Result(1));
    }

    [Fact]
    public async Task Point3_NuGetReferencesResolveAndMagicLinesNeverReachRoslyn()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "nuget.ipynb",
            "#!csharp\n#i \"nuget: https://api.nuget.org/v3/index.json\"\n#r \"nuget: MathNet.Numerics, 5.0.0\"\nusing MathNet.Numerics.LinearAlgebra;",
            "Vector<double>.Build.Dense(4, 0.5).Sum()",
            "int a = 1;\n#!fsharp\nlet b = 2");

        var run = await TestNotebook.RunAsync(path);

        Assert.Equal("2", run.Result(1));
        Assert.Equal(2, run.FailedCellIndex);
        Assert.Contains("cell 3, line 2: ", run.ErrorMessage);
        Assert.Contains("#!fsharp is not supported", run.ErrorMessage);
    }

    [Fact]
    public async Task Point4_ResultDisplayAndConsoleBecomeOutputsInOrder()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "outputs.ipynb",
            "Console.WriteLine(\"one\");\ndisplay(\"two\");\nConsole.Error.WriteLine(\"three\");\n6 * 7",
            "void Nothing() { }\nNothing()",
            "Math.Max(1, 2);",
            "display(42)");

        var run = await TestNotebook.RunAsync(path);

        var outputs = run.Executed.Cells[0].Outputs;
        Assert.Equal([OutputType.Stream, OutputType.DisplayData, OutputType.Stream, OutputType.ExecuteResult], outputs.Select(o => o.Type));
        Assert.Equal(("stdout", "one\n"), (outputs[0].StreamName, outputs[0].Text));
        Assert.Equal("two", outputs[1].Data["text/plain"]);
        Assert.Equal(("stderr", "three\n"), (outputs[2].StreamName, outputs[2].Text));
        Assert.Equal(("42", 1), (TestNotebook.Text(outputs[3]), outputs[3].ExecutionCount));
        Assert.Equal(["text/html"], outputs[3].Data.Keys);
        Assert.Empty(run.Executed.Cells[1].Outputs);
        Assert.Empty(run.Executed.Cells[2].Outputs);
        Assert.Equal([OutputType.DisplayData], run.Executed.Cells[3].Outputs.Select(o => o.Type));
    }

    [Fact]
    public async Task Point5_StateSurvivesACellThatThrows()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "state.ipynb",
            "tag:raises-exception\nvar kept = 41;\nthrow new InvalidOperationException(\"expected\");",
            "kept + 1");

        var run = await TestNotebook.RunAsync(path);

        Assert.True(run.Succeeded, run.ErrorMessage);
        var error = Assert.Single(run.Executed.Cells[0].Outputs);
        Assert.Equal(("System.InvalidOperationException", "expected"), (error.EName, error.EValue));
        Assert.Equal("42", run.Result(1));
    }

    [Fact]
    public async Task Point6_StringsArePlainObjectsHtmlAndFormattersAreFoundByName()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "formatting.ipynb",
            "\"<b>text</b>\"",
            "new[] { 1, 2 }",
            // A formatter source in the cell itself: only the attribute's NAME ties it to the runner.
            """
            sealed class TypeFormatterSourceAttribute(Type t) : Attribute { public Type FormatterSourceType { get; } = t; }
            public sealed class Source { public System.Collections.IEnumerable CreateTypeFormatters() => new object[] { new Md(), new Plain() }; }
            public sealed class Md { public string MimeType => "text/markdown"; public bool Format(object o, System.IO.TextWriter w) { w.Write("**p**"); return true; } }
            public sealed class Plain { public string MimeType => "text/plain"; public bool Format(object o, System.IO.TextWriter w) { w.Write("p"); return true; } }
            [TypeFormatterSource(typeof(Source))] class Point { }
            class Derived : Point { }
            new Derived()
            """,
            // Preferred MIME types decide the bundle, as in the kernel: the source's own formatters
            // for them, or nothing but the default HTML when the attribute names none.
            """
            sealed class TypeFormatterSourceAttribute(Type t) : Attribute { public Type FormatterSourceType { get; } = t; public string[] PreferredMimeTypes { get; set; } }
            public sealed class Source { public System.Collections.IEnumerable CreateTypeFormatters() => new object[] { new Md(), new Plain() }; }
            public sealed class Md { public string MimeType => "text/markdown"; public bool Format(object o, System.IO.TextWriter w) { w.Write("**q**"); return true; } }
            public sealed class Plain { public string MimeType => "text/plain"; public bool Format(object o, System.IO.TextWriter w) { w.Write("q"); return true; } }
            [TypeFormatterSource(typeof(Source), PreferredMimeTypes = new[] { "text/markdown", "text/plain" })] class Both { }
            new Both()
            """,
            "(object)null");

        var run = await TestNotebook.RunAsync(path);

        Assert.True(run.Succeeded, run.ErrorMessage);
        Assert.Equal(["text/plain"], run.Executed.Cells[0].Outputs[0].Data.Keys);
        Assert.Equal("<b>text</b>", run.Result(0));
        var array = run.Executed.Cells[1].Outputs[0].Data;
        Assert.Equal(["text/html"], array.Keys);
        Assert.Equal("<div class=\"dni-plaintext\"><pre>[ 1, 2 ]</pre></div>", array["text/html"]);
        var custom = run.Executed.Cells[2].Outputs[0].Data;
        Assert.Equal(["text/html"], custom.Keys);
        Assert.DoesNotContain("**p**", custom["text/html"]);
        var both = run.Executed.Cells[3].Outputs[0].Data;
        Assert.Equal(["text/markdown", "text/plain"], both.Keys);
        Assert.Equal(("**q**", "q"), (both["text/markdown"], both["text/plain"]));
        Assert.Equal(["text/html"], run.Executed.Cells[4].Outputs[0].Data.Keys);
        Assert.Equal("<null>", run.Result(4));
    }

    [Fact]
    public async Task Point6_TheLibrarysClaimRendersThroughItsOwnFormatters()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "claim.ipynb",
            $"#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"{Repository.LibraryDll}\"\nusing MlDerivations.Claims;",
            "Claim.Close(\"(5.7) one\", 1.0, 1.0 + 1e-13, 1e-9)");

        var run = await TestNotebook.RunAsync(path);

        Assert.True(run.Succeeded, run.ErrorMessage);
        var data = run.Executed.Cells[1].Outputs[0].Data;
        Assert.Equal(["text/html"], data.Keys);   // the claim prefers HTML, so the kernel writes nothing else
        Assert.Contains("ml-claim-passed", data["text/html"]);
        Assert.Contains("✓</span> <strong>(5.7) one</strong>", data["text/html"]);
        Assert.Equal(1, run.ClaimsPassed);
    }

    [Fact]
    public async Task Point7_ARunawayCellIsStoppedAtTheLimitWithAnErrorNamingTheCell()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "runaway.ipynb",
            "md:# A loop", "int n = 1;", "while (true) { }", "n");

        var run = await TestNotebook.RunAsync(path, timeoutSeconds: 3);

        Assert.False(run.Succeeded);
        Assert.Equal(2, run.FailedCellIndex);
        var error = Assert.Single(run.Executed.Cells[2].Outputs);
        Assert.Equal("Cell 3 exceeded the 3 s time limit and was stopped.", error.EValue);
        Assert.Contains("runaway.ipynb: cell 3: Cell 3 exceeded the 3 s time limit", run.ErrorMessage);
        Assert.Null(run.Executed.Cells[3].ExecutionCount);
        Assert.Equal("""{"not_run":true}""", run.Executed.Cells[3].Metadata["ml_derivations"]!.ToJsonString());
    }
}
