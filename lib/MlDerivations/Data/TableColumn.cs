namespace MlDerivations.Data;

/// <summary>A column's description: its name, its kind and how many of its values are missing.</summary>
/// <param name="Name">The column name, as in the CSV header.</param>
/// <param name="Kind">Numeric (double, missing = NaN) or categorical (text, missing = null).</param>
/// <param name="MissingCount">The number of missing values, 0 ≤ MissingCount ≤ RowCount.</param>
public sealed record TableColumn(string Name, ColumnKind Kind, int MissingCount);
