using MlDerivations.Formatting;

namespace MlDerivations.Validation;

/// <summary>Checks on lists of numbers, text and ranges: samples, outcomes, probability vectors, plot data.</summary>
internal static partial class Guard
{
    /// <summary>A non-empty list of finite numbers.</summary>
    public static IReadOnlyList<double> FiniteSample(IReadOnlyList<double>? values, string type, string parameter)
    {
        NotNull(values, type, parameter);
        if (values!.Count == 0) throw Invalid(type, parameter, "hold at least one value", "none");
        for (int i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i]))
                throw Invalid(type, parameter, "be finite everywhere", $"{Html.Number(values[i])} at index {i}");
        return values;
    }

    /// <summary>A non-empty list of integers, each in [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static IReadOnlyList<int> Outcomes(IReadOnlyList<int>? values, string type, string parameter, int minimum, int maximum)
    {
        NotNull(values, type, parameter);
        if (values!.Count == 0) throw Invalid(type, parameter, "hold at least one outcome", "none");
        for (int i = 0; i < values.Count; i++)
            if (values[i] < minimum || values[i] > maximum)
            {
                string range = maximum == int.MaxValue
                    ? $"≥ {Integer(minimum)}"
                    : $"in {{{Integer(minimum)}, …, {Integer(maximum)}}}";
                throw OutOfRange(type, parameter, $"hold outcomes {range}", $"{Integer(values[i])} at index {i}");
            }
        return values;
    }

    /// <summary>A probability vector: at least one entry, each in [0, 1], summing to 1 within 1e-9.</summary>
    public static IReadOnlyList<double> ProbabilityVector(IReadOnlyList<double>? p, string type, string parameter)
    {
        NotNull(p, type, parameter);
        if (p!.Count == 0) throw Invalid(type, parameter, "hold at least one probability", "none");
        for (int k = 0; k < p.Count; k++)
            if (!(p[k] >= 0 && p[k] <= 1))
                throw OutOfRange(type, parameter, "be in [0, 1] each", $"{Html.Number(p[k])} at index {k}");
        double sum = p.Sum();
        if (Math.Abs(sum - 1) > 1e-9)
            throw Invalid(type, parameter, "sum to 1", $"a sum of {Html.Number(sum)}");
        return p;
    }

    /// <summary>Copies the data, so later changes to the caller's array do not change what was built from it.</summary>
    public static double[] Data(IEnumerable<double>? values, string type, string parameter) =>
        NotNull(values, type, parameter).ToArray();

    /// <summary>Copies the data and checks it has one value per entry of <paramref name="reference"/>; names both lengths.</summary>
    public static double[] SameLength(
        IEnumerable<double>? values, string type, string parameter, double[] reference, string referenceName)
    {
        double[] data = Data(values, type, parameter);
        if (data.Length != reference.Length)
            throw Invalid(type, parameter, $"have as many values as {referenceName}",
                $"{referenceName} of length {Integer(reference.Length)} and {parameter} of length {Integer(data.Length)}");
        return data;
    }

    /// <summary>Text that is not null, empty or white space.</summary>
    public static string Text(string? value, string type, string parameter)
    {
        NotNull(value, type, parameter);
        if (string.IsNullOrWhiteSpace(value)) throw Invalid(type, parameter, "be non-empty text", $"\"{value}\"");
        return value!;
    }

    /// <summary>Text that is one of <paramref name="allowed"/> (ordinal comparison).</summary>
    public static string OneOf(string? value, string type, string parameter, IReadOnlyCollection<string> allowed)
    {
        NotNull(value, type, parameter);
        if (!allowed.Contains(value!))
            throw OutOfRange(type, parameter, $"be one of {string.Join(", ", allowed.Select(a => "\"" + a + "\""))}",
                $"\"{value}\"", value);
        return value!;
    }

    /// <summary>A (min, max) pair of finite numbers with min &lt; max (an axis range).</summary>
    public static (double Min, double Max) Interval((double Min, double Max) range, string type, string parameter)
    {
        if (!double.IsFinite(range.Min) || !double.IsFinite(range.Max) || !(range.Min < range.Max))
            throw OutOfRange(type, parameter, "be finite with min < max",
                $"({Html.Number(range.Min)}, {Html.Number(range.Max)})", range);
        return range;
    }

    /// <summary>Two finite numbers with <paramref name="low"/> &lt; <paramref name="high"/>; the failure names the high one.</summary>
    public static void Ordered(double low, double high, string type, string lowName, string highName)
    {
        Finite(low, type, lowName);
        Finite(high, type, highName);
        if (!(low < high))
            throw OutOfRange(type, highName, $"be greater than {lowName} ({Html.Number(low)})", Html.Number(high), high);
    }
}
