namespace MlDerivations.Data;

/// <summary>How <see cref="Csv.Load"/> reads a CSV file into a DataFrame.</summary>
public sealed record CsvLoadOptions
{
    /// <summary>The field separator; ',' by default (';' or '\t' for other dialects).</summary>
    public char Separator { get; init; } = ',';

    /// <summary>
    /// Column kinds to force, by column name; other columns are inferred: numeric when every
    /// non-missing value parses as a number in the invariant culture, else categorical. Forcing
    /// categorical keeps codes such as zip codes as text; forcing numeric turns stray text into an
    /// error that names the row instead of a silently categorical column.
    /// </summary>
    public IReadOnlyDictionary<string, ColumnKind>? ColumnKinds { get; init; }

    /// <summary>Field texts (after trimming spaces) that mean "missing": "", "NA" and "NaN" by default.</summary>
    public IReadOnlyList<string> MissingValues { get; init; } = ["", "NA", "NaN"];
}
