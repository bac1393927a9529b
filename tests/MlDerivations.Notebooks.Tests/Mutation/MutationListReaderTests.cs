using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Mutation;

namespace MlDerivations.Notebooks.Tests.Mutation;

public sealed class MutationListReaderTests
{
    private const string Good = """
        {
          "notebook": "x.ipynb",
          "mutations": [
            { "name": "sign-flip", "cell": "c1", "find": "1 + 2", "replace": "1 - 2", "mistake": "a sign", "claim": "(1.1)" },
            { "name": "constant", "cell": "c1", "find": "0.5", "replace": "0.25", "mistake": "a constant" }
          ]
        }
        """;

    [Fact]
    public void Parse_ReadsEveryField()
    {
        var list = MutationListReader.Parse(Good, "list.json");

        Assert.Equal("x.ipynb", list.NotebookFileName);
        Assert.Equal(2, list.Mutations.Count);
        Assert.Equal(new Notebooks.Mutation.Mutation { Name = "sign-flip", CellId = "c1", Find = "1 + 2", Replace = "1 - 2", Mistake = "a sign", Claim = "(1.1)" }, list.Mutations[0]);
        Assert.Null(list.Mutations[1].Claim);
    }

    [Theory]
    [InlineData("not json", null, "is not valid JSON")]
    [InlineData("[]", null, "must be a JSON object")]
    [InlineData("""{"notebook": "x.ipynb", "mutations": []}""", null, "non-empty array \"mutations\"")]
    [InlineData("""{"notebook": "x.ipynb", "mutations": [], "extra": 1}""", null, "unknown key(s) \"extra\"")]
    [InlineData("""{"mutations": [{"name": "a", "cell": "c", "find": "f", "replace": "r", "mistake": "m"}]}""", null, "string \"notebook\"")]
    [InlineData("""{"notebook": "x.ipynb", "mutations": [{"name": "a", "cell": "c", "find": "f", "replace": "r", "mistake": "m"}, {"name": "a", "cell": "c", "find": "g", "replace": "r", "mistake": "m"}]}""", "a", "used twice")]
    [InlineData("""{"notebook": "x.ipynb", "mutations": [{"name": "Not_Kebab", "cell": "c", "find": "f", "replace": "r", "mistake": "m"}]}""", "Not_Kebab", "kebab-case")]
    [InlineData("""{"notebook": "x.ipynb", "mutations": [{"name": "a", "find": "f", "replace": "r", "mistake": "m"}]}""", "a", "string \"cell\"")]
    [InlineData("""{"notebook": "x.ipynb", "mutations": [{"name": "a", "cell": "c", "find": "", "replace": "r", "mistake": "m"}]}""", "a", "\"find\" must not be empty")]
    [InlineData("""{"notebook": "x.ipynb", "mutations": [{"name": "a", "cell": "c", "find": "f", "replace": "f", "mistake": "m"}]}""", "a", "changes nothing")]
    [InlineData("""{"notebook": "x.ipynb", "mutations": [{"name": "a", "cell": "c", "find": "f", "replace": 3, "mistake": "m"}]}""", "a", "\"replace\" must be a string")]
    [InlineData("""{"notebook": "x.ipynb", "mutations": [{"name": "a", "cell": "c", "find": "f", "replace": "r", "mistake": "m", "why": "x"}]}""", "a", "unknown field(s) \"why\"")]
    public void Parse_RejectsABadListNamingFileMutationAndProblem(string json, string? mutation, string problem)
    {
        var e = Assert.Throws<MutationListException>(() => MutationListReader.Parse(json, "bad.json"));

        Assert.Equal("bad.json", e.File);
        Assert.Equal(mutation, e.MutationName);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(mutation is null ? "bad.json: " : $"bad.json: mutation \"{mutation}\": ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c9", "1 + 2", "no cell has the id \"c9\"")]
    [InlineData("m0", "Title", "is a markdown cell")]
    [InlineData("c1", "1 * 2", "does not occur in cell \"c1\"")]
    [InlineData("c1", "x", "occurs more than once in cell \"c1\"")]
    public void Validate_RejectsAnEditThatDoesNotFitTheNotebook(string cell, string find, string problem)
    {
        var list = new MutationList("list.json", "x.ipynb",
            [new Notebooks.Mutation.Mutation { Name = "edit", CellId = cell, Find = find, Replace = "0", Mistake = "m" }]);

        var e = Assert.Throws<MutationListException>(() => list.Validate(SmallNotebook(), "x.ipynb"));

        Assert.Equal("edit", e.MutationName);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RejectsAListThatNamesAnotherNotebook()
    {
        var list = MutationListReader.Parse(Good, "list.json");

        var e = Assert.Throws<MutationListException>(() => list.Validate(SmallNotebook(), "y.ipynb"));

        Assert.Contains("\"notebook\" must be \"y.ipynb\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PathFor_IsTheMutationsFolderBesideTheNotebook() =>
        Assert.Equal(Path.GetFullPath(Path.Combine("nb", "mutations", "03-probability.json")),
            MutationList.PathFor(Path.Combine("nb", "03-probability.ipynb")));

    internal static Notebook SmallNotebook()
    {
        var notebook = Notebook.CreateDotNet();
        var markdown = Cell.CreateMarkdown("# Title");
        markdown.Id = "m0";
        var code = Cell.CreateCode("var x = 1 + 2;\nvar half = 0.5 * x;");
        code.Id = "c1";
        notebook.Cells.Add(markdown);
        notebook.Cells.Add(code);
        return notebook;
    }
}
