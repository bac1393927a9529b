namespace MlDerivations.Notebooks.Format;

/// <summary>
/// Thrown when a file is not an nbformat 4 notebook we can read: not JSON, a wrong nbformat version,
/// or a field that is missing or of the wrong type. The message reads "{file}: {jsonPath}: {problem}",
/// e.g. <c>notebooks/05-regression.ipynb: $.cells[3].source: must be a string or an array of strings; got a number.</c>
/// </summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> at <paramref name="jsonPath"/>.</summary>
    public NotebookFormatException(string file, string jsonPath, string problem, Exception? inner = null)
        : base($"{file}: {jsonPath}: {problem}", inner)
    {
        File = file;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>The file (or source name) that was being read.</summary>
    public string File { get; }

    /// <summary>Where in the document the problem is, as a JSON path such as <c>$.cells[3].outputs[0].text</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong there, without the file and path.</summary>
    public string Problem { get; }
}
