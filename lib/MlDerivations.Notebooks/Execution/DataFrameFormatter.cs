using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// Formats a Microsoft.Data.Analysis DataFrame as the real kernel shows one (there the package's
/// .NET Interactive extension, loaded by <c>#r "nuget: Microsoft.Data.Analysis, …"</c>, registers a
/// text/html table): a caption with the row count, a header of the column names, the first
/// <see cref="MaxRows"/> rows and a "(N more rows)" line, as text/html alone (the kernel writes no
/// text/plain beside it, measured). The runner does not reference the package, so the type is recognised by its full name
/// and read by reflection: <c>Columns</c> (each with <c>Name</c>), <c>Rows.Count</c> and the
/// <c>[long row, int column]</c> indexer.
/// </summary>
internal static class DataFrameFormatter
{
    public const string TypeName = "Microsoft.Data.Analysis.DataFrame";

    public const int MaxRows = 10;

    public static bool IsDataFrame(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.FullName == TypeName) return true;
        return false;
    }

    /// <summary>The mime bundle, or null when the object does not have the shape described above.</summary>
    public static Dictionary<string, string>? TryFormat(object frame)
    {
        var type = frame.GetType();
        var rows = type.GetProperty("Rows")?.GetValue(frame);
        var count = rows?.GetType().GetProperty("Count")?.GetValue(rows);
        var cell = type.GetProperty("Item", [typeof(long), typeof(int)]);
        if (type.GetProperty("Columns")?.GetValue(frame) is not IEnumerable columns || count is not long rowCount || cell is null) return null;
        var names = columns.Cast<object>().Select(c => c.GetType().GetProperty("Name")?.GetValue(c) as string ?? "").ToList();

        var html = new StringBuilder("<div class=\"dataframe\">");
        html.Append(CultureInfo.InvariantCulture, $"<div>DataFrame: {rowCount} rows × {names.Count} columns</div>");
        html.Append("<table><thead><tr><th><i>index</i></th>");
        foreach (string name in names) html.Append("<th>").Append(WebUtility.HtmlEncode(name)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (long i = 0; i < Math.Min(rowCount, MaxRows); i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><i>{i}</i></td>");
            for (int j = 0; j < names.Count; j++)
                html.Append("<td>").Append(WebUtility.HtmlEncode(Text(cell.GetValue(frame, [i, j])))).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (rowCount > MaxRows)
            html.Append(CultureInfo.InvariantCulture, $"<div><i>({rowCount - MaxRows} more rows)</i></div>");
        html.Append("</div>");
        return new() { ["text/html"] = html.ToString() };
    }

    private static string Text(object? value) => value switch
    {
        null => "<null>",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
