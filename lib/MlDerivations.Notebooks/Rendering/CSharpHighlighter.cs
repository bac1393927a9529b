using System.Net;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// Syntax highlighting for C# cells at build time, from Roslyn's own lexer and parser (script
/// mode, as the kernel parses a cell): each token or trivia becomes escaped text, wrapped in
/// <c>&lt;span class="tok-…"&gt;</c> when it is a keyword, string, number, comment or directive.
/// The text of the cell is reproduced exactly.
/// </summary>
internal static class CSharpHighlighter
{
    private static readonly CSharpParseOptions ScriptOptions =
        CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Preview);

    /// <summary>The highlighted HTML of <paramref name="code"/> (no surrounding &lt;pre&gt;).</summary>
    public static string ToHtml(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, ScriptOptions).GetRoot();
        var html = new StringBuilder(code.Length * 2);
        foreach (var token in root.DescendantTokens(descendIntoTrivia: false))
        {
            foreach (var trivia in token.LeadingTrivia)
                Append(html, trivia.ToFullString(), ClassOf(trivia));
            Append(html, token.Text, ClassOf(token));
            foreach (var trivia in token.TrailingTrivia)
                Append(html, trivia.ToFullString(), ClassOf(trivia));
        }
        return html.ToString();
    }

    private static void Append(StringBuilder html, string text, string? cssClass)
    {
        if (text.Length == 0)
            return;
        if (cssClass is null)
            html.Append(WebUtility.HtmlEncode(text));
        else
            html.Append("<span class=\"tok-").Append(cssClass).Append("\">")
                .Append(WebUtility.HtmlEncode(text)).Append("</span>");
    }

    private static string? ClassOf(SyntaxToken token)
    {
        var kind = token.Kind();
        if (SyntaxFacts.IsKeywordKind(kind)
            || (kind == SyntaxKind.IdentifierToken && ContextualKeywords.Contains(token.Text)))
            return "keyword";
        return kind switch
        {
            SyntaxKind.NumericLiteralToken => "number",
            SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken
                or SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedStringEndToken
                or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.InterpolatedVerbatimStringStartToken
                or SyntaxKind.InterpolatedRawStringEndToken or SyntaxKind.InterpolatedSingleLineRawStringStartToken
                or SyntaxKind.InterpolatedMultiLineRawStringStartToken or SyntaxKind.SingleLineRawStringLiteralToken
                or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken => "string",
            _ => null,
        };
    }

    // Words the parser leaves as identifiers although a reader sees keywords (`var x`, `nameof(x)`);
    // contextual keywords in their syntactic place (`await`, `get`, `when`, ...) arrive as keyword kinds.
    private static readonly HashSet<string> ContextualKeywords = new(StringComparer.Ordinal) { "var", "dynamic", "nameof", "async" };

    private static string? ClassOf(SyntaxTrivia trivia) => trivia.Kind() switch
    {
        SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
            or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia => "comment",
        SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia => null,
        _ when trivia.IsDirective || trivia.HasStructure => "directive",
        _ => null,
    };
}
