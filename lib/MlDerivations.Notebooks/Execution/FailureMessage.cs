using System.Globalization;
using System.Text;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// The message a failed run prints: notebook, cell (numbered from 1 counting every cell, markdown
/// included), line, error, then the cell's source with numbered lines and the failing one marked:
/// <code>
/// notebooks/05-regression.ipynb: cell 7, line 2: System.DivideByZeroException: Attempted to divide by zero.
///      1 | int zero = 0;
///   &gt;  2 | var q = 1 / zero;
///   (cells are numbered from 1, counting every cell, markdown included)
/// </code>
/// </summary>
internal static class FailureMessage
{
    public static string Format(string notebookPath, Notebook notebook, int index, int? line, string message)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{notebookPath}: cell {index + 1}");
        if (line is not null) text.Append(CultureInfo.InvariantCulture, $", line {line}");
        text.Append(": ").Append(message.TrimEnd()).Append('\n');
        var lines = notebook.Cells[index].Source.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string marker = line == i + 1 ? ">" : " ";
            text.Append(CultureInfo.InvariantCulture, $"  {marker} {i + 1,3} | {lines[i].TrimEnd('\r')}\n");
        }
        text.Append("  (cells are numbered from 1, counting every cell, markdown included)");
        return text.ToString();
    }
}
