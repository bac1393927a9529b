namespace MlDerivations.Notebooks.Format;

/// <summary>
/// The nbformat 4 output types: <c>"execute_result"</c>, <c>"display_data"</c>, <c>"stream"</c> and
/// <c>"error"</c>.
/// </summary>
public enum OutputType
{
    /// <summary>The value of a cell's trailing expression; carries mime data and an execution count.</summary>
    ExecuteResult,

    /// <summary>A value shown by <c>display(x)</c>; carries mime data.</summary>
    DisplayData,

    /// <summary>Text written to standard output or standard error.</summary>
    Stream,

    /// <summary>An exception: its type name, message and traceback.</summary>
    Error,
}
