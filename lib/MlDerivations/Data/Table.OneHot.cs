using System.Globalization;

namespace MlDerivations.Data;

public sealed partial class Table
{
    /// <summary>
    /// Replaces <paramref name="column"/> by one indicator column per level, named "column=level",
    /// in its place: x_ik = 1 when row i has level k, else 0. Levels are sorted (ordinally for text,
    /// by value for numbers) so the result does not depend on row order. With
    /// <paramref name="dropFirst"/> the first level becomes the reference and gets no column; keep it
    /// when the model has an intercept, because the full set of indicators sums to the intercept
    /// column and makes XᵀX singular (the dummy-variable trap). A row whose value is missing gets
    /// NaN in every indicator, so missingness is not mistaken for the reference level.
    /// </summary>
    public Table OneHot(string column, bool dropFirst = false)
    {
        int j = IndexOf(column, nameof(column));
        (string[] levels, int[] codes) = Encode(_data[j]);
        int first = dropFirst ? 1 : 0;
        if (levels.Length - first < 1)
            throw new ArgumentException(
                $"Table.Column must have at least two levels to drop the first; got '{column}' with {levels.Length}.",
                nameof(column));

        var names = new List<string>(_names.Take(j));
        var data = new List<ColumnData>(_data.Take(j));
        for (int k = first; k < levels.Length; k++)
        {
            string name = $"{column}={levels[k]}";
            if (_index.ContainsKey(name))
                throw new ArgumentException(
                    $"Table.Column must not produce a name already in the table; got '{name}'.", nameof(column));
            names.Add(name);
            data.Add(new NumericColumnData(Indicator(codes, k)));
        }
        names.AddRange(_names.Skip(j + 1));
        data.AddRange(_data.Skip(j + 1));
        return new Table(names.ToArray(), data.ToArray(), RowCount);
    }

    /// <summary>The sorted levels of a column and each row's level index (−1 when missing).</summary>
    private static (string[] Levels, int[] Codes) Encode(ColumnData column)
    {
        string[] text;
        string[] levels;
        if (column is CategoricalColumnData labels)
        {
            text = labels.Values.Select(v => v ?? "").ToArray();
            levels = labels.Values.OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToArray();
        }
        else
        {
            double[] values = ((NumericColumnData)column).Values;
            text = values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray();
            levels = values.Where(v => !double.IsNaN(v)).Distinct().OrderBy(v => v)
                .Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray();
        }
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < levels.Length; k++) position[levels[k]] = k;
        var codes = new int[text.Length];
        for (int i = 0; i < codes.Length; i++)
            codes[i] = column.IsMissing(i) ? -1 : position[text[i]];
        return (levels, codes);
    }

    private static double[] Indicator(int[] codes, int level)
    {
        var x = new double[codes.Length];
        for (int i = 0; i < x.Length; i++)
            x[i] = codes[i] < 0 ? double.NaN : codes[i] == level ? 1.0 : 0.0;
        return x;
    }
}
