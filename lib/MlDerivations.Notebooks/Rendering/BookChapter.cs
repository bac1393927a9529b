using System.Globalization;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// One chapter of the book: its slug (the notebook's file name without ".ipynb", e.g.
/// "05-linear-regression", which names the page "05-linear-regression.html") and its executed
/// notebook. Number, title and summary are read from the slug and the first markdown cells.
/// </summary>
public sealed class BookChapter
{
    /// <summary>A chapter from an executed notebook.</summary>
    /// <param name="slug">File name without extension; letters, digits, '-', '_' and '.' only.</param>
    /// <param name="notebook">The executed notebook (outputs and run metadata included).</param>
    public BookChapter(string slug, Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        if (string.IsNullOrWhiteSpace(slug) || !slug.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new ArgumentException(
                $"BookChapter.Slug must be a file name of letters, digits, '-', '_' or '.'; got \"{slug}\".", nameof(slug));
        Slug = slug;
        Notebook = notebook;
        var facts = ChapterFacts.Read(notebook);
        Title = facts.Title ?? slug;
        TitleHtml = facts.TitleHtml ?? System.Net.WebUtility.HtmlEncode(slug);
        SummaryHtml = facts.SummaryHtml ?? string.Empty;
        Run = ChapterRunSummary.Read(notebook.Metadata);
    }

    /// <summary>The notebook's file name without extension.</summary>
    public string Slug { get; }

    /// <summary>The executed notebook.</summary>
    public Notebook Notebook { get; }

    /// <summary>The chapter number: the slug's leading digits, or null when it has none.</summary>
    public int? Number =>
        int.TryParse(new string(Slug.TakeWhile(char.IsAsciiDigit).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : null;

    /// <summary>The first heading as plain text (math as its TeX), or the slug.</summary>
    public string Title { get; }

    /// <summary>What the runner recorded, or null for a notebook that was not executed.</summary>
    public ChapterRunSummary? Run { get; }

    internal string TitleHtml { get; }

    internal string SummaryHtml { get; }

    internal string PageFileName => Slug + ".html";

    internal string NotebookFileName => Slug + ".ipynb";
}
