using MlDerivations.Formatting;

namespace MlDerivations.Data;

public sealed partial class Table
{
    /// <summary>How many rows the HTML view shows.</summary>
    internal const int PreviewRows = 10;

    /// <summary>The shape and kinds, e.g. "Table 442 × 11 (11 numeric, 0 categorical)".</summary>
    public override string ToString()
    {
        int numeric = Columns.Count(c => c.Kind == ColumnKind.Numeric);
        return $"Table {RowCount} × {ColumnCount} ({numeric} numeric, {ColumnCount - numeric} categorical)";
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());

    /// <summary>
    /// The shape line, then a table whose header gives each column's name, kind and missing count,
    /// and the first <see cref="PreviewRows"/> rows; numbers in the invariant culture, text escaped.
    /// </summary>
    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        writer.Write("<div class=\"ml-table\" style=\"font-family:system-ui,sans-serif\">");
        writer.Write($"<div><strong>{Html.Escape(ToString())}</strong></div>");
        writer.Write("<div style=\"overflow-x:auto\"><table style=\"border-collapse:collapse;font-size:0.9em\">");
        WriteHeader(writer);
        WriteBody(writer);
        writer.Write("</table></div>");
        if (RowCount > PreviewRows)
            writer.Write($"<div style=\"color:#6b7280\">… {RowCount - PreviewRows} more rows</div>");
        writer.Write("</div>");
    }

    private void WriteHeader(TextWriter writer)
    {
        writer.Write("<thead><tr><th></th>");
        foreach (TableColumn column in Columns)
        {
            string kind = column.Kind == ColumnKind.Numeric ? "numeric" : "categorical";
            writer.Write("<th style=\"text-align:right;padding:2px 8px\">");
            writer.Write(Html.Escape(column.Name));
            writer.Write($"<br><span style=\"font-weight:normal;color:#6b7280\">{kind}, {column.MissingCount} missing</span></th>");
        }
        writer.Write("</tr></thead>");
    }

    private void WriteBody(TextWriter writer)
    {
        writer.Write("<tbody>");
        for (int i = 0; i < Math.Min(RowCount, PreviewRows); i++)
        {
            writer.Write($"<tr><th style=\"color:#6b7280;padding:2px 8px\">{i}</th>");
            foreach (ColumnData column in _data)
            {
                writer.Write("<td style=\"text-align:right;padding:2px 8px\">");
                writer.Write(CellHtml(column, i));
                writer.Write("</td>");
            }
            writer.Write("</tr>");
        }
        writer.Write("</tbody>");
    }

    private static string CellHtml(ColumnData column, int row)
    {
        if (column.IsMissing(row)) return "<span style=\"color:#9ca3af\">NA</span>";
        return column is NumericColumnData numbers
            ? Html.Number(numbers.Values[row])
            : Html.Escape(((CategoricalColumnData)column).Values[row]!);
    }
}
