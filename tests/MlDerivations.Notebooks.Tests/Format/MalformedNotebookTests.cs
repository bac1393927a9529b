using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Format;

public sealed class MalformedNotebookTests
{
    public static TheoryData<string, string, string> Corpus => new()
    {
        { "empty.ipynb", "$", "is not valid JSON (line 1" },
        { "truncated.ipynb", "$", "is not valid JSON (line 4" },
        { "duplicate-key.ipynb", "$", "is not valid JSON" },
        { "top-level-array.ipynb", "$", "must be an object; got an array." },
        { "nbformat-3.ipynb", "$.nbformat", "must be 4 (nbformat 4.x); got 3." },
        { "missing-cells.ipynb", "$", "missing required field \"cells\"." },
        { "metadata-array.ipynb", "$.metadata", "must be an object; got an array." },
        { "source-number.ipynb", "$.cells[1].source", "must be a string or an array of strings; got the number 42." },
        { "missing-cell-id.ipynb", "$.cells[0]", "missing required field \"id\"." },
        { "invalid-cell-id.ipynb", "$.cells[0].id", "must be 1–64 characters of letters, digits, '-' and '_'; got \"has space\"." },
        { "duplicate-cell-ids.ipynb", "$.cells[1].id", "duplicates the id \"same\" of $.cells[0]" },
        { "unknown-cell-type.ipynb", "$.cells[0].cell_type", "must be \"code\", \"markdown\" or \"raw\"; got \"python\"." },
        { "unknown-output-type.ipynb", "$.cells[0].outputs[0].output_type", "got \"result\"." },
        { "stream-text-number.ipynb", "$.cells[0].outputs[0].text[1]", "must be a string; got the number 3." },
        { "execution-count-string.ipynb", "$.cells[0].execution_count", "must be an integer; got the string \"one\"." },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Read_NamesTheFileAndTheJsonPath(string name, string jsonPath, string problem)
    {
        string path = Repository.Corpus("malformed", name);

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(path));

        Assert.Equal((path, jsonPath), (error.File, error.JsonPath));
        Assert.StartsWith($"{path}: {jsonPath}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void EveryMalformedCorpusFile_IsCoveredByTheTable()
    {
        var listed = Corpus.Select(row => (string)row[0]).Order(StringComparer.Ordinal);
        var present = Directory.GetFiles(Repository.Corpus("malformed")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(present, listed);
    }

    [Fact]
    public void Read_OfAMissingFile_NamesTheFile()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read("/no/such/notebook.ipynb"));

        Assert.StartsWith("/no/such/notebook.ipynb: $: cannot be read", error.Message);
    }
}
