using System.IO.Compression;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Data;

/// <summary>
/// A small immutable table of named columns, numeric (double, NaN = missing) or categorical (text,
/// null = missing), as read from the CSVs in data/. It gives columns as MathNet vectors and numeric
/// columns as a design matrix, and supports the few operations the notebooks need: selection,
/// filtering, dropping missing values, one-hot encoding, seeded train/test splits and k folds.
/// Every operation returns a new table; the arrays it hands out are copies.
/// </summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed partial class Table : IRichDisplay
{
    private readonly string[] _names;
    private readonly ColumnData[] _data;
    private readonly Dictionary<string, int> _index;

    internal Table(string[] names, ColumnData[] data, int rowCount)
    {
        _names = names;
        _data = data;
        RowCount = rowCount;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < names.Length; j++) _index.Add(names[j], j);
        Columns = names.Select((name, j) => new TableColumn(name, data[j].Kind, data[j].CountMissing())).ToArray();
    }

    /// <summary>The number of rows (observations), n.</summary>
    public int RowCount { get; }

    /// <summary>The number of columns.</summary>
    public int ColumnCount => _names.Length;

    /// <summary>The columns in order: name, kind and missing count.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The column names in order.</summary>
    public IReadOnlyList<string> ColumnNames => _names;

    /// <summary>Whether the table has a column called <paramref name="name"/> (ordinal comparison).</summary>
    public bool HasColumn(string name) => name is not null && _index.ContainsKey(name);

    /// <summary>A numeric column as a new vector of length <see cref="RowCount"/>; NaN where missing.</summary>
    public Vector<double> Numeric(string name) =>
        Vector<double>.Build.DenseOfArray((double[])NumericData(name, nameof(name)).Clone());

    /// <summary>A categorical column as a new array of length <see cref="RowCount"/>; null where missing.</summary>
    public string?[] Categorical(string name)
    {
        int j = IndexOf(name, nameof(name));
        if (_data[j] is not CategoricalColumnData labels)
            throw new ArgumentException(
                $"Table.Name must be a categorical column; got numeric column '{name}' (use Numeric).", nameof(name));
        return (string?[])labels.Values.Clone();
    }

    /// <summary>
    /// The design matrix X (n × p) whose column k is the numeric column <c>columns[k]</c>; with no
    /// names, every numeric column in table order. Missing values are refused rather than passed on
    /// as NaN: call <see cref="DropMissing"/> first.
    /// </summary>
    public Matrix<double> ToMatrix(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        string[] names = columns.Length > 0
            ? columns
            : _names.Where((_, j) => _data[j].Kind == ColumnKind.Numeric).ToArray();
        var matrix = Matrix<double>.Build.Dense(RowCount, names.Length);
        for (int k = 0; k < names.Length; k++)
        {
            double[] values = NumericData(names[k], nameof(columns));
            int missing = _data[_index[names[k]]].CountMissing();
            if (missing > 0)
                throw new ArgumentException(
                    $"Table.Columns must be columns without missing values; got '{names[k]}' with {missing} missing (call DropMissing first).",
                    nameof(columns));
            matrix.SetColumn(k, values);
        }
        return matrix;
    }

    /// <summary>
    /// Reads a CSV file (RFC 4180: header row, quoted fields with separators, doubled quotes and line
    /// breaks, CRLF or LF, optional BOM; gzip'd when the path ends in ".gz"). Missing values are the
    /// options' markers ("", "NA", "NaN"). A malformed file throws <see cref="DataFormatException"/>
    /// naming the file, line, row and column.
    /// </summary>
    public static Table Load(string path, TableLoadOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ArgumentException($"Table.Path must be a file path; got '{path}'.", nameof(path));
        if (!File.Exists(path))
            throw new FileNotFoundException($"Table.Load found no file at '{path}' (full path {Path.GetFullPath(path)}).", path);
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path, options);
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>; errors name <paramref name="source"/>.</summary>
    internal static Table Parse(TextReader reader, string source, TableLoadOptions? options = null)
    {
        options ??= new TableLoadOptions();
        ValidateOptions(options);
        return CsvTableBuilder.Build(CsvReader.ReadAll(reader, source, options.Separator), source, options);
    }

    private static void ValidateOptions(TableLoadOptions options)
    {
        if (options.Separator is '"' or '\r' or '\n')
            throw new ArgumentException(
                $"TableLoadOptions.Separator must not be a double quote or a line break; got U+{(int)options.Separator:X4}.",
                nameof(options));
        if (options.MissingValues is null)
            throw new ArgumentException("TableLoadOptions.MissingValues must be a list (possibly empty); got null.", nameof(options));
    }

    private int IndexOf(string name, string parameter)
    {
        if (name is not null && _index.TryGetValue(name, out int j)) return j;
        string list = _names.Length <= 12
            ? string.Join(", ", _names)
            : string.Join(", ", _names.Take(12)) + $", … ({_names.Length} in all)";
        throw Guard.Invalid(nameof(Table), parameter, $"name a column of the table ({list})", name is null ? "null" : $"'{name}'");
    }

    private double[] NumericData(string name, string parameter)
    {
        int j = IndexOf(name, parameter);
        if (_data[j] is NumericColumnData numbers) return numbers.Values;
        throw new ArgumentException(
            $"Table.{parameter} must name a numeric column; got categorical column '{name}' (use Categorical, or OneHot to encode it).",
            parameter);
    }
}
