using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Mutation;

namespace MlDerivations.Notebooks.Tests.Mutation;

public sealed class MutantTests
{
    [Fact]
    public void Apply_EditsOnlyTheNamedCellOfACopy()
    {
        var notebook = MutationListReaderTests.SmallNotebook();
        string before = NotebookWriter.Serialize(notebook);
        var mutation = new Notebooks.Mutation.Mutation { Name = "sign", CellId = "c1", Find = "1 + 2", Replace = "1 - 2", Mistake = "a sign" };

        var mutant = Mutant.Apply(notebook, mutation, "list.json");

        Assert.Equal("var x = 1 - 2;\nvar half = 0.5 * x;", mutant.Cells[1].Source);
        Assert.Equal(before, NotebookWriter.Serialize(notebook));
        Assert.Equal(before.Replace("1 + 2", "1 - 2", StringComparison.Ordinal), NotebookWriter.Serialize(mutant));
    }
}
