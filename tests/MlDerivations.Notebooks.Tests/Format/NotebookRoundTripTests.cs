using System.Text;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Format;

public sealed class NotebookRoundTripTests
{
    public static TheoryData<string> PolyglotSavedNotebooks =>
        new(Directory.GetFiles(Repository.Corpus("valid"), "polyglot-saved-*.ipynb").Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(PolyglotSavedNotebooks))]
    public void PolyglotSavedNotebook_RoundTripsByteForByte(string name)
    {
        // The corpus files are byte-identical to Python's json.dumps(sort_keys=True, indent=1,
        // ensure_ascii=False) + "\n" — the form Jupyter and VS Code write (checked when they were made).
        string path = Repository.Corpus("valid", name);
        string original = File.ReadAllText(path, Encoding.UTF8);

        string written = NotebookWriter.Serialize(NotebookReader.Read(path));

        Assert.Equal(original, written);
    }

    [Fact]
    public void Read_JoinsSourceLinesAndReadsEveryOutputType()
    {
        var notebook = NotebookReader.Read(Repository.Corpus("valid", "polyglot-saved-with-outputs.ipynb"));

        Assert.Equal(4, notebook.Cells.Count);
        Assert.Equal("a41f9b3c", notebook.Cells[1].Id);
        Assert.Equal("var xs = new[] { 1.0, 2.0, 3.0 };\nConsole.WriteLine($\"n = {xs.Length}\");\nConsole.WriteLine(\"done\");", notebook.Cells[1].Source);
        var stream = Assert.Single(notebook.Cells[1].Outputs);
        Assert.Equal((OutputType.Stream, "stdout", "n = 3\ndone\n"), (stream.Type, stream.StreamName, stream.Text));
        var result = Assert.Single(notebook.Cells[2].Outputs);
        Assert.Equal(OutputType.ExecuteResult, result.Type);
        Assert.Equal(2, result.ExecutionCount);
        Assert.Equal(["text/html", "text/plain"], result.Data.Keys);
        Assert.Equal("2", result.Data["text/plain"]);
        Assert.Equal(OutputType.DisplayData, notebook.Cells[3].Outputs[0].Type);
        var error = notebook.Cells[3].Outputs[1];
        Assert.Equal(("Error", 2), (error.EName, error.Traceback.Count));
    }

    [Fact]
    public void Tags_ComeFromCellMetadata()
    {
        var notebook = NotebookReader.Read(Repository.Corpus("valid", "polyglot-saved-stored.ipynb"));

        Assert.Equal(["solution"], notebook.Cells[1].Tags);
        Assert.Empty(notebook.Cells[0].Tags);
    }

    [Fact]
    public void Serialize_WritesSourcesAsLineArraysWithOneSpaceIndentAndSortedKeys()
    {
        var notebook = Notebook.CreateDotNet();
        var cell = Cell.CreateCode("int a = 1;\na + 1\n");
        cell.Id = "x1";
        notebook.Cells.Add(cell);

        string json = NotebookWriter.Serialize(notebook);

        // Hand-written expectation of Jupyter's layout for this notebook.
        string expected = """
            {
             "cells": [
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "x1",
               "metadata": {
                "dotnet_interactive": {
                 "language": "csharp"
                },
                "polyglot_notebook": {
                 "kernelName": "csharp"
                }
               },
               "outputs": [],
               "source": [
                "int a = 1;\n",
                "a + 1\n"
               ]
              }
             ],
             "metadata": {
              "kernelspec": {
               "display_name": ".NET (C#)",
               "language": "C#",
               "name": ".net-csharp"
              },
              "language_info": {
               "name": "polyglot-notebook"
              },
              "polyglot_notebook": {
               "kernelInfo": {
                "defaultKernelName": "csharp",
                "items": [
                 {
                  "aliases": [],
                  "name": "csharp"
                 }
                ]
               }
              }
             },
             "nbformat": 4,
             "nbformat_minor": 5
            }

            """;
        Assert.Equal(expected.Replace("\r\n", "\n"), json);
    }

    [Fact]
    public void Serialize_EscapesLikePythonJson()
    {
        var notebook = Notebook.CreateDotNet();
        notebook.Cells.Add(new Cell { Id = "e", Type = CellType.Raw, Source = "<a href='x'>&</a> \"q\" \\ \u0001 é\t" });

        string json = NotebookWriter.Serialize(notebook);

        // json.dumps("<a href='x'>&</a> \"q\" \\ \x01 é\t", ensure_ascii=False)
        Assert.Contains("\"<a href='x'>&</a> \\\"q\\\" \\\\ \\u0001 é\\t\"", json);
    }

    [Fact]
    public void NotebookOlderThan45_GetsDeterministicIdsAndMinorVersion5()
    {
        const string json = """{"cells": [{"cell_type": "markdown", "metadata": {}, "source": "a"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""";

        var notebook = NotebookReader.Parse(json, "old.ipynb");

        Assert.Equal(("cell-0", 5), (notebook.Cells[0].Id, notebook.NbFormatMinor));
    }

    [Fact]
    public void WriteAtomic_ReplacesTheFileAndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        string path = folder.File("n.ipynb");
        File.WriteAllText(path, "old");
        var notebook = Notebook.CreateDotNet();

        NotebookWriter.WriteAtomic(notebook, path);

        Assert.Equal(["n.ipynb"], folder.Files());
        Assert.Equal(NotebookWriter.Serialize(notebook), File.ReadAllText(path));
    }

    [Fact]
    public void WriteAtomic_WritesNothingWhenTheNotebookIsInvalid()
    {
        using var folder = new TempFolder();
        var notebook = Notebook.CreateDotNet();
        notebook.Cells.Add(new Cell { Id = "not valid", Type = CellType.Markdown });

        var error = Assert.Throws<ArgumentException>(() => NotebookWriter.WriteAtomic(notebook, folder.File("n.ipynb")));

        Assert.Equal("cell", error.ParamName);
        Assert.Empty(folder.Files());
    }

    [Fact]
    public void CreatedNotebook_PassesTheOfficialValidator()
    {
        using var folder = new TempFolder();
        var notebook = Notebook.CreateDotNet();
        notebook.Cells.Add(Cell.CreateMarkdown("# Title"));
        notebook.Cells.Add(Cell.CreateCode("1 + 1"));
        notebook.Cells[1].Outputs.Add(Output.Stream("stdout", "hi\n"));
        notebook.Cells[1].Outputs.Add(Output.Error("System.Exception", "boom", ["System.Exception: boom"]));
        var result = new Output { Type = OutputType.ExecuteResult, ExecutionCount = 1 };
        result.Data["text/plain"] = "2";
        result.Data["application/json"] = """{"a": [1, 2.5]}""";
        notebook.Cells[1].Outputs.Add(result);
        notebook.Cells[1].ExecutionCount = 1;
        NotebookWriter.WriteAtomic(notebook, folder.File("n.ipynb"));

        Assert.Null(NbformatValidator.Problem(folder.File("n.ipynb")));
    }

    [Theory]
    [MemberData(nameof(PolyglotSavedNotebooks))]
    public void CorpusNotebook_PassesTheOfficialValidator(string name) =>
        Assert.Null(NbformatValidator.Problem(Repository.Corpus("valid", name)));
}
