using System.Text.RegularExpressions;
using MlDerivations.Notebooks.Format;
using MlDerivations.Notebooks.Rendering;
using MlDerivations.Notebooks.Tests.Execution;
using MlDerivations.Notebooks.Tests.Support;

namespace MlDerivations.Notebooks.Tests.Rendering;

/// <summary>
/// One chapter list (issue 12, item 6): the book's index reads <see cref="SeriesChapters"/>, and these
/// tests keep the README's chapter table and each notebook's own heading equal to it, so the three
/// places a reader meets the plan cannot drift apart.
/// </summary>
public sealed class ChapterListTests
{
    private static readonly Regex TableRow = new(
        @"^\|\s*(?<number>\d+)\s*\|\s*(?<title>[^|\n]*?)\s*\|\s*(?<notebook>[^|\n]*?)\s*\|[^\n]*$", RegexOptions.Multiline);

    private static List<(int Number, string Title, string Notebook)> ReadmeRows()
    {
        string readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        return TableRow.Matches(readme)
            .Select(m => (int.Parse(m.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture),
                          m.Groups["title"].Value, m.Groups["notebook"].Value))
            .ToList();
    }

    [Fact]
    public void Readme_ListsTheSeriesChaptersInOrder_WithTheBooksTitles()
    {
        var rows = ReadmeRows();

        Assert.Equal(Enumerable.Range(1, SeriesChapters.Titles.Count), rows.Select(r => r.Number));
        Assert.Equal(SeriesChapters.Titles, rows.Select(r => r.Title));
    }

    [Fact]
    public void Readme_LinksExactlyTheChaptersThatHaveANotebook_AndCallsTheRestPlanned()
    {
        var notebooks = Directory.GetFiles(Repository.Notebooks, "*.ipynb").Select(Path.GetFileName).ToHashSet();
        foreach (var (number, title, cell) in ReadmeRows())
        {
            string? file = notebooks.SingleOrDefault(n => n!.StartsWith($"{number:D2}-", StringComparison.Ordinal));
            string expected = file is null ? "planned" : $"[{file}](notebooks/{file})";
            Assert.True(cell == expected, $"README row {number} ({title}): expected '{expected}', found '{cell}'");
        }
        Assert.All(notebooks, n => Assert.Matches(@"^\d\d-[a-z0-9-]+\.ipynb$", n));
    }

    [Theory]
    [MemberData(nameof(RepositoryNotebooksTests.Chapters), MemberType = typeof(RepositoryNotebooksTests))]
    public void EveryNotebook_OpensWithItsChapterNumberAndTheSeriesTitle(string name)
    {
        int number = int.Parse(name[..2], System.Globalization.CultureInfo.InvariantCulture);
        var notebook = NotebookReader.Read(Path.Combine(Repository.Notebooks, name));
        string firstLine = notebook.Cells[0].Source.Split('\n')[0].TrimEnd();

        Assert.Equal($"# Chapter {number} — {SeriesChapters.Title(number)}", firstLine);
    }

    [Theory]
    [MemberData(nameof(RepositoryNotebooksTests.Chapters), MemberType = typeof(RepositoryNotebooksTests))]
    public void EveryNotebookHeader_LinksTheBlogChapterItAccompanies_AndTheSeries(string name)
    {
        int number = int.Parse(name[..2], System.Globalization.CultureInfo.InvariantCulture);
        string header = NotebookReader.Read(Path.Combine(Repository.Notebooks, name)).Cells[0].Source;

        Assert.Contains($"]({SeriesChapters.BlogUrl(number)})", header, StringComparison.Ordinal);
        Assert.Contains($"]({SeriesChapters.SeriesHome})", header, StringComparison.Ordinal);
    }
}
