using System.Text;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Execution;

/// <summary>
/// The executed copy of Corpus/valid/runner-showcase.ipynb is pinned by an approved file, with the
/// one volatile part — every "seconds" value — set to 0. On a difference the received copy is
/// written next to the test output so it can be reviewed and, if right, approved.
/// </summary>
public sealed class ExecutedCopySnapshotTests
{
    [Fact]
    public async Task ShowcaseNotebook_ExecutesToTheApprovedCopy()
    {
        string approved = Repository.Corpus("approved", "runner-showcase.executed.ipynb");
        var run = await TestNotebook.RunAsync(Repository.Corpus("valid", "runner-showcase.ipynb"));

        TimingMetadata.ZeroSeconds(run.Executed.Metadata);
        foreach (var cell in run.Executed.Cells) TimingMetadata.ZeroSeconds(cell.Metadata);
        string received = NotebookWriter.Serialize(run.Executed);

        if (received != File.ReadAllText(approved, Encoding.UTF8))
        {
            string path = Path.Combine(AppContext.BaseDirectory, "runner-showcase.received.ipynb");
            File.WriteAllText(path, received, new UTF8Encoding(false));
            Assert.Fail($"The executed copy differs from {approved}; received copy: {path}");
        }
    }
}
