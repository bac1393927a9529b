using System.Globalization;
using Microsoft.Data.Analysis;
using MlDerivations.Validation;

namespace MlDerivations.Data;

public static partial class DataFrameBridge
{
    /// <summary>
    /// Replaces <paramref name="column"/> by one indicator column per level, named "column=level",
    /// in its place: x_ik = 1 when row i has level k, else 0 (each a <see cref="DoubleDataFrameColumn"/>).
    /// Levels are sorted (ordinally for text, by value for numbers) so the result does not depend on
    /// row order. With <paramref name="dropFirst"/> the first level becomes the reference and gets no
    /// column; keep it when the model has an intercept, because the full set of indicators sums to
    /// the intercept column and makes XᵀX singular (the dummy-variable trap). A row whose value is
    /// missing gets null in every indicator, so missingness is not mistaken for the reference level.
    /// </summary>
    public static DataFrame OneHot(this DataFrame frame, string column, bool dropFirst = false)
    {
        Guard.NotNull(frame, Owner, nameof(frame));
        DataFrameColumn source = Column(frame, column, nameof(column));
        if (!IsNumeric(source) && source.DataType != typeof(string))
            throw Guard.Invalid(Owner, nameof(column), "name a text or numeric column", $"{Describe(source)} '{column}'");
        (string[] levels, int[] codes) = Encode(source);
        int first = dropFirst ? 1 : 0;
        if (levels.Length - first < 1)
            throw Guard.Invalid(Owner, nameof(column), "have at least two levels to drop the first",
                $"'{column}' with {levels.Length}");

        DataFrame result = frame.Clone();
        int j = result.Columns.IndexOf(column);
        result.Columns.RemoveAt(j);
        for (int k = first; k < levels.Length; k++)
        {
            string name = $"{column}={levels[k]}";
            if (result.Columns.IndexOf(name) >= 0)
                throw Guard.Invalid(Owner, nameof(column), "not produce a name already in the data frame", $"'{name}'");
            result.Columns.Insert(j + k - first, Indicator(name, codes, k));
        }
        return result;
    }

    /// <summary>The sorted levels of a column and each row's level index (−1 when missing).</summary>
    private static (string[] Levels, int[] Codes) Encode(DataFrameColumn column)
    {
        int n = checked((int)column.Length);
        var text = new string?[n];
        string[] levels;
        if (column.DataType == typeof(string))
        {
            for (int i = 0; i < n; i++) text[i] = (string?)column[i];
            levels = text.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        }
        else
        {
            var values = new double?[n];
            for (int i = 0; i < n; i++)
                values[i] = IsMissing(column, i) ? null : Convert.ToDouble(column[i], CultureInfo.InvariantCulture);
            for (int i = 0; i < n; i++) text[i] = values[i]?.ToString("R", CultureInfo.InvariantCulture);
            levels = values.OfType<double>().Distinct().Order()
                .Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray();
        }
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < levels.Length; k++) position[levels[k]] = k;
        var codes = new int[n];
        for (int i = 0; i < n; i++) codes[i] = text[i] is string t ? position[t] : -1;
        return (levels, codes);
    }

    private static DoubleDataFrameColumn Indicator(string name, int[] codes, int level) =>
        new(name, codes.Select(c => c < 0 ? (double?)null : c == level ? 1.0 : 0.0));
}
