using System.Text.RegularExpressions;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Execution;

/// <summary>
/// Every equation the library's doc comments cite as "(N.k)" exists as <c>\tag{N.k}</c> in chapter N's
/// notebook, for every chapter present (issue 12, item 6): a renumbered chapter cannot leave the
/// reference implementation pointing at the wrong equation unnoticed.
/// </summary>
public sealed partial class LibraryCitationTests
{
    [Fact]
    public void EveryCitedEquation_IsTaggedInItsChapter()
    {
        var tags = ChapterTags();
        var comments = Directory.EnumerateFiles(Path.Combine(Repository.Root, "lib", "MlDerivations"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((text, i) => (Place: $"{Path.GetRelativePath(Repository.Root, file)}:{i + 1}", Text: text)));

        var missing = Missing(comments, tags);

        Assert.True(tags.Count > 0, "no chapters found in notebooks/");
        Assert.True(missing.Count == 0, "cited but not tagged in the chapter:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Missing_FindsACitationOfAnUntaggedEquationOnlyInDocComments()
    {
        var tags = new Dictionary<int, HashSet<string>> { [5] = ["5.1", "5.2"] };
        var lines = new[]
        {
            ("a.cs:1", "/// Ordinary least squares (5.1), its gradient (5.3)."),
            ("a.cs:2", "var x = Beta(2.5); // (5.9) in a code comment"),
            ("a.cs:3", "/// A value (7.1) of a chapter not written yet; a version v(5.9)x."),
        };

        Assert.Equal(["a.cs:1: (5.3)"], Missing(lines, tags));
    }

    private static List<string> Missing(IEnumerable<(string Place, string Text)> lines, IReadOnlyDictionary<int, HashSet<string>> tags) =>
        lines.Where(l => l.Text.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .SelectMany(l => Citation().Matches(l.Text).Select(m => (l.Place, Chapter: int.Parse(m.Groups[1].Value), Label: m.Groups[1].Value + "." + m.Groups[2].Value)))
            .Where(c => tags.TryGetValue(c.Chapter, out var tagged) && !tagged.Contains(c.Label))
            .Select(c => $"{c.Place}: ({c.Label})")
            .ToList();

    private static Dictionary<int, HashSet<string>> ChapterTags() =>
        Directory.GetFiles(Repository.Notebooks, "*.ipynb")
            .Where(f => char.IsDigit(Path.GetFileName(f)[0]))
            .ToDictionary(
                f => int.Parse(Path.GetFileName(f)[..2]),
                f => NotebookReader.Read(f).Cells.Where(c => c.Type == CellType.Markdown)
                    .SelectMany(c => Tag().Matches(c.Source).Select(m => m.Groups[1].Value)).ToHashSet());

    [GeneratedRegex(@"(?<![\w.])\((\d{1,2})\.(\d{1,2})\)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\\tag\{(\d{1,2}\.\d{1,2})\}")]
    private static partial Regex Tag();
}
