using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// Equation numbers: <c>\tag{N.k}</c> in display math gives the anchor <c>#eq-N.k</c>, and a
/// textual reference "(N.k)" in prose becomes a link to it when the page has that equation.
/// </summary>
internal static partial class EquationTags
{
    /// <summary>The tags of one piece of TeX, in order (<c>\tag{5.3}</c> and <c>\tag*{5.3}</c>).</summary>
    public static IReadOnlyList<string> Find(string tex) =>
        TagCommand().Matches(tex).Select(m => m.Groups["tag"].Value.Trim()).Where(t => t.Length > 0).ToList();

    /// <summary>The element id for a tag: "eq-" + the tag, characters other than letters, digits, '.', '-', '_' replaced by '-'.</summary>
    public static string AnchorId(string tag)
    {
        var id = new StringBuilder("eq-", tag.Length + 3);
        foreach (var c in tag)
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        return id.ToString();
    }

    /// <summary>Every tag of the display equations in <paramref name="document"/>.</summary>
    public static IEnumerable<string> Collect(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            var tex = node switch
            {
                MathBlock block => block.Lines.ToString(),
                MathInline { DelimiterCount: >= 2 } inline => inline.Content.ToString(),
                _ => null,
            };
            if (tex is not null)
                foreach (var tag in Find(tex))
                    yield return tag;
        }
    }

    /// <summary>
    /// Turns "(N.k)" in plain text into a link for each N.k in <paramref name="targets"/> (tag →
    /// href, "#eq-N.k" on the same page or "page.html#eq-N.k" on another); text inside links, code
    /// and math is left alone.
    /// </summary>
    public static void LinkReferences(MarkdownDocument document, IReadOnlyDictionary<string, string> targets)
    {
        if (targets.Count == 0)
            return;
        var literals = document.Descendants<LiteralInline>()
            .Where(l => l.FirstParentOfType<LinkInline>() is null)
            .ToList();
        foreach (var literal in literals)
            LinkReferencesIn(literal, targets);
    }

    private static void LinkReferencesIn(LiteralInline literal, IReadOnlyDictionary<string, string> targets)
    {
        var text = literal.Content.ToString();
        var matches = Reference().Matches(text).Where(m => targets.ContainsKey(m.Groups["tag"].Value)).ToList();
        if (matches.Count == 0)
            return;
        var position = 0;
        foreach (var match in matches)
        {
            if (match.Index > position)
                literal.InsertBefore(new LiteralInline(text[position..match.Index]));
            var link = new LinkInline(targets[match.Groups["tag"].Value], title: string.Empty) { IsClosed = true };
            link.GetAttributes().AddClass("eqref");
            link.AppendChild(new LiteralInline(match.Value));
            literal.InsertBefore(link);
            position = match.Index + match.Length;
        }
        if (position < text.Length)
            literal.Content = new Markdig.Helpers.StringSlice(text[position..]);
        else
            literal.Remove();
    }

    [GeneratedRegex(@"\\tag\*?\s*\{(?<tag>[^{}]*)\}")]
    private static partial Regex TagCommand();

    [GeneratedRegex(@"\((?<tag>[0-9]+(?:\.[0-9]+)+[a-z]?)\)")]
    private static partial Regex Reference();
}
