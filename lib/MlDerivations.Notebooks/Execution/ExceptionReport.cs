using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// Turns what went wrong in a cell into an nbformat error output (ename, evalue, traceback) and the
/// cell-relative line where it happened. Stack frames of the scripting engine and the async
/// machinery are dropped; frames in a cell read "in cell N, line L".
/// </summary>
internal static partial class ExceptionReport
{
    public static WireOutput ForDirective(DirectiveException e) =>
        new("error", EName: "MlDerivations.Notebooks.DirectiveError", EValue: e.Message, Traceback: [e.Message]);

    public static WireOutput ForCompilation(IReadOnlyList<Diagnostic> errors)
    {
        var lines = errors.Select(d =>
        {
            var span = d.Location.GetMappedLineSpan();
            string where = span.Path.EndsWith(".csx", StringComparison.Ordinal) && Path.GetFileName(span.Path).StartsWith("cell-", StringComparison.Ordinal)
                ? "" : span.Path;
            return string.Create(CultureInfo.InvariantCulture,
                $"{where}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
        }).ToList();
        return new("error", EName: "Microsoft.CodeAnalysis.Scripting.CompilationErrorException", EValue: string.Join("\n", lines), Traceback: lines);
    }

    public static (WireOutput Error, int? Line) ForRuntime(Exception exception, string cellDirectory)
    {
        if (exception is TargetInvocationException { InnerException: { } inner }) exception = inner;
        string ename = exception.GetType().FullName ?? exception.GetType().Name;
        var traceback = exception.ToString().Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => !IsEngineFrame(l))
            .Select(l => CellFrame().Replace(l, m => $" in cell {m.Groups["cell"].Value}, line {m.Groups["line"].Value}"))
            .ToList();
        return (new WireOutput("error", EName: ename, EValue: exception.Message, Traceback: traceback), CellLine(exception, cellDirectory));
    }

    /// <summary>The line of the innermost stack frame that lies in a cell.</summary>
    private static int? CellLine(Exception exception, string cellDirectory)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            string? file = frame.GetFileName();
            if (file is not null && Path.GetDirectoryName(file) == cellDirectory && Path.GetFileName(file).StartsWith("cell-", StringComparison.Ordinal)
                && frame.GetFileLineNumber() > 0)
                return frame.GetFileLineNumber();
        }
        return null;
    }

    private static bool IsEngineFrame(string line)
    {
        string t = line.TrimStart();
        return t.StartsWith("--- End of stack trace", StringComparison.Ordinal)
            || t.StartsWith("at Microsoft.CodeAnalysis.", StringComparison.Ordinal)
            || t.StartsWith("at System.Runtime.CompilerServices.", StringComparison.Ordinal)
            || t.StartsWith("at System.Threading.", StringComparison.Ordinal)
            || t.StartsWith("at System.RuntimeMethodHandle.", StringComparison.Ordinal)
            || t.StartsWith("at System.Reflection.", StringComparison.Ordinal);
    }

    [GeneratedRegex(@" in \S*[/\\]cell-(?<cell>\d+)\.csx:line (?<line>\d+)")]
    private static partial Regex CellFrame();
}
