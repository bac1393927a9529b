using System.IO.Compression;
using System.Text;
using Microsoft.Data.Analysis;
using MlDerivations.Validation;

namespace MlDerivations.Data;

/// <summary>
/// Reads the CSVs in data/ into Microsoft.Data.Analysis DataFrames: numeric columns become
/// <see cref="DoubleDataFrameColumn"/>, text columns <see cref="StringDataFrameColumn"/>, and a
/// missing value is null in either.
/// </summary>
/// <remarks>
/// The parsing is ours, not <c>DataFrame.LoadCsv</c>, because of what LoadCsv 0.23.1 does with bad
/// input (measured): a row with too many fields says "Line 2 has less columns than expected"; an
/// unclosed quote says "Line 2 cannot be parsed with the current Delimiters"; text after 100 numeric
/// rows says only "The input string 'x' was not in a correct format." (no file, row or column); a row
/// with too few fields after the first 100 is silently padded with null; and numbers become float
/// (Single) columns, losing digits, while "NA" turns a numeric column into text. Ours names the file,
/// line, data row and column of every error (<see cref="DataFormatException"/>), reads numbers as
/// double in the invariant culture and treats "", "NA" and "NaN" as missing. Only the result type is
/// the package's.
/// </remarks>
public static class Csv
{
    /// <summary>
    /// Reads a CSV file (RFC 4180: header row, quoted fields with separators, doubled quotes and line
    /// breaks, CRLF or LF, optional BOM; gzip'd when the path ends in ".gz"). Missing values are the
    /// options' markers ("", "NA", "NaN"). A malformed file throws <see cref="DataFormatException"/>
    /// naming the file, line, row and column.
    /// </summary>
    public static DataFrame Load(string path, CsvLoadOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw Guard.Invalid(nameof(Csv), nameof(path), "be a file path", path is null ? "null" : $"'{path}'");
        if (!File.Exists(path))
            throw new FileNotFoundException($"Csv.Load found no file at '{path}' (full path {Path.GetFullPath(path)}).", path);
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path, options);
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>; errors name <paramref name="source"/>.</summary>
    internal static DataFrame Parse(TextReader reader, string source, CsvLoadOptions? options = null)
    {
        options ??= new CsvLoadOptions();
        ValidateOptions(options);
        return CsvFrameBuilder.Build(CsvReader.ReadAll(reader, source, options.Separator), source, options);
    }

    private static void ValidateOptions(CsvLoadOptions options)
    {
        if (options.Separator is '"' or '\r' or '\n')
            throw new ArgumentException(
                $"CsvLoadOptions.Separator must not be a double quote or a line break; got U+{(int)options.Separator:X4}.",
                nameof(options));
        if (options.MissingValues is null)
            throw new ArgumentException("CsvLoadOptions.MissingValues must be a list (possibly empty); got null.", nameof(options));
    }
}
