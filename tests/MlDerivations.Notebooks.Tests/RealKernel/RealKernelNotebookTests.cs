using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Execution;
using MlDerivations.Notebooks.Tests.Support;
using Xunit.Abstractions;

namespace MlDerivations.Notebooks.Tests.RealKernel;

/// <summary>
/// Every chapter runs unchanged in the real .NET Interactive kernel (our readers' host) with no error
/// output, and shows what our runner shows: the same claims, the same figures, the same MIME bundles.
/// A chapter that passes in our runner but fails in the real kernel fails here.
/// </summary>
public sealed class RealKernelNotebookTests(ITestOutputHelper log)
{
    public static TheoryData<string> Chapters => RepositoryNotebooksTests.Chapters;

    [Theory]
    [MemberData(nameof(Chapters))]
    public async Task Chapter_RunsInTheRealKernelAsInOurRunner(string name)
    {
        using var folder = new TempFolder();
        string source = Path.Combine(Repository.Notebooks, name);
        var started = DateTime.UtcNow;
        var real = OutputShape.Of(NotebookReader.Read(await RealKernel.ExecuteAsync(source, folder.Path)));
        log.WriteLine($"{name}: real kernel {(DateTime.UtcNow - started).TotalSeconds:F1} s, {real.Claims} ✓, {real.Figures} figures");

        var ours = await TestNotebook.RunAsync(source);
        Assert.True(ours.Succeeded, ours.ErrorMessage);
        var expected = OutputShape.Of(ours.Executed);

        Assert.True(real.Errors.Count == 0, $"{name} in the real kernel:\n{string.Join("\n", real.Errors)}");
        Assert.Equal(expected.Claims, real.Claims);
        Assert.Equal(expected.Figures, real.Figures);
        // Output by output, the same kind in the same cell with the same MIME types: both honour the
        // preferred MIME types (text/html for objects, text/plain for strings).
        Assert.Equal(expected.Bundles.Select(b => (b.CodeCell, b.Type)), real.Bundles.Select(b => (b.CodeCell, b.Type)));
        foreach (var (ourBundle, realBundle) in expected.Bundles.Zip(real.Bundles))
            Assert.True(realBundle.MimeTypes.SequenceEqual(ourBundle.MimeTypes), $"{name}: the real kernel wrote {realBundle}, our runner {ourBundle}");
    }
}
