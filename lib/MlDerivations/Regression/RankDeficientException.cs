namespace MlDerivations.Regression;

/// <summary>
/// Thrown when the design matrix is (numerically) rank deficient, so the least-squares weights are
/// not unique: a column is a linear combination of the ones before it (or, with an intercept, a
/// constant column). The message names the column and what to try.
/// </summary>
public sealed class RankDeficientException : InvalidOperationException
{
    internal RankDeficientException(string message, int column) : base(message)
    {
        Column = column;
    }

    /// <summary>The first column (0-based) found to depend on the earlier ones.</summary>
    public int Column { get; }

    /// <summary>"column j of X is …": what a dependent column j is, with or without a fitted intercept.</summary>
    internal static string DescribeColumn(int j, bool fitIntercept) => fitIntercept
        ? $"column {j} of X is constant or numerically a linear combination of the intercept and the columns before it"
        : $"column {j} of X is zero or numerically a linear combination of the columns before it";
}
